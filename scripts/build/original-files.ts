/**
 * The filing as filed (`/<filing>/original.txt`) and each printed page as filed
 * (`/<filing>/page/<n>/original.txt`): plain copies of the filing's bytes, written by the build beside
 * the pages rather than rendered by Astro as routes (about 1 ms of Astro per route, one route per printed page).
 */
import { pageText, sourceLines } from '../../src/lib/original-pages.ts';
import { pageRedirectsOf } from '../../src/lib/page-redirects.ts';
import { originalUrl, pageOriginalUrl, pageParam } from '../routes.ts';
import type { SectionFrontMatter } from '../section-schema.ts';

/** A file to serve: its path under the filing's URL (`page/7/original.txt`) and its bytes. */
export interface OriginalFile {
  path: string;
  bytes: Uint8Array;
}

/** The path of a filing's URL below `/<filing>/`. */
function underFiling(filing: string, url: string): string {
  return url.slice(`/${filing}/`.length);
}

/**
 * The whole filing, then one file per page route (`/<filing>/page/<n>/`, see page-redirects.ts): the
 * page as filed around the line where the first section listing it with a source line says it starts.
 * The text is read byte for byte (latin1), so the bytes written are the file's own.
 */
export function originalFiles(source: Uint8Array, sections: readonly SectionFrontMatter[]): OriginalFile[] {
  const filing = sections[0]?.filing.slug;
  if (filing === undefined) return [];
  const files: OriginalFile[] = [{ path: underFiling(filing, originalUrl(filing)), bytes: source }];
  const lines = sourceLines(Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('latin1'));
  const routes = new Set(pageRedirectsOf(sections).map((r) => r.param));
  for (const section of sections) {
    for (const page of section.pages) {
      if (page.line === undefined || !routes.delete(pageParam(page.anchor))) continue;
      files.push({ path: underFiling(filing, pageOriginalUrl(filing, page.anchor)), bytes: Buffer.from(pageText(lines, page.line), 'latin1') });
    }
  }
  return files;
}
