import { readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { byCodeUnits } from '../code-unit-order.ts';

/** Every file under `root`, as sorted POSIX paths relative to it. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel ? posix.join(rel, entry.name) : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), relPath);
      else if (entry.isFile()) out.push(relPath);
    }
  };
  walk(root, '');
  // Not locale order, so listings compare equal across machines.
  return out.sort(byCodeUnits);
}

/** The HTML files under `root` (relative POSIX paths, sorted). */
export function listHtmlFiles(root: string): string[] {
  return listFiles(root).filter((file) => file.endsWith('.html'));
}

/** The URL path a static host serves a built file at: "a/b/index.html" -> "/a/b/". */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}
