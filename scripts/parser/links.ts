import { sectionUrl } from '../routes.ts';
import { findDefinitions, termOfUse, termUseFinder, type DefinedTerm, type TermUses } from './defined-terms.ts';
import { IdRegistry, slugify, type FilingIds } from './ids.ts';
import { EXHIBIT_LABEL } from './sections.ts';
import type { Block, Inline, PageBreakInText, SectionDraft } from './types.ts';

/** A place a cross reference can point to: a section's title or a heading inside it. */
export interface LinkTarget {
  /** The heading text as printed. */
  text: string;
  /** `normalizeTitle(text)`. */
  norm: string;
  /** Index of the section holding it. */
  section: number;
  /** Position in document order over the whole filing (for "the next match after ..."). */
  order: number;
  /** The heading's id; absent for a section's title (the link goes to the top of the section page). */
  headingId?: string;
  /** The page number printed where the heading stands (null where none is printed): a printed reference's "p. 7". */
  page: string | null;
}

/** A printed page a reference may point to. */
export interface PageLinkTarget {
  anchor: string;
  /** Slug of the section the page starts in. */
  sectionSlug: string;
}

/** What the linker knows about the filing. */
export interface LinkContext {
  filing: string;
  /** Slug of each section, in order. */
  sectionSlugs: string[];
  targets: LinkTarget[];
  /** The targets by `norm`, in document order: exact matches without a scan. */
  byNorm: Map<string, LinkTarget[]>;
  /** The heading targets of each section, in document order: 'Risk Factors - ...' looks only inside one section. */
  headingsBySection: Map<number, LinkTarget[]>;
  /** Printed pages by `${documentSequence}:${printed.toLowerCase()}` (first occurrence wins). */
  pages: Map<string, PageLinkTarget>;
  /** Exhibit documents of the submission by number as cited ("10.3", "27"): the section that opens each. */
  exhibits: Map<string, number>;
  /** The document sequence of each section, so an "Item 7" resolves in the document that cites it first. */
  sectionDocuments: number[];
  /** The terms the filing defines, by term as printed. */
  terms: Map<string, DefinedTerm>;
  /** The uses of the defined terms in a text (null when the filing defines none). */
  termUses: TermUses | null;
  /** `section:line` of each block that defines a term, so only those blocks are searched for definitions again. */
  definingBlocks: Set<string>;
  /** The paragraphs under a "Risk Factors" heading, each a risk factor a reference may name by its opening words, by their first MIN_PREFIX characters. */
  riskFactors: Map<string, RiskFactor[]>;
  /** The anchor id of each risk-factor paragraph some reference names (the paragraph carries it). */
  anchors: Map<Block, string>;
}

/** A paragraph of a risk-factors section: its opening words, normalised, are the risk factor's title. */
export interface RiskFactor {
  block: Block;
  section: number;
  /** `normalizeTitle` of the paragraph's text. */
  norm: string;
}

/** A stretch of text that becomes something else: a link around it, or a footnote reference in its place. */
export type InlineRange =
  | { start: number; end: number; kind: 'link'; url: string; title?: string; page?: string }
  | { start: number; end: number; kind: 'footnoteRef'; label: string }
  | { start: number; end: number; kind: 'definition'; id: string };

/** A page mark to insert at a character offset. */
export interface InlineMark {
  offset: number;
  anchor: string;
  printedPage: string | null;
}

/** Lowercase, one space, straight quotes, every dash spelled " - ", no leading dash ("--General") or trailing punctuation: how titles are compared. */
export function normalizeTitle(text: string): string {
  return text
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s*(?:--|[\u2013\u2014]|\s-\s)\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'\s-]+|["'.,;:]+$/g, '')
    .trim()
    .toLowerCase();
}

