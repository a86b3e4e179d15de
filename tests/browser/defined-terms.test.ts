import { expect, test } from 'vitest';
import { attr, readableText, selectAll } from '../../scripts/check-site/html-tree.ts';
import { readBuiltPages } from './site-files.ts';
import { seedSite, seedSlug } from './site-context.ts';

const pages = readBuiltPages(seedSite().dist);
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`the seed site has no page ${path}`);
  return found;
};
const links = (path: string) => selectAll(page(path).tree, (e) => e.tagName === 'a').map((a) => ({ href: attr(a, 'href'), title: attr(a, 'title'), text: readableText(a) }));

test.each([
  ['Participating Preferred Stock', 'description-of-outstanding-capital-stock', 'term-participating-preferred-stock'],
  ['Securities Act', 'plan-of-distribution', 'term-securities-act'],
])('"%s" is defined in the text (a <dfn>) and listed in the glossary with a link to its definition', (term, section, id) => {
  const defining = selectAll(page(`/${seedSlug}/${section}/`).tree, (e) => e.tagName === 'dfn' && attr(e, 'id') === id);
  expect(defining.map((e) => readableText(e))).toEqual([term]);
  const glossary = links(`/${seedSlug}/glossary/`);
  expect(glossary).toContainEqual(expect.objectContaining({ text: term, href: `/${seedSlug}/${section}/#${id}` }));
});

test('a later use of a defined term links to its definition, with the defining sentence as its title, once per section', () => {
  const uses = links(`/${seedSlug}/description-of-outstanding-capital-stock/`).filter((l) => l.href?.endsWith('#term-participating-preferred-stock'));
  expect(uses).toHaveLength(1);
  expect(uses[0]?.title).toContain('Series A Junior Participating Preferred Stock');
});

test('the filing page links to the glossary', () => {
  expect(links(`/${seedSlug}/`).map((l) => l.href)).toContain(`/${seedSlug}/glossary/`);
});
