/** The first line of a filing wrapped in EDGAR's privacy-enhanced-mail envelope (1993 to about 2005). */
const PEM_BEGIN = '-----BEGIN PRIVACY-ENHANCED MESSAGE-----';
const PEM_END = '-----END PRIVACY-ENHANCED MESSAGE-----';

/** True when the first non-blank line opens a PEM envelope. */
export function isPemWrapped(lines: readonly string[]): boolean {
  const first = lines.find((line) => line.trim() !== '');
  return first?.trim() === PEM_BEGIN;
}

/**
 * Unwraps a PEM envelope in place of its lines: the preamble (BEGIN, Proc-Type,
 * Originator-Name, MIC-Info ... up to the first blank line) and the END line
 * become empty lines, so line numbers keep matching the file; RFC 934 dash
 * stuffing ("- -----" for a rule of dashes) is undone. Lines of an unwrapped
 * file come back unchanged.
 */
export function unwrapPem(lines: readonly string[]): string[] {
  if (!isPemWrapped(lines)) return [...lines];
  const out = [...lines];
  const begin = out.findIndex((line) => line.trim() === PEM_BEGIN);
  let i = begin;
  for (; i < out.length && (i === begin || out[i]?.trim() !== ''); i++) out[i] = '';
  for (; i < out.length; i++) {
    const line = out[i] ?? '';
    if (line.trim() === PEM_END) out[i] = '';
    else out[i] = unstuffDashes(line);
  }
  return out;
}

/** Undoes RFC 934 character stuffing: a line "- -----" was "-----" before the mailer prefixed "- ". */
export function unstuffDashes(line: string): string {
  return line.startsWith('- -') ? line.slice(2) : line;
}