/** Every section title and heading of the filing as link targets, plus its printed pages. */
export function buildLinkContext(filing: string, sections: SectionDraft[], ids: FilingIds, definedTerms: readonly DefinedTerm[] = []): LinkContext {
  const targets: LinkTarget[] = [];
  let order = 0;
  sections.forEach((section, i) => {
    if (section.kind !== 'cover') targets.push({ text: section.title, norm: normalizeTitle(section.title), section: i, order: order++, page: section.pos.printedPage });
    for (const block of section.blocks) {
      if (block.kind !== 'heading') continue;
      const id = ids.headings.get(block);
      // The title heading is already the section's own target.
      if (id === undefined || id === ids.sections[i]) continue;
      targets.push({ text: block.text, norm: normalizeTitle(block.text), section: i, order: order++, headingId: id, page: block.pos.printedPage });
    }
  });
  const pages = new Map<string, PageLinkTarget>();
  for (const page of ids.pages.values()) {
    const key = `${page.documentSequence}:${page.printed.toLowerCase()}`;
    if (!pages.has(key)) pages.set(key, { anchor: page.anchor, sectionSlug: ids.sections[page.section] ?? '' });
  }
  const byNorm = new Map<string, LinkTarget[]>();
  const headingsBySection = new Map<number, LinkTarget[]>();
  const add = <K,>(map: Map<K, LinkTarget[]>, key: K, target: LinkTarget): void => {
    const same = map.get(key);
    if (same) same.push(target);
    else map.set(key, [target]);
  };
  for (const target of targets) {
    add(byNorm, target.norm, target);
    if (target.headingId !== undefined) add(headingsBySection, target.section, target);
  }
  const exhibits = new Map<string, number>();
  sections.forEach((section, i) => {
    const number = exhibitNumber(section.document.type);
    if (section.kind === 'document' && number !== null && !exhibits.has(number)) exhibits.set(number, i);
  });
  // An exhibit typed into the main document opens a section titled by its label ("EXHIBIT 16.1 — LETTER ..."): it is the place when no document of its own is.
  sections.forEach((section, i) => {
    const label = section.kind === 'section' ? EXHIBIT_LABEL.exec(section.title) : null;
    const number = label ? exhibitNumber(label[1]!) : null;
    if (number !== null && !exhibits.has(number)) exhibits.set(number, i);
  });
  const ctx: LinkContext = {
    filing,
    sectionSlugs: ids.sections,
    targets,
    byNorm,
    headingsBySection,
    pages,
    exhibits,
    sectionDocuments: sections.map((s) => s.document.sequence),
    terms: new Map(definedTerms.map((t) => [t.term, t])),
    termUses: termUseFinder(definedTerms),
    definingBlocks: new Set(definedTerms.map((t) => `${t.section}:${t.line}`)),
    riskFactors: riskFactorsOf(sections),
    anchors: new Map(),
  };
  anchorRiskFactors(sections, ctx, ids, definedTerms);
  return ctx;
}

/** A heading or section title that opens the risk factors: "RISK FACTORS", "Item 1A. Risk Factors", "Factors That May Affect Future Results". */
const RISK_HEADING = /\brisk factors\b|\bfactors that (?:may|could|might) affect\b/i;

/** The heading depth a section's own title counts as, above every heading inside it. */
const SECTION_DEPTH = 0;

/** The paragraphs under a risk-factors title, until a heading of the same or a higher level ends them. */
function riskFactorsOf(sections: readonly SectionDraft[]): Map<string, RiskFactor[]> {
  const found = new Map<string, RiskFactor[]>();
  sections.forEach((section, i) => {
    let scope: number | null = section.kind !== 'cover' && RISK_HEADING.test(section.title) ? SECTION_DEPTH : null;
    for (const block of section.blocks) {
      if (block.kind === 'heading') {
        if (scope !== null && scope !== SECTION_DEPTH && block.depth <= scope) scope = null;
        if (scope === null && RISK_HEADING.test(block.text)) scope = block.depth;
      } else if (scope !== null && block.kind === 'paragraph') {
        const norm = normalizeTitle(block.text);
        const key = norm.slice(0, MIN_PREFIX);
        const bucket = found.get(key);
        if (bucket) bucket.push({ block, section: i, norm });
        else found.set(key, [{ block, section: i, norm }]);
      }
    }
  });
  return found;
}

