import { expect, test } from 'vitest';
import { attr, readableText, selectAll } from '../../scripts/check-site/html-tree.ts';
import { readBuiltPages } from './site-files.ts';
import { builtSites } from './site-context.ts';

/** The words of an entry, as a reader compares them. */
const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

for (const [name, site] of builtSites()) {
  test(`no section outline or filing contents of the ${name} site lists the same entry twice in a row`, () => {
    const repeats: string[] = [];
    const pages = readBuiltPages(site.dist);
    // The whole-filing outline runs through every document, where two exhibits may open with the same title
    // (two "Retention Agreement"s); its sidebar tells them apart by their exhibit-index titles.
    for (const page of pages.filter((p) => !p.path.endsWith('/full/'))) {
      const lists = selectAll(page.tree, (e) => (e.tagName === 'nav' && attr(e, 'ariaLabel') === 'On this page') || (e.tagName === 'ol' && (attr(e, 'className') ?? '').includes('contents-list')));
      for (const list of lists) {
        const entries = selectAll(list, (e) => e.tagName === 'a').map((a) => words(readableText(a)));
        entries.forEach((entry, i) => {
          if (i > 0 && entry !== '' && entry === entries[i - 1]) repeats.push(`${page.path}: "${entry}"`);
        });
      }
    }
    expect(pages.length).toBeGreaterThan(1);
    expect(repeats).toEqual([]);
  });
}
