/** One block of a Netlify/Cloudflare `_headers` file: a path pattern and its headers. */
export interface HeadersRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

/** The rules of a `_headers` file: unindented path lines, each followed by indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule === undefined || colon < 0) continue;
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern ("/*", "/search/", "/a/*") covers `path`. */
export function patternMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/** The headers a host applies to `path`, from every matching rule in file order. */
export function headersFor(rules: readonly HeadersRule[], path: string): Array<[string, string]> {
  return rules.filter((rule) => patternMatches(rule.pattern, path)).flatMap((rule) => rule.headers);
}