/** Gives each risk-factor paragraph some quoted reference names an anchor id, unique in the filing, before any text is linked. */
function anchorRiskFactors(sections: readonly SectionDraft[], ctx: LinkContext, ids: FilingIds, definedTerms: readonly DefinedTerm[]): void {
  if (ctx.riskFactors.size === 0) return;
  const registry = new IdRegistry([...ids.sections, ...ids.headings.values(), ...[...ids.pages.values()].map((p) => p.anchor), ...definedTerms.map((t) => t.id)]);
  const texts = sections.flatMap((section) => section.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items.map((item) => item.text) : [])));
  for (const text of texts) {
    if (!mayQuote(text)) continue;
    for (const { inner } of quotedReferences(text)) {
      const risk = riskFactorFor(inner, ctx);
      if (risk && !ctx.anchors.has(risk.block)) ctx.anchors.set(risk.block, registry.claim(`risk-${slugify(risk.norm, RISK_SLUG_LENGTH) || 'factor'}`));
    }
  }
}

/** Risk factors are long sentences: their anchor keeps the first words. */
const RISK_SLUG_LENGTH = 48;

/**
 * The risk factor a quoted title names, when it names one that is no heading: 'See "Risk Factors - You will have
 * no effective remedy ..."' (the section, a dash, the opening words of one of its paragraphs), or the opening words
 * alone, at least MIN_PREFIX characters of them, cut short or not.
 */
export function riskFactorFor(title: string, ctx: LinkContext): RiskFactor | undefined {
  if (ctx.riskFactors.size === 0) return undefined;
  const norm = normalizeTitle(title.replace(/(?:\.{3}|\u2026)\s*$/, ''));
  const dash = norm.indexOf(' - ');
  const named = dash > 0 && RISK_HEADING.test(norm.slice(0, dash)) ? norm.slice(dash + 3) : norm;
  if (named.length < MIN_PREFIX) return undefined;
  return ctx.riskFactors.get(named.slice(0, MIN_PREFIX))?.find((r) => r.norm.startsWith(named));
}

/** An exhibit number as cited and as typed in `<TYPE>`, compared alike: "EX-10.03" and "Exhibit 10.3" are "10.3". */
export function exhibitNumber(text: string): string | null {
  const m = /^(?:EX(?:HIBIT)?[-\s.]*)?(\d{1,3})(?:\.(\d{1,3}))?([A-Z]?)$/i.exec(text.trim());
  if (!m) return null;
  const minor = m[2] === undefined ? '' : `.${Number(m[2])}`;
  return `${Number(m[1])}${minor}${(m[3] ?? '').toLowerCase()}`;
}

/** Shortest quote or heading that may match by prefix alone (long quotes are often cut: 'See "Risk Factors - You will have no effective remedy ..."'). */
const MIN_PREFIX = 20;

/** Where a text stands: its document (pages link within it) and its section (a bare "--General" means a heading of this one). */
export interface TextPlace {
  document: number;
  section: number;
  /** Told about each reference that names a place the filing does not have (for the build report). */
  unresolved?: (reference: string) => void;
}

/** Which of several equal matches to take: one in `section`, else the first at or after document order `after`, else the first. */
export interface TitlePreference {
  after?: number;
  section?: number;
}

/** Finds the section or heading a quoted title names. */
export function resolveTitle(title: string, ctx: LinkContext, prefer: TitlePreference = {}): LinkTarget | undefined {
  const norm = normalizeTitle(title);
  if (!norm) return undefined;
  // Lists of targets are in document order (section and order both rise), so each choice is a binary search:
  // a title printed 20,000 times and cited under each copy stays linear.
  const pick = (found: LinkTarget[]) => {
    const inSection = prefer.section === undefined ? undefined : firstFrom(found, (t) => t.section, prefer.section);
    if (inSection !== undefined && inSection.section === prefer.section) return inSection;
    return firstFrom(found, (t) => t.order, prefer.after ?? -1) ?? found[0];
  };
  const exact = ctx.byNorm.get(norm);
  if (exact?.length) return pick(exact);

  // "Risk Factors - You will have no effective remedy ...": a section title, then a heading inside it.
  const dash = norm.indexOf(' - ');
  if (dash > 0) {
    const section = ctx.byNorm.get(norm.slice(0, dash))?.find((t) => t.headingId === undefined);
    if (section) {
      const rest = norm.slice(dash + 3);
      const inside = ctx.headingsBySection.get(section.section) ?? [];
      return inside.find((t) => t.norm === rest) ?? inside.find((t) => prefixMatch(t.norm, rest)) ?? section;
    }
  }
  const prefixed = targetsWhere(ctx.targets, prefixedTargets, norm, () => ctx.targets.filter((t) => prefixMatch(t.norm, norm)));
  return prefixed.length ? pick(prefixed) : undefined;
}

