import { describe, expect, test } from 'vitest';
import { assignIds, exhibitSlug, filingSlug, IdRegistry, pageAnchor, slugify } from '../../scripts/parser/ids.ts';
import type { SectionDraft } from '../../scripts/parser/types.ts';
import { at, brk, cover, h, p, section } from '../fixtures/drafts.ts';

describe('slugs', () => {
  test('section titles slug like GitHub headings', () => {
    expect(slugify('RISK FACTORS')).toBe('risk-factors');
    expect(slugify('DESCRIPTION OF OUTSTANDING CAPITAL STOCK')).toBe('description-of-outstanding-capital-stock');
    expect(slugify("MANAGEMENT'S DISCUSSION AND ANALYSIS")).toBe('managements-discussion-and-analysis');
    expect(slugify('Risk Factors -- You will have')).toBe('risk-factors-you-will-have');
  });

  test('long titles are cut on a word boundary', () => {
    const s = slugify('You will have no effective remedy against Arthur Andersen LLP in connection with a material misstatement');
    expect(s).toBe('you-will-have-no-effective-remedy-against-arthur-andersen');
    expect(s.length).toBeLessThanOrEqual(60);
  });

  test('exhibits slug from type and description, dots kept apart', () => {
    expect(exhibitSlug('EX-21', 'SUBSIDIARIES OF THE REGISTRANT')).toBe('ex-21-subsidiaries-of-the-registrant');
    expect(exhibitSlug('EX-10.1')).toBe('ex-10-1');
    expect(exhibitSlug('EX-3.3', 'EXHIBIT 3.3')).toBe('ex-3-3');
    expect(exhibitSlug('EX-10.A.8', 'EXHIBIT 10.A.8')).toBe('ex-10-a-8');
    expect(exhibitSlug('EX-4.1', 'Indenture dated as of June 1, 1997')).toBe('ex-4-1-indenture-dated-as-of-june-1-1997');
    expect(exhibitSlug('EX-99.01', 'PRESS RELEASE DATED JANUARY 26, 2005 ANNOUNCING FOURTH QUARTER AND FULL YEAR EARNINGS').length).toBeLessThanOrEqual(60);
  });

  test('page anchors', () => {
    expect(pageAnchor('4')).toBe('page-4');
    expect(pageAnchor('F-3')).toBe('page-f-3');
    expect(pageAnchor('2', 'ex-21-subsidiaries-of-the-registrant')).toBe('ex-21-subsidiaries-of-the-registrant-page-2');
  });

  test('filing slugs come from the file name', () => {
    expect(filingSlug('/x/content/filings/level3-2004-prospectus.txt')).toBe('level3-2004-prospectus');
    expect(filingSlug('A B.TXT')).toBe('a-b');
  });

  test('the registry hands out -2, -3 for repeats and honours reserved ids', () => {
    const r = new IdRegistry(['full']);
    expect([r.claim('a'), r.claim('a'), r.claim('a'), r.claim('full')]).toEqual(['a', 'a-2', 'a-3', 'full-2']);
  });
});

describe('assignIds', () => {
  test('ids start with a letter: a numbered heading or section gets a word in front', () => {
    const numbered = section('1. Business', [h(3, '2. Organization and Policies'), h(3, '')]);
    const ids = assignIds([numbered]);
    expect(ids.sections).toEqual(['section-1-business']);
    expect([...ids.headings.values()]).toEqual(['section-1-business', 'heading-2-organization-and-policies', 'heading']);
  });

  test('cover, section slugs, reserved names and duplicates', () => {
    const ids = assignIds([cover([]), section('Risk Factors', []), section('Full', []), section('PAGE', []), section('RISK FACTORS', [])]);
    expect(ids.sections).toEqual(['cover', 'risk-factors', 'full-2', 'page-2', 'risk-factors-2']);
  });

  test('a heading never takes a section slug, wherever it stands', () => {
    const early = h(3, 'Plan of Distribution');
    const drafts = [cover([early]), section('PLAN OF DISTRIBUTION', [h(3, 'Common Stock')]), section('CAPITAL STOCK', [h(3, 'Common Stock')])];
    const ids = assignIds(drafts);
    expect(ids.headings.get(early)).toBe('plan-of-distribution-2');
    expect(ids.headings.get(drafts[1]!.blocks[0]!)).toBe('plan-of-distribution');
    expect(ids.headings.get(drafts[1]!.blocks[1]!)).toBe('common-stock');
    expect(ids.headings.get(drafts[2]!.blocks[1]!)).toBe('common-stock-2');
  });

  test('page anchors: printed pages only, duplicates numbered, exhibits prefixed', () => {
    const exhibit: SectionDraft = {
      kind: 'document',
      title: 'EX-21 — SUBSIDIARIES',
      document: { type: 'EX-21', sequence: 2, description: 'SUBSIDIARIES' },
      blocks: [brk(0, '1'), h(2, 'EX-21 — SUBSIDIARIES', at(0, '1')), brk(1, '2')],
      pos: at(0, '1'),
    };
    const main: SectionDraft = {
      kind: 'section',
      title: 'FINANCIAL STATEMENTS',
      document: { type: '10-K', sequence: 1 },
      blocks: [brk(1, null), h(2, 'FINANCIAL STATEMENTS'), brk(2, '4'), p('Text', at(2, '4'), [{ offset: 2, pos: at(3, 'F-1') }]), brk(4, '4')],
      pos: at(1),
    };
    const ids = assignIds([main, exhibit]);
    expect([...ids.pages.values()].map((pg) => pg.anchor)).toEqual(['page-4', 'page-f-1', 'page-4-2', 'ex-21-subsidiaries-page-1', 'ex-21-subsidiaries-page-2']);
    expect(ids.pages.get('1:1')).toBeUndefined();
  });
});
