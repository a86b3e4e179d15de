/**
 * A tiny deterministic YAML writer for front matter: one `key: <JSON>` line per
 * top-level key. JSON is valid YAML, so any YAML reader (Astro's included)
 * reads it back, and the bytes never depend on a library's style choices.
 */

/** Front matter as YAML lines, keys in the object's own order, undefined values left out. */
export function toYaml(data: Record<string, unknown>): string {
  return Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${/^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join('\n');
}

/** A Markdown file with front matter: `---`, the YAML, `---`, a blank line, the body. */
export function withFrontMatter(data: Record<string, unknown>, body: string): string {
  return `---\n${toYaml(data)}\n---\n\n${body}`;
}

/**
 * The inverse of `withFrontMatter`, for the files it writes: the data (one `key: <JSON>` line
 * per key) and the body. Anything else (no front matter, a line that is not `key: JSON`) is an
 * error naming the line, since only the build writes these files.
 */
export function readFrontMatter(text: string): { data: Record<string, unknown>; body: string } | { error: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n/.exec(text);
  if (!match) return { error: 'no front matter (a "---" line, key: JSON lines, "---" and a blank line)' };
  const data: Record<string, unknown> = {};
  const lines = match[1]!.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const key = /^(?:([A-Za-z_][\w-]*)|("(?:[^"\\]|\\.)*")): /.exec(line);
    try {
      if (!key) throw new Error();
      data[key[1] ?? (JSON.parse(key[2]!) as string)] = JSON.parse(line.slice(key[0].length));
    } catch {
      return { error: `front matter line ${i + 2} is not "key: JSON": ${line.slice(0, 60)}` };
    }
  }
  return { data, body: text.slice(match[0].length) };
}