/** Per list of targets, the targets a title prefixes, by normalised title. */
const prefixedTargets = new WeakMap<readonly LinkTarget[], Map<string, LinkTarget[]>>();
/** Per list of targets, the targets an "Item N" opens, by the item's token lower-cased. */
const itemTargets = new WeakMap<readonly LinkTarget[], Map<string, LinkTarget[]>>();

/**
 * The targets `select` picks for a key, found once per key and list: a filing cites the same title or item
 * many times, and a scan of every section and heading for each citation grows with the filing's square.
 */
function targetsWhere(
  targets: readonly LinkTarget[],
  memo: WeakMap<readonly LinkTarget[], Map<string, LinkTarget[]>>,
  key: string,
  select: () => LinkTarget[],
): LinkTarget[] {
  let byKey = memo.get(targets);
  if (!byKey) {
    byKey = new Map();
    memo.set(targets, byKey);
  }
  let found = byKey.get(key);
  if (!found) {
    found = select();
    byKey.set(key, found);
  }
  return found;
}

/** The first target whose `key` is at least `min`, in a list sorted by `key`. */
function firstFrom(list: readonly LinkTarget[], key: (t: LinkTarget) => number, min: number): LinkTarget | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < min) lo = mid + 1;
    else hi = mid;
  }
  return list[lo];
}

/** One of two long titles starts with the other. */
function prefixMatch(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_PREFIX && long.startsWith(short);
}

/** The URL of a resolved title. */
export function targetUrl(target: LinkTarget, ctx: LinkContext): string {
  return sectionUrl(ctx.filing, ctx.sectionSlugs[target.section] ?? '', target.headingId);
}

/** A page reference's link: its text names the page already, so print adds none. */
function pageTo(printed: string, documentSequence: number, ctx: LinkContext): LinkTo | undefined {
  const url = pageLink(printed, documentSequence, ctx);
  return url === undefined ? undefined : { url };
}

/** The URL of a printed page in a document, or undefined when the document has no such page. */
export function pageLink(printed: string, documentSequence: number, ctx: LinkContext): string | undefined {
  const page = ctx.pages.get(`${documentSequence}:${printed.toLowerCase()}`);
  return page ? sectionUrl(ctx.filing, page.sectionSlug, page.anchor) : undefined;
}

