import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readFrontMatter, toYaml, withFrontMatter } from '../../scripts/front-matter.ts';
import { sectionFrontMatterSchema } from '../../scripts/section-schema.ts';
import { renderFiling } from '../../scripts/parser/parse-filing.ts';
import { sectionFileName, writeFilingContent } from '../../scripts/write-content.ts';
import { cover, p, section } from '../fixtures/drafts.ts';

test('front matter is one `key: JSON` line per key, undefined left out', () => {
  expect(toYaml({ slug: 'risk-factors', order: 2, pages: [{ anchor: 'page-2', printed: '2' }], none: undefined, title: 'A: "B"' })).toBe(
    'slug: "risk-factors"\norder: 2\npages: [{"anchor":"page-2","printed":"2"}]\ntitle: "A: \\"B\\""',
  );
  expect(withFrontMatter({ a: 1 }, 'Body\n')).toBe('---\na: 1\n---\n\nBody\n');
});

test('section files are numbered in reading order', () => {
  expect(sectionFileName(0, 'cover', 10)).toBe('00-cover.md');
  expect(sectionFileName(7, 'experts', 120)).toBe('007-experts.md');
});

const documents = [{ type: 'DOCUMENT', sequence: 1, text: '', firstLine: 1 }];

test('front matter reads back as written; anything but key: JSON lines is refused with its line', () => {
  const data = { slug: 'risk-factors', title: 'A: "B"\n---', pages: [{ anchor: 'page-2', printed: null }], 'odd key': 1 };
  expect(readFrontMatter(withFrontMatter(data, '## RISK\n\n---\n'))).toEqual({ data, body: '## RISK\n\n---\n' });
  expect(readFrontMatter('## No front matter\n')).toEqual({ error: expect.stringContaining('no front matter') });
  expect(readFrontMatter('---\nslug: "a"\ntitle: Risk: factors\n---\n\nBody')).toEqual({ error: 'front matter line 3 is not "key: JSON": title: Risk: factors' });
});

test('writes NN-slug.md files, their rendered HTML and report.json, removes stale files, byte-identical on a rerun', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'write-content-'));
  const parsed = () =>
    renderFiling({ meta: {}, documents, skipped: [] }, [cover([p('Acme Widgets, Inc.')]), section('RISK FACTORS', [p('Risky.')])], {
      slug: 'acme',
      pageCount: 1,
      sourceFile: 'acme.txt',
    });
  writeFilingContent(parsed(), out);
  writeFileSync(path.join(out, 'acme', '09-stale.md'), 'old');
  const first = readdirSync(path.join(out, 'acme')).map((f) => [f, readFileSync(path.join(out, 'acme', f), 'utf8')]);
  writeFilingContent(parsed(), out);
  const second = readdirSync(path.join(out, 'acme')).map((f) => [f, readFileSync(path.join(out, 'acme', f), 'utf8')]);
  expect(second.map(([f]) => f)).toEqual(['00-cover.html', '00-cover.md', '01-risk-factors.html', '01-risk-factors.md', 'report.json']);
  expect(second).toEqual(first.filter(([f]) => f !== '09-stale.md'));

  const text = readFileSync(path.join(out, 'acme', '01-risk-factors.md'), 'utf8');
  const [, yaml = '', body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text) ?? [];
  const data = Object.fromEntries(yaml.split('\n').map((line) => [line.slice(0, line.indexOf(':')), JSON.parse(line.slice(line.indexOf(':') + 1))]));
  expect(sectionFrontMatterSchema.parse(data)).toEqual(data);
  expect(data.filing.title).toBe('Acme Widgets, Inc.');
  expect(body).toBe('## RISK FACTORS\n\nRisky.\n');
  expect(readFileSync(path.join(out, 'acme', '01-risk-factors.html'), 'utf8')).toMatch(
    /^<h2 id="risk-factors"><a class="heading-link" href="#risk-factors">RISK FACTORS<\/a><\/h2>\n<p id="([^"]+)">Risky\. <a class="block-link" href="#\1"[^>]*>.*<\/a><\/p>$/,
  );
});
