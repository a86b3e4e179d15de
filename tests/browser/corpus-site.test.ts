import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attr, readableText, selectAll } from '../../scripts/check-site/html-tree.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';
import { filingSlug } from '../../scripts/parser/ids.ts';
import { filingUrl, sectionUrl } from '../../scripts/routes.ts';
import { readableDate } from '../../src/lib/describe.ts';
import { readBuiltPages } from './site-files.ts';
import { corpusSite } from './site-context.ts';
import { corpusDir, corpusFiles, hasCorpus } from '../shared-corpus.ts';

const corpus = corpusDir;
const files = corpusFiles();
const pages = hasCorpus ? readBuiltPages(corpusSite().dist) : [];
const page = (path: string) => pages.find((p) => p.path === path);
const hrefs = (path: string) => selectAll(page(path)?.tree ?? { type: 'root', children: [] }, (e) => e.tagName === 'a').map((a) => attr(a, 'href'));

describe.skipIf(!hasCorpus)('the corpus site', () => {
  test('the library lists every corpus filing with its form, date in words and (by CIK) its original on sec.gov', () => {
    expect(files.length).toBeGreaterThan(0);
    const library = page('/');
    expect(library, 'library page').toBeDefined();
    const text = readableText(library!.tree);
    for (const file of files) {
      const parsed = parseFiling(readFileSync(join(corpus, file)), file, filingSlug(file));
      expect(hrefs('/'), file).toContain(filingUrl(parsed.filing.slug));
      // A bare document (no SEC header) has no CIK or date to show; a full submission shows all three.
      const { formType, filingDate, cik } = parsed.filing;
      if (cik) expect([formType, filingDate].every(Boolean), `${file} header facts`).toBe(true);
      for (const fact of [formType, filingDate && readableDate(filingDate)]) if (fact) expect(text, file).toContain(fact);
      if (cik) expect(hrefs('/').some((href) => href?.startsWith(`https://www.sec.gov/Archives/edgar/data/${Number(cik)}/`)), `${file} original`).toBe(true);
      expect(text, file).toContain(parsed.filing.title);
    }
  });

  test.each(files)('every exhibit of %s is reachable from its contents page, named with its type', (file) => {
    const parsed = parseFiling(readFileSync(join(corpus, file)), file, filingSlug(file));
    const slug = parsed.filing.slug;
    const exhibits = parsed.sections.filter((s) => s.frontMatter.kind === 'document');
    const documents = new Set(parsed.sections.map((s) => s.frontMatter.document.sequence));
    // Every text document after the main one is an exhibit section.
    expect(exhibits.length).toBe(documents.size - 1);
    const contents = page(filingUrl(slug));
    expect(contents, `contents page of ${slug}`).toBeDefined();
    const links = hrefs(filingUrl(slug));
    const text = readableText(contents!.tree);
    for (const exhibit of exhibits) {
      const url = sectionUrl(slug, exhibit.frontMatter.slug);
      expect(links, `${file}: link to ${exhibit.frontMatter.title}`).toContain(url);
      expect(text).toContain(exhibit.frontMatter.document.type);
      expect(page(url), `${url} is built`).toBeDefined();
    }
    // Each exhibit is named beyond its type: by the filing's exhibit index, else by its description.
    const lists = selectAll(contents!.tree, (e) => e.tagName === 'ul' && (attr(e, 'className') ?? '').includes('exhibit-list'));
    const items = lists.flatMap((ul) => selectAll(ul, (e) => e.tagName === 'li')).map((li) => readableText(li).replace(/\s+/g, ' ').trim());
    expect(items.length, `${file}: exhibit list`).toBe(exhibits.length > 0 ? new Set(exhibits.map((e) => e.frontMatter.document.sequence)).size : 0);
    for (const item of items) expect(item, `${file}: exhibit title`).toMatch(/^\S+ .*\p{L}{3}/u);
  });
});