// Quoted titles: "…", “…” and the typewriter ``…'' of older filings.
const QUOTED = /"([^"\n]{2,400})"|\u201c([^\u201d\n]{2,400})\u201d|``([^'\n]{2,400})''/g;
// Words that introduce a cross reference right before the quote: 'See "Risk Factors"', 'under the caption "Experts"'.
const CUE = /\b(?:see|under|entitled|captioned|captions?|headings?|sections?|in|also|and|or)\s*(?:the\s+)?(?:captions?|headings?|sections?)?\s*(?:entitled|captioned)?\s*,?\s*$/i;
const ON_PAGE = /^[.,]?\s*(?:on|at|beginning on|starting on)\s+pages?\b/i;
// A defined term, not a reference: '(the "Merger with Initech")', '(collectively, the "Acme Debt Retirement")'.
const DEFINED_TERM = /\(\s*(?:collectively,?\s*)?(?:the\s+)?$/i;
// A printed page number: "7", "F-3", "S-12", "A-1"; lowercase roman numerals for front matter ("ii").
const PAGE_TOKEN = String.raw`(?:[A-Z]{1,2}-\d{1,4}|\d{1,4}|[ivxl]{1,6})`;
const PAGE_REF = new RegExp(String.raw`\b([Pp]ages?)\s+(${PAGE_TOKEN})\b((?:\s*(?:,\s*and|,\s*or|,|and|or|to|through|-|\u2013)\s*${PAGE_TOKEN}\b)*)`, 'g');
const PAGE_TOKEN_GLOBAL = new RegExp(String.raw`\b${PAGE_TOKEN}\b`, 'g');
// A cell holding only a number, money or a nil mark is data, never a reference.
const NUMERIC_CELL = /^[\s$%().,\d\-\u2013\u2014*]*$/;
// "Item 7", "Items 7 and 7A", "ITEMS 1 THROUGH 4, 6 AND 8": the Items of a periodic report or an 8-K.
const ITEM_TOKEN = String.raw`\d{1,2}[A-C]?`;
const ITEM_TOKEN_GLOBAL = new RegExp(ITEM_TOKEN, 'g');
const ITEM_REF = new RegExp(String.raw`\b(Items?)\s+(${ITEM_TOKEN})\b((?:\s*(?:,\s*and|,\s*or|,|and|or|to|through|-)\s*${ITEM_TOKEN}\b)*)`, 'gi');
// "Item 1 of our Annual Report on Form 10-K", "Exhibit 3.1 to the Company's Registration Statement": a place in another document.
const OTHER_DOCUMENT = /^[.,]?\s*(?:of|in|to|filed\s+(?:with|as\s+part\s+of))\s+(?:Part\s+[IV]+\s+of\s+)?(?:the|our|its|such|their|any|each|a|an|[A-Z][\w.&-]*'s)\b[^.;]{0,60}?\b(?:Form|Report|Statement|Schedule|Proxy|Amendment)\b/i;
// "Exhibit 10.3", "Exhibits 3.1 and 3.2", "Exhibit No. 27".
const EXHIBIT_TOKEN = String.raw`\d{1,3}(?:\.\d{1,3})?[A-Z]?`;
const EXHIBIT_TOKEN_GLOBAL = new RegExp(EXHIBIT_TOKEN, 'g');
const EXHIBIT_REF = new RegExp(String.raw`\b(Exhibits?)\s+(?:No\.\s*)?(${EXHIBIT_TOKEN})\b((?:\s*(?:,\s*and|,\s*or|,|and|or|through)\s*${EXHIBIT_TOKEN}\b)*)`, 'gi');
// "ITEMS 1 THROUGH 4, 6 AND 8 NOT APPLICABLE.", "Item 3 is omitted": Items the filing says it leaves out, so their absence is expected.
const SAID_ABSENT = /^[.,]?\s*(?:(?:are|is|have\s+been|has\s+been)\s+)?(?:not\s+applicable|(?:intentionally\s+)?omitted|not\s+required|none)\b/i;
// A cue that only ever introduces a reference ("see", "under"), so a quoted title it names and we lack is worth reporting.
const STRONG_CUE = /\b(?:see|under|entitled|captioned|caption|heading)\s*(?:the\s+)?(?:captions?|headings?|sections?)?\s*(?:entitled|captioned)?\s*,?\s*$/i;

/** Cross references in running text: quoted section titles, "page N", "Item N" and "Exhibit N" references. */
export function findLinks(text: string, ctx: LinkContext, place: TextPlace): InlineRange[] {
  if (NUMERIC_CELL.test(text)) return [];
  const unresolved = place.unresolved ?? (() => undefined);
  const ranges: InlineRange[] = [];
  // Each search only where the text holds what its pattern cannot match without (most texts hold none).
  if (mayQuote(text)) findQuotedTitles(text, ctx, place, unresolved, ranges);
  if (text.includes('age')) listReferences(text, PAGE_REF, PAGE_TOKEN_GLOBAL, (token) => pageTo(token, place.document, ctx), ranges, (token) => unresolved(`page ${token}`));
  listReferences(text, ITEM_REF, ITEM_TOKEN_GLOBAL, (token) => itemLink(token, ctx, place), ranges, (token) => unresolved(`Item ${token}`), OTHER_DOCUMENT, SAID_ABSENT);
  listReferences(text, EXHIBIT_REF, EXHIBIT_TOKEN_GLOBAL, (token) => exhibitLink(token, ctx), ranges, (token) => unresolved(`Exhibit ${token}`), OTHER_DOCUMENT);
  return ranges;
}

/** Whether a text holds an opening quote QUOTED starts with: `"`, `“` or two backquotes. */
function mayQuote(text: string): boolean {
  return text.includes('"') || text.includes('\u201c') || text.includes('``');
}

/** Quoted section titles after a cue ('See "Risk Factors"'), linked to the heading, risk factor or section they name. */
function findQuotedTitles(text: string, ctx: LinkContext, place: TextPlace, unresolved: (what: string) => void, ranges: InlineRange[]): void {
  for (const { inner, start, before } of quotedReferences(text)) {
    const target = resolveTitle(inner, ctx, { section: place.section });
    // A heading the quote names exactly wins; else a risk factor printed as a paragraph, else the section or a heading by prefix.
    const exact = target !== undefined && (target.headingId !== undefined || target.norm === normalizeTitle(inner));
    const risk = exact ? undefined : riskFactorFor(inner, ctx);
    const anchor = risk && ctx.anchors.get(risk.block);
    if (!target && !anchor) {
      if (STRONG_CUE.test(before)) unresolved(`"${inner.replace(/\s+/g, ' ').trim()}"`);
      continue;
    }
    const lead = inner.length - inner.trimStart().length;
    const trimmed = inner.trim().replace(/[\s.,;:]+$/, '');
    const url = anchor ? sectionUrl(ctx.filing, ctx.sectionSlugs[risk!.section] ?? '', anchor) : targetUrl(target!, ctx);
    const page = anchor ? risk!.block.pos.printedPage : target!.page;
    ranges.push({ start: start + lead, end: start + lead + trimmed.length, kind: 'link', url, ...(page ? { page } : {}) });
  }
}

/** The quoted titles of a text that a cue marks as references ('See "Risk Factors"', '"Experts" on page 8'), not as defined terms. */
function* quotedReferences(text: string): Generator<{ inner: string; start: number; before: string }> {
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? '';
    const start = (match.index ?? 0) + (match[3] === undefined ? 1 : 2);
    const before = text.slice(Math.max(0, (match.index ?? 0) - 40), match.index);
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (DEFINED_TERM.test(before) || !(CUE.test(before) || ON_PAGE.test(after))) continue;
    yield { inner, start, before };
  }
}

/** Where a reference goes, and the printed page its target stands on when print should name it ("Item 7 (p. 23)"). */
interface LinkTo {
  url: string;
  page?: string | null;
}

/** A link range's fields for a reference: its page only when there is one. */
function linkRange(to: LinkTo): { kind: 'link'; url: string; page?: string } {
  return to.page ? { kind: 'link', url: to.url, page: to.page } : { kind: 'link', url: to.url };
}

/**
 * A word and one or more numbers ("page 7", "pages 3 to 5", "Items 7 and 7A"): with one number the
 * word and number link together, with several each number links on its own. `elsewhere` skips a
 * reference to another document ("Item 1 of our Annual Report on Form 10-K"); `saidAbsent` quiets the
 * message for a place the text says is left out ("ITEMS 1 THROUGH 4, 6 AND 8 NOT APPLICABLE.").
 */
function listReferences(
  text: string,
  pattern: RegExp,
  token: RegExp,
  link: (token: string) => LinkTo | undefined,
  ranges: InlineRange[],
  report: (token: string) => void,
  elsewhere?: RegExp,
  saidAbsent?: RegExp,
): void {
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    const after = text.slice(at + match[0].length, at + match[0].length + 120);
    if (elsewhere?.test(after)) continue;
    // A place the text itself says is left out is not worth a message when the filing lacks it.
    const unresolved = saidAbsent?.test(after) ? () => undefined : report;
    const word = match[1] ?? '';
    const first = match[2] ?? '';
    const more = match[3] ?? '';
    if (!more) {
      const to = link(first);
      if (to) ranges.push({ start: at, end: at + match[0].length, ...linkRange(to) });
      else unresolved(first);
      continue;
    }
    const numbersStart = at + match[0].length - more.length;
    const firstStart = at + match[0].indexOf(first, word.length);
    const tokens: { value: string; start: number }[] = [{ value: first, start: firstStart }];
    for (const t of more.matchAll(token)) tokens.push({ value: t[0], start: numbersStart + (t.index ?? 0) });
    for (const { value, start } of tokens) {
      const to = link(value);
      if (to) ranges.push({ start, end: start + value.length, ...linkRange(to) });
      else unresolved(value);
    }
  }
}

