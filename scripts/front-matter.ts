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
