import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { hasAttr, readableText, selectAll } from '../../scripts/check-site/html-tree.ts';
import { sourceText } from '../../scripts/corpus.ts';
import { wordRecall, type WordRecall } from '../../scripts/word-recall.ts';
import { readBuiltPages, sectionPages, type BuiltPage } from './site-files.ts';
import { seedSite, seedSlug } from './site-context.ts';

// The words of the file's text documents as the file has them (not as the envelope reader read them);
// wordRecall drops the SGML tags (<PAGE>, <TABLE>, <S>, <C>) and the folio lines itself.
const seedFile = `content/filings/${seedSlug}.txt`;
const source = sourceText(readFileSync(seedFile), seedFile);
const pages = readBuiltPages(seedSite().dist);
const byPath = (path: string): BuiltPage => {
  const page = pages.find((candidate) => candidate.path === path);
  if (!page) throw new Error(`the seed site has no page ${path}`);
  return page;
};

/** Text of the elements of a page matched by `test`, joined with spaces. */
const textOf = (page: BuiltPage, test: Parameters<typeof selectAll>[1]): string => {
  const found = selectAll(page.tree, test);
  if (found.length === 0) throw new Error(`${page.path} has no element to read the article from`);
  return found.map((element) => readableText(element)).join(' ');
};
const main = (page: BuiltPage): string => textOf(page, (element) => element.tagName === 'main');
const article = (page: BuiltPage): string => textOf(page, (element) => hasAttr(element, 'dataPagefindBody'));

const describeMissing = (result: WordRecall): string =>
  `recall ${result.recall.toFixed(5)} of ${result.total} words; missing: ` +
  [...result.missing].slice(0, 60).map(([word, count]) => `${word}×${count}`).join(', ');

test('every word of the prospectus is on the section pages (and the cover on the contents page)', () => {
  const sections = sectionPages(pages, seedSlug);
  expect(sections.length).toBeGreaterThan(0);
  const output = [main(byPath(`/${seedSlug}/`)), ...sections.map(article)].join('\n');
  const result = wordRecall(source, output);
  console.log(`word recall over ${sections.length} section pages: ${result.recall} (${result.total} words)`);
  expect(result.recall, describeMissing(result)).toBe(1);
});

test('every word of the prospectus is on the whole-document page', () => {
  const result = wordRecall(source, main(byPath(`/${seedSlug}/full/`)));
  console.log(`word recall of the whole-document page: ${result.recall}`);
  expect(result.recall, describeMissing(result)).toBe(1);
});

test('the filing keeps its own characters: straight quotes and double hyphens are not turned typographic', () => {
  // The seed is plain ASCII, so no curly quote or dash may appear in any article: Astro's smart quotes are off.
  expect(source).not.toMatch(/[\u2018\u2019\u201c\u201d\u2013\u2014]/);
  // The articles hold the filing's text (the cover is a section too); the site's own words around them may use dashes.
  const text = sectionPages(pages, seedSlug).map(article).join('\n');
  expect(text.match(/[\u2018\u2019\u201c\u201d\u2013\u2014]/g) ?? []).toEqual([]);
  expect(text).toContain('"Risk Factors"');
});