/** The section or heading an "Item 7" names: "ITEM 7." opening a title, in the citing document first, with the page it stands on. */
function itemLink(token: string, ctx: LinkContext, place: TextPlace): LinkTo | undefined {
  const key = token.toLowerCase();
  const found = targetsWhere(ctx.targets, itemTargets, key, () => {
    const head = new RegExp(`^items?\\s+${key}(?![0-9a-z])`);
    return ctx.targets.filter((t) => head.test(t.norm));
  });
  const target = found.find((t) => ctx.sectionDocuments[t.section] === place.document) ?? found[0];
  return target ? { url: targetUrl(target, ctx), page: target.page } : undefined;
}

/** The exhibit document an "Exhibit 10.3" names, when the submission carries it (its name is where it stands: no page to print). */
function exhibitLink(token: string, ctx: LinkContext): LinkTo | undefined {
  const number = exhibitNumber(token);
  const section = number === null ? undefined : ctx.exhibits.get(number);
  return section === undefined ? undefined : { url: sectionUrl(ctx.filing, ctx.sectionSlugs[section] ?? '') };
}

/** Ranges that overlap an earlier one in the list are dropped (the first claim on a stretch of text wins), the rest sorted. */
function withoutOverlaps(ranges: InlineRange[]): InlineRange[] {
  const kept: InlineRange[] = [];
  for (const range of ranges) {
    if (range.end <= range.start) continue;
    if (kept.some((k) => range.start < k.end && k.start < range.end)) continue;
    kept.push(range);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Where a page mark goes so it never splits a word: a break that falls inside
 * a word (after de-hyphenation, "commu-|nications") moves to the word's end.
 */
function markOffset(text: string, offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length));
  while (at > 0 && at < text.length && /\S/.test(text[at - 1] ?? '') && /\S/.test(text[at] ?? '')) at++;
  return at;
}

