import type { FilingMeta } from './types.ts';

/** A company named in the header, with the role block it sits in (FILER, SUBJECT COMPANY, ...). */
interface NamedCompany {
  role: string;
  name: string;
  cik?: string;
}

/** Roles whose company counts as a filer of the submission. */
const FILER_ROLES = new Set(['FILER', 'FILED BY', 'REPORTING OWNER', 'FILED-BY', 'REPORTING-OWNER']);

/** Roles whose company the filing is about, so it can name the filing when listed first. */
const SUBJECT_ROLES = new Set(['FILER', 'SUBJECT COMPANY', 'SUBJECT-COMPANY', 'ISSUER']);

/** Every role block we know; bracketed headers nest other tags (`<COMPANY-DATA>`) inside these. */
const ALL_ROLES = new Set([...FILER_ROLES, ...SUBJECT_ROLES]);

/** A `KEY:<tabs>value` field, nested by its indentation. */
const KEYED_FIELD = /^(\s*)([A-Z][A-Z0-9 &/-]*?):\s*(.*?)\s*$/;

/** A bracketed `<TAG>value` field, or a header tag such as `<SEC-HEADER>` or `</COMPANY-DATA>`. */
const TAGGED_FIELD = /^\s*<\/?([A-Z][A-Z0-9-]*)>\s*(.*?)\s*$/i;

/** Whether a line can belong to an SEC header: blank, a field or a tag. Any other line is text. */
export function isHeaderLine(line: string): boolean {
  return line.trim() === '' || KEYED_FIELD.test(line) || TAGGED_FIELD.test(line);
}

/**
 * Reads the metadata of an SEC header: the `KEY:<tabs>value` lines of
 * `<SEC-HEADER>`/`<IMS-HEADER>` (nested by indentation, tabs already expanded)
 * and the bracketed `<CONFORMED-NAME>value` style of dissemination files.
 */
export function readSecHeader(lines: readonly string[]): FilingMeta {
  const fields = new Map<string, string>();
  const companies: NamedCompany[] = [];
  let role = '';
  const company = (): NamedCompany | undefined => companies.at(-1);

  for (const raw of lines) {
    // "<SEC-HEADER>   COMPANY CONFORMED NAME:  ACME": a header tag glued to a field leaves the field readable.
    const line = raw.replace(/^\s*<\/?(?:SEC|IMS)-HEADER>(?=\s*[A-Z][A-Z0-9 &/-]*:)/i, '');
    const keyed = KEYED_FIELD.exec(line);
    const tagged = line.trimStart().startsWith('</') ? null : TAGGED_FIELD.exec(line);
    const indent = keyed?.[1]?.length ?? 0;
    const key = keyed ? keyed[2] ?? '' : tagged ? tagged[1] ?? '' : '';
    const value = keyed ? keyed[3] ?? '' : tagged ? tagged[2] ?? '' : '';
    if (key === '') continue;

    // "FILER:" at the left margin, or a bare "<FILER>" tag, opens a role block.
    if (value === '' && ((keyed && indent === 0) || ALL_ROLES.has(key))) {
      role = key;
      continue;
    }
    if (key === 'COMPANY CONFORMED NAME' || key === 'CONFORMED-NAME') {
      companies.push({ role, name: value });
      continue;
    }
    if ((key === 'CENTRAL INDEX KEY' || key === 'CIK') && company() && company()?.cik === undefined) {
      const last = company();
      if (last) last.cik = value;
      continue;
    }
    if (!fields.has(key)) fields.set(key, value);
  }

  const meta: FilingMeta = {};
  const accession = fields.get('ACCESSION NUMBER') ?? fields.get('ACCESSION-NUMBER') ?? accessionFromDocumentLine(lines);
  // A self-filed accession starts with the filer's own CIK ("0000012345-05-000042" is the parent
  // company among seven co-registrants); a filing agent's prefix matches no one and changes nothing.
  const submitter = companies.find((c) => c.cik !== undefined && accession?.startsWith(`${c.cik}-`));
  const first = submitter ?? companies.find((c) => SUBJECT_ROLES.has(c.role)) ?? companies[0];
  if (first) {
    meta.company = first.name;
    if (first.cik) meta.cik = first.cik;
  }
  const formType = fields.get('CONFORMED SUBMISSION TYPE') ?? fields.get('FORM TYPE') ?? fields.get('TYPE') ?? fields.get('FORM-TYPE');
  if (formType) meta.formType = formType;
  const filingDate = isoDate(fields.get('FILED AS OF DATE') ?? fields.get('FILING-DATE'));
  if (filingDate) meta.filingDate = filingDate;
  const period = isoDate(fields.get('CONFORMED PERIOD OF REPORT') ?? fields.get('PERIOD'));
  if (period) meta.period = period;
  if (accession) meta.accessionNumber = accession;
  const filers = companies.filter((c) => FILER_ROLES.has(c.role));
  const named = (filers.length > 0 ? filers : companies).map((c) => c.name).filter((name) => name !== '');
  if (named.length > 0) meta.filers = named;
  return meta;
}

/** "19941213" to "1994-12-13"; anything that is not eight digits gives undefined. */
export function isoDate(value: string | undefined): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value?.trim() ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** The accession number named by the opening line: "<SEC-DOCUMENT>0000891618-95-000727.txt : 19951208". */
function accessionFromDocumentLine(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = /^<(?:SEC|IMS)-(?:DOCUMENT|HEADER)>\s*(\d{10}-\d{2}-\d{6})/.exec(line);
    if (m) return m[1];
  }
  return undefined;
}
