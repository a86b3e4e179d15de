import { isAllCaps, readableCompany, readableTitle } from '../readable-case.ts';
import type { FilingInfo } from '../section-schema.ts';
import { PICTURE } from './rules/heading-style.ts';
import type { FilingMeta, SectionDraft } from './types.ts';

/** Lines of the cover (or, with no cover, the first section) short enough to be a title, name or label. */
export function coverLines(sections: SectionDraft[]): string[] {
  const cover = sections.filter((s) => s.kind === 'cover');
  const source = cover.length ? cover : sections.slice(0, 1);
  const lines: string[] = [];
  for (const section of source) {
    for (const block of section.blocks) {
      if (block.kind === 'heading') lines.push(block.text);
      else if (block.kind === 'paragraph') lines.push(block.leadIn ? `${block.leadIn} ${block.text}` : block.text);
      else if (block.kind === 'lineBlock') lines.push(...block.lines);
    }
  }
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Cover lines that name the form or the regulator, never the company ("UNITED STATES", "FORM 10-K", "PROSPECTUS"). */
const BOILERPLATE =
  /^(?:united states|securities and exchange commission|washington,? d\.? ?c\.?.*|form\b.*|prospectus.*|proxy statement.*|table of contents|contents|cover page|annual report.*|current report.*|quarterly report.*|\(?mark one\)?|page)$/i;

// A company name ends in its legal form: "Level 3 Communications, Inc.", "Acme Corporation".
const COMPANY = /\b(?:inc|incorporated|corp|corporation|company|co|ltd|limited|l\.?p|llc|l\.l\.c|plc|n\.a|bancorp|holdings?|group|trust)\.?$/i;

/** The company named on the cover: the first short line ending in a legal form. */
export function coverCompany(lines: string[]): string | undefined {
  return lines.find((l) => l.length <= 80 && COMPANY.test(l) && !BOILERPLATE.test(l));
}

/** Legal forms spelled out, as the conformed name abbreviates them. */
const LEGAL_FORM_KEYS: Record<string, string> = { INCORPORATED: 'INC', CORPORATION: 'CORP', COMPANY: 'CO', LIMITED: 'LTD' };

/** A name reduced to its words in capitals, legal forms abbreviated: "Widgets.com, Inc." and "WIDGETS COM INC" agree. */
function nameKey(name: string): string {
  return name
    .toUpperCase()
    .split(/[^A-Z0-9&]+/)
    .filter((w) => w !== '' && w !== 'THE')
    .map((w) => LEGAL_FORM_KEYS[w] ?? w)
    .join(' ');
}

/** The company as the filing writes it: a cover line naming the same company as the SEC's conformed name ("WIDGETS COM INC" -> "Widgets.com, Inc."). */
export function coverSpelling(lines: string[], conformed: string): string | undefined {
  const key = nameKey(conformed);
  return lines.find((l) => l.length <= 80 && nameKey(l) === key);
}

/** How much running text is searched for the company's own spelling: a filing spells its name out on its first pages. */
const NAME_TEXT_LENGTH = 200_000;

/** The conformed name's legal forms as a filing may print them: "INC" is "Inc." or "Incorporated". */
const LEGAL_FORM_SPELLINGS: Record<string, string> = { INC: String.raw`inc\.?|incorporated`, CORP: String.raw`corp\.?|corporation`, CO: String.raw`co\.?|company`, LTD: String.raw`ltd\.?|limited` };

/** The company as the running text spells it in upper and lower case ("The Acme Company" for "ACME CO", "BrightLine, Inc."): its most frequent such spelling. */
export function textSpelling(texts: readonly string[], conformed: string): string | undefined {
  const words = nameKey(conformed).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  const pattern = words.map((w, i) => (i === words.length - 1 && LEGAL_FORM_SPELLINGS[w] ? `(?:${LEGAL_FORM_SPELLINGS[w]})` : w.replace(/[^A-Z0-9]/g, '\\$&'))).join(String.raw`[\s.,-]{1,3}`);
  const name = new RegExp(String.raw`(?<![\w.])${pattern}(?![\w])`, 'gi');
  const counts = new Map<string, number>();
  let length = 0;
  for (const text of texts) {
    if (length > NAME_TEXT_LENGTH) break;
    length += text.length;
    for (const m of text.matchAll(name)) if (!isAllCaps(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The company's name for people: the cover's spelling when it is in upper and lower case, else the running text's, else the cover's or the conformed name in readable case. */
export function readableName(lines: string[], conformed: string, texts: readonly string[] = []): string {
  const cover = coverSpelling(lines, conformed);
  if (cover && !isAllCaps(cover)) return cover;
  return textSpelling(texts, conformed) ?? readableCompany(cover ?? conformed);
}

/** The first cover line that is neither boilerplate, a picture's place ("[LOGO]", "[LETTERHEAD OF ...]") nor a sentence: the fallback title. */
export function firstSignificantLine(lines: string[]): string | undefined {
  return lines.find((l) => l.length <= 80 && /[A-Za-z]{2}/.test(l) && !BOILERPLATE.test(l) && !PICTURE.test(l) && !/[.;:]\s/.test(l));
}

/** The form named on the cover: "FORM 10-K" -> "10-K", a line "PROSPECTUS" -> "Prospectus". */
export function coverFormType(lines: string[]): string | undefined {
  for (const line of lines) {
    const form = /^form\s+([0-9][0-9A-Z]*(?:-[0-9A-Z]+)*(?:\/A)?)\b/i.exec(line);
    if (form?.[1]) return form[1].toUpperCase();
    const named = /^(prospectus supplement|prospectus|proxy statement|information statement|offering memorandum)$/i.exec(line);
    if (named?.[1]) return named[1].toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
  }
  return undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "May 26, 2004" -> "2004-05-26"; undefined when it is not a date. */
export function isoDate(text: string): string | undefined {
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s*(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.findIndex((name) => name.startsWith((m[1] ?? '').toLowerCase()) && (m[1] ?? '').length >= 3);
  const day = Number(m[2]);
  if (month < 0 || day < 1 || day > 31) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The document's own date from its cover: "The date of this Prospectus is May 26, 2004" -> "2004-05-26". */
export function coverDate(lines: string[]): string | undefined {
  const pattern = /\bdate of this (?:prospectus(?: supplement)?|proxy statement|information statement|offering memorandum|supplement) is ([A-Za-z]+\.? \d{1,2}, ?\d{4})/i;
  for (const line of lines) {
    const m = pattern.exec(line);
    const date = m?.[1] ? isoDate(m[1]) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** A cover's label for the period a report covers: "For the fiscal year ended", "For the quarterly period ended", an 8-K's "Date of Report (Date of earliest event reported)". */
const PERIOD_LABEL = /\b(?:(?:year|quarter|quarterly period|period) ended|date of (?:report|earliest event reported)\b\)?:?)/i;

/** A date written out in a line: "July 22, 2004", "DECEMBER 31, 2000". */
const DATE_IN_LINE = /\b([A-Za-z]{3,9}\.?\s+\d{1,2},?\s*\d{4})\b/;

/**
 * The period a report covers, from its cover, for a filing with no SEC header: the date after the label
 * ("For the fiscal year ended December 31, 2000"), else the date standing just above it, as 8-Ks print
 * "July 22, 2004" over a rule and "Date of Report (Date of earliest event reported)".
 */
export function coverPeriod(lines: string[]): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const label = PERIOD_LABEL.exec(line);
    if (!label) continue;
    const after = DATE_IN_LINE.exec(line.slice(label.index + label[0].length))?.[1];
    const before = DATE_IN_LINE.exec(line.slice(0, label.index).replace(/[\s_=-]+$/, ''))?.[1];
    const date = (after && isoDate(after)) || (before && isoDate(before)) || isoDate((lines[i - 1] ?? '').replace(/^[\s_=-]+|[\s_=-]+$/g, ''));
    if (date) return date;
  }
  return undefined;
}

/** The filing's title for people: the header's company as the cover spells it, else the cover's company, else a heading, all in readable case. */
function titleOf(conformed: string | undefined, lines: string[], fallback: string, texts: readonly string[]): string {
  const name = conformed ?? coverCompany(lines);
  return name ? readableName(lines, name, texts) : readableTitle(fallback);
}

/** The paragraphs of the main document, in order: where a filing writes its own name in running text. */
function runningText(sections: SectionDraft[]): string[] {
  const main = sections[0]?.document.sequence;
  return sections.filter((s) => s.document.sequence === main).flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])));
}

/** The filing's front-matter record: SEC header metadata first, else what the cover says, else the slug. */
export function filingInfo(args: { slug: string; meta: FilingMeta; sections: SectionDraft[]; pageCount: number; sourceFile: string }): FilingInfo {
  const { slug, meta, sections } = args;
  const lines = coverLines(sections);
  const headings = sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
  const info: FilingInfo = {
    slug,
    title: titleOf(meta.company, lines, firstSignificantLine(lines) ?? firstSignificantLine(headings) ?? slug, runningText(sections)),
    pageCount: args.pageCount,
    sourceFile: args.sourceFile,
  };
  const company = meta.company ?? coverCompany(lines);
  if (company) info.company = company;
  if (meta.cik) info.cik = meta.cik;
  const formType = meta.formType ?? coverFormType(lines);
  if (formType) info.formType = formType;
  const filingDate = meta.filingDate ?? coverDate(lines);
  if (filingDate) info.filingDate = filingDate;
  const period = meta.period ?? (meta.filingDate ? undefined : coverPeriod(lines));
  if (period) info.period = period;
  if (meta.accessionNumber) info.accessionNumber = meta.accessionNumber;
  if (meta.filers?.length) info.filers = [...meta.filers];
  return info;
}