/**
 * Text plus its decorations as Inline runs: link and footnote ranges (first
 * claim wins) and page marks at offsets. A mark keeps a space on each side, so
 * "not be" + mark + "able" stays three separate words once tags are stripped.
 */
export function toInlines(text: string, ranges: InlineRange[], marks: InlineMark[] = []): Inline[] {
  const kept = withoutOverlaps(ranges);
  const points = marks
    .map((m) => {
      let offset = markOffset(text, m.offset);
      // A mark never lands inside a link or footnote range: it goes after it.
      for (const r of kept) if (offset > r.start && offset < r.end) offset = r.end;
      return { ...m, offset };
    })
    .sort((a, b) => a.offset - b.offset);

  const out: Inline[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = out[out.length - 1];
    if (last?.kind === 'text') last.value += value;
    else out.push({ kind: 'text', value });
  };
  let cursor = 0;
  let p = 0;
  const flushMarks = (upTo: number) => {
    while (p < points.length && (points[p]?.offset ?? Infinity) <= upTo) {
      const mark = points[p++]!;
      pushText(text.slice(cursor, mark.offset));
      cursor = mark.offset;
      const last = out[out.length - 1];
      if (last && !(last.kind === 'text' && /\s$/.test(last.value))) pushText(' ');
      out.push({ kind: 'pageMark', anchor: mark.anchor, printedPage: mark.printedPage });
      if (cursor < text.length && !/^\s/.test(text.slice(cursor))) out.push({ kind: 'text', value: ' ' });
    }
  };
  for (const range of kept) {
    flushMarks(range.start);
    pushText(text.slice(cursor, range.start));
    const inner = text.slice(range.start, range.end);
    if (range.kind === 'link') out.push({ kind: 'link', url: range.url, ...(range.title ? { title: range.title } : {}), ...(range.page ? { page: range.page } : {}), children: [{ kind: 'text', value: inner }] });
    else if (range.kind === 'definition') out.push({ kind: 'definition', id: range.id, children: [{ kind: 'text', value: inner }] });
    else out.push({ kind: 'footnoteRef', label: range.label });
    cursor = range.end;
  }
  flushMarks(text.length);
  pushText(text.slice(cursor));
  return out;
}

/** Page breaks inside a text that carry an anchor, as marks (unnumbered pages get none). */
export function pageMarks(breaks: PageBreakInText[] | undefined, anchorOf: (b: PageBreakInText) => string | undefined): InlineMark[] {
  const marks: InlineMark[] = [];
  for (const b of breaks ?? []) {
    const anchor = anchorOf(b);
    if (anchor) marks.push({ offset: b.offset, anchor, printedPage: b.pos.printedPage });
  }
  return marks;
}

