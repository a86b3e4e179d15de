/**
 * Turns one real filing into a distinct synthetic one for the scaling benchmark:
 * the company renamed and the digits of large numbers perturbed, column widths
 * kept, so every filing parses like its source but Pagefind indexes new text.
 */
import { companyName, slugify } from './company-names.ts';
import { createPrng, type Prng } from './prng.ts';

/** A real filing the library is generated from. */
export interface SourceFiling {
  /** File name without directory, e.g. "1998-acme-corp-424b1.txt". */
  name: string;
  /** The file decoded as latin1, so writing it back is byte-for-byte. */
  text: string;
}

/** One generated filing. */
export interface SyntheticFiling {
  fileName: string;
  company: string;
  text: string;
  /** Which source it was made from. */
  source: string;
}

/** Legal-form words trimmed off a name to keep its distinctive part ("ACME WIDGETS INC" -> "ACME WIDGETS"). */
const LEGAL_SUFFIX = /[\s,]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|lp|l\.p|plc|n\.v|llc)\.?$/i;

/**
 * The company a filing is about: the SEC header's conformed name, else a line
 * near the top that ends in a legal form, as on a bare prospectus cover:
 * "                          Level 3 Communications, Inc."
 */
export function findCompanyName(text: string): string | null {
  const conformed = /COMPANY CONFORMED NAME:[ \t]+(\S.*?)[ \t]*$/m.exec(text);
  if (conformed) return conformed[1]!;
  const top = text.split('\n', 120);
  for (const line of top) {
    // The legal form in the cover's own case: "Level 3 Communications, Inc." or "BRIGHTLINE, INC.".
    const m = /^\s*([A-Z][\w&.' ]*?(?:,\s*)?\s(?:Inc\.|INC\.|Incorporated|INCORPORATED|Corporation|CORPORATION|Corp\.|CORP\.|Company|COMPANY|Co\.|CO\.|Ltd\.|LTD\.|L\.P\.|plc))\s*$/.exec(line);
    if (m) return m[1]!.replace(/\s+/g, ' ');
  }
  return null;
}

/** The distinctive words of a company name, without its legal form. */
export function distinctiveName(name: string): string {
  let rest = name.trim();
  while (LEGAL_SUFFIX.test(rest)) rest = rest.replace(LEGAL_SUFFIX, '');
  return rest.replace(/[,\s]+$/, '');
}

/** A regex matching the distinctive name however justified text spaced it ("Level 3  Communications", "Widgets.com"). */
export function namePattern(distinctive: string): RegExp | null {
  const words = distinctive.split(/[\s.]+/).filter((w) => w.length > 0);
  if (words.length === 0 || distinctive.length < 3) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b${escaped.join('[ .]+')}\\b`, 'gi');
}

/** Numbers worth perturbing: grouped thousands, decimals, and runs of five or more digits (not years or page numbers). */
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{5,}/g;

/** Replaces every digit after the first of a number with a random one, keeping its width and magnitude. */
export function perturbNumber(token: string, prng: Prng): string {
  let seenFirst = false;
  let out = '';
  for (const ch of token) {
    if (ch >= '0' && ch <= '9') {
      out += seenFirst ? String(prng.int(10)) : ch;
      seenFirst = true;
    } else out += ch;
  }
  return out;
}

/** A line that must keep its digits: SGML tags ("<SEQUENCE>1") and uuencoded binary lines. */
function isStructural(line: string): boolean {
  return line.startsWith('<') || /^M[\x21-\x60]{60}$/.test(line);
}

/** Perturbs numbers in the document text (after the first `<DOCUMENT>`, or everywhere in a bare file). */
function perturbBody(text: string, prng: Prng): string {
  const bodyStart = text.search(/^<DOCUMENT>/m);
  const head = bodyStart > 0 ? text.slice(0, bodyStart) : '';
  const body = bodyStart > 0 ? text.slice(bodyStart) : text;
  const lines = body.split('\n').map((line) => (isStructural(line) ? line : line.replace(NUMBER, (t) => perturbNumber(t, prng))));
  return head + lines.join('\n');
}

/** Gives the accession number (and the `<SEC-DOCUMENT>` name built from it) a serial unique to the index. */
function renumberAccession(text: string, index: number): string {
  const m = /ACCESSION NUMBER:[ \t]+(\d{10}-\d{2}-)(\d{6})/.exec(text);
  if (!m) return text;
  const original = m[1]! + m[2]!;
  const fresh = m[1]! + String(index % 1_000_000).padStart(6, '0');
  return text.split(original).join(fresh);
}

/** Renames the company, keeping upper case where the source shouted it. */
function renameCompany(text: string, from: string | null, to: string): string {
  if (!from) return text;
  const pattern = namePattern(distinctiveName(from));
  if (!pattern) return text;
  return text.replace(pattern, (match) => (match === match.toUpperCase() ? to.toUpperCase() : to));
}

/** The form type for the file name: the header's CONFORMED SUBMISSION TYPE, else the source name's last word. */
function formOf(source: SourceFiling): string {
  const m = /CONFORMED SUBMISSION TYPE:[ \t]+(\S+)/.exec(source.text);
  if (m) return slugify(m[1]!);
  const words = source.name.replace(/\.txt$/i, '').split('-');
  return slugify(words[words.length - 1] ?? 'filing') || 'filing';
}

/** Builds synthetic filing number `index` from `sources` (rotating through them), deterministically. */
export function synthesizeFiling(sources: readonly SourceFiling[], index: number, seed = 1): SyntheticFiling {
  if (sources.length === 0) throw new RangeError('no source filings to synthesize from');
  const source = sources[index % sources.length]!;
  const company = companyName(index);
  const prng = createPrng(seed * 1_000_003 + index);
  const renamed = renameCompany(source.text, findCompanyName(source.text), company);
  const text = renumberAccession(perturbBody(renamed, prng), index);
  const fileName = `${String(index).padStart(4, '0')}-${slugify(company)}-${formOf(source)}.txt`;
  return { fileName, company, text, source: source.name };
}
