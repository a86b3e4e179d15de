import { readableCompany, readableTitle } from '../readable-case.ts';
import type { FilingInfo } from '../section-schema.ts';
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

// A company name ends in its legal form: "Level 3 Communications, Inc.", "CVS Corporation".
const COMPANY = /\b(?:inc|incorporated|corp|corporation|company|co|ltd|limited|l\.?p|llc|l\.l\.c|plc|n\.a|bancorp|holdings?|group|trust)\.?$/i;

/** The company named on the cover: the first short line ending in a legal form. */
export function coverCompany(lines: string[]): string | undefined {
  return lines.find((l) => l.length <= 80 && COMPANY.test(l) && !BOILERPLATE.test(l));
}

/** Legal forms spelled out, as the conformed name abbreviates them. */
const LEGAL_FORM_KEYS: Record<string, string> = { INCORPORATED: 'INC', CORPORATION: 'CORP', COMPANY: 'CO', LIMITED: 'LTD' };

/** A name reduced to its words in capitals, legal forms abbreviated: "Amazon.com, Inc." and "AMAZON COM INC" agree. */
function nameKey(name: string): string {
  return name
    .toUpperCase()
    .split(/[^A-Z0-9&]+/)
    .filter((w) => w !== '' && w !== 'THE')
    .map((w) => LEGAL_FORM_KEYS[w] ?? w)
    .join(' ');
}

/** The company as the filing writes it: a cover line naming the same company as the SEC's conformed name ("AMAZON COM INC" -> "Amazon.com, Inc."). */
export function coverSpelling(lines: string[], conformed: string): string | undefined {
  const key = nameKey(conformed);
  return lines.find((l) => l.length <= 80 && nameKey(l) === key);
}

/** The company's name for people: the cover's spelling in readable case, else the conformed name in readable case. */
export function readableName(lines: string[], conformed: string): string {
  return readableCompany(coverSpelling(lines, conformed) ?? conformed);
}

/** The first cover line that is neither boilerplate nor a sentence: the fallback title. */
function firstSignificantLine(lines: string[]): string | undefined {
  return lines.find((l) => l.length <= 80 && /[A-Za-z]{2}/.test(l) && !BOILERPLATE.test(l) && !/[.;:]\s/.test(l));
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

/** The filing's title for people: the header's company as the cover spells it, else the cover's company, else a heading, all in readable case. */
function titleOf(conformed: string | undefined, lines: string[], fallback: string): string {
  if (conformed) return readableName(lines, conformed);
  const onCover = coverCompany(lines);
  return onCover ? readableCompany(onCover) : readableTitle(fallback);
}

/** The filing's front-matter record: SEC header metadata first, else what the cover says, else the slug. */
export function filingInfo(args: { slug: string; meta: FilingMeta; sections: SectionDraft[]; pageCount: number; sourceFile: string }): FilingInfo {
  const { slug, meta, sections } = args;
  const lines = coverLines(sections);
  const headings = sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
  const info: FilingInfo = {
    slug,
    title: titleOf(meta.company, lines, firstSignificantLine(lines) ?? firstSignificantLine(headings) ?? slug),
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
  if (meta.period) info.period = meta.period;
  if (meta.accessionNumber) info.accessionNumber = meta.accessionNumber;
  if (meta.filers?.length) info.filers = [...meta.filers];
  return info;
}