/** Running text with its cross references linked, footnote references and page marks placed. */
export function linkText(
  text: string,
  ctx: LinkContext,
  place: TextPlace,
  extra: { footnotes?: InlineRange[]; marks?: InlineMark[]; terms?: InlineRange[] } = {},
): Inline[] {
  // Footnote references come first: their markers are never part of a link; cross references beat term uses.
  return toInlines(text, [...(extra.footnotes ?? []), ...findLinks(text, ctx, place), ...(extra.terms ?? [])], extra.marks);
}

/**
 * Defined terms in a text: the term at its own definition becomes its `<dfn>` (when this block is
 * the one that defines it), and the first use of each other term in the section links to the
 * definition with the defining sentence as its title. `used` holds the terms already linked in the section.
 */
export function termRanges(text: string, ctx: LinkContext, place: { section: number; line: number }, used: Set<string>, stub = false): InlineRange[] {
  if (!ctx.termUses || NUMERIC_CELL.test(text)) return [];
  const ranges: InlineRange[] = [];
  const defining = findDefinitionsHere(text, ctx, place);
  for (const d of defining) ranges.push({ start: d.start, end: d.end, kind: 'definition', id: d.id });
  for (const use of ctx.termUses(text)) {
    const term = termOfUse(use.text, ctx.terms);
    const start = use.index;
    const end = start + use.text.length;
    if (!term || used.has(term.term)) continue;
    // A number after a term names another thing: "see Note 10", "Series 2".
    if (NUMBER_AFTER.test(text.slice(end, end + 12))) continue;
    // A table's stub names a line item: "Notes payable to banks" is another thing than the defined "Notes".
    if (stub && inCompound(text, start, end)) continue;
    // A use inside a definition's quotes, or the defining block's own mention, is not a use.
    if (defining.some((d) => start < d.end && d.start < end) || (term.section === place.section && term.line === place.line)) continue;
    used.add(term.term);
    ranges.push({ start, end, kind: 'link', url: sectionUrl(ctx.filing, ctx.sectionSlugs[term.section] ?? '', term.id), title: term.sentence });
  }
  return ranges;
}

/** A figure straight after a use: "Note 10", "Series 2" (a numbered name). */
const NUMBER_AFTER = /^ \d/;

/** Words that leave a term standing alone beside them: articles, prepositions, conjunctions, verbs of being, "total" over a stub, a company's legal form. */
const LOOSE_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'nor', 'to', 'in', 'for', 'by', 'with', 'on', 'at', 'from', 'as', 'under', 'between', 'among', 'into', 'upon', 'per', 'than', 'its', 'their', 'our', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'shall', 'may', 'total', 'inc', 'corporation', 'corp', 'company', 'co', 'ltd', 'llc', 'plc']);
/** The word just before a use, set off by spaces only. */
const WORD_BEFORE = /([A-Za-z][A-Za-z'-]*)\s+$/;
/** The word or figure just after a use, set off by spaces only. */
const WORD_AFTER = /^\s+([A-Za-z0-9][A-Za-z0-9'-]*)/;

/**
 * Whether a use in a table's stub is part of a longer name: a word beside it, with only spaces between, that
 * is no article, preposition or conjunction ("Notes payable to banks", "convertible preferred stock",
 * "Specimen Certificate"). A stub names a line item, so that compound is another thing than the term.
 */
function inCompound(text: string, start: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
  const bound = (word: string | undefined): boolean => word !== undefined && !LOOSE_WORDS.has(word.toLowerCase());
  return bound(before) || bound(after);
}

/** The definitions this very block makes (its section and line are where the term was first defined). */
function findDefinitionsHere(text: string, ctx: LinkContext, place: { section: number; line: number }): { start: number; end: number; id: string }[] {
  if (!ctx.definingBlocks.has(`${place.section}:${place.line}`)) return [];
  return findDefinitions(text).flatMap((d) => {
    const term = ctx.terms.get(d.term);
    return term && term.section === place.section && term.line === place.line ? [{ start: d.start, end: d.end, id: term.id }] : [];
  });
}
