import { parseMessage, type ParseMessage } from './messages.ts';

/** The first line of a filing wrapped in EDGAR's privacy-enhanced-mail envelope (1993 to about 2005). */
const PEM_BEGIN = '-----BEGIN PRIVACY-ENHANCED MESSAGE-----';
const PEM_END = '-----END PRIVACY-ENHANCED MESSAGE-----';

/** A PEM header field ("Proc-Type: 2001,MIC-CLEAR", "Originator-Key-Asymmetric:"): RFC 1421's names and EDGAR's Originator-Name. */
const PEM_FIELD = /^(?:Proc-Type|Content-Domain|DEK-Info|Originator-(?:Name|ID-Asymmetric|ID-Symmetric|Certificate|Key-Asymmetric)|Key-Info|Issuer-Certificate|MIC-Info|Recipient-ID-(?:Asymmetric|Symmetric)|CRL):/i;

/**
 * A folded continuation of a field: leading white space, then base64 ("  MFkwCgYEVQgBAQICAgAD...", up to 64
 * characters a line); 16 or more of them with a digit, "+" or "/", so an indented word of text is never one.
 */
const PEM_CONTINUATION = /^\s+(?=\S*[0-9+/])[A-Za-z0-9+/=]{16,}\s*$/;

/** True for a line of a PEM preamble after its BEGIN line: a header field or a field's folded continuation. */
export function isPemHeaderLine(line: string): boolean {
  return PEM_FIELD.test(line) || PEM_CONTINUATION.test(line);
}

/** True for the BEGIN or END line of a PEM envelope. */
export function isPemBoundary(line: string): boolean {
  return line.trim() === PEM_BEGIN || line.trim() === PEM_END;
}

/** True when the first non-blank line opens a PEM envelope. */
export function isPemWrapped(lines: readonly string[]): boolean {
  const first = lines.find((line) => line.trim() !== '');
  return first?.trim() === PEM_BEGIN;
}

/**
 * Unwraps a PEM envelope in place of its lines: the BEGIN line, its header
 * fields (Proc-Type, Originator-Name, MIC-Info and their folded base64
 * continuations) and the END line become empty lines, so line numbers keep
 * matching the file; RFC 934 dash stuffing ("- -----" for a rule of dashes) is
 * undone. The preamble ends where its fields end: a text line straight after
 * the fields (no blank line between) is text, kept, and reported. Lines of an
 * unwrapped file come back unchanged.
 */
export function readPem(lines: readonly string[]): { lines: string[]; messages: ParseMessage[] } {
  if (!isPemWrapped(lines)) return { lines: [...lines], messages: [] };
  const out = [...lines];
  const messages: ParseMessage[] = [];
  const begin = out.findIndex((line) => line.trim() === PEM_BEGIN);
  out[begin] = '';
  let i = begin + 1;
  for (; i < out.length && isPemHeaderLine(out[i] ?? ''); i++) out[i] = '';
  if (i < out.length && (out[i] ?? '').trim() !== '') {
    messages.push(parseMessage('envelope', 'no blank line after the PEM header: the line after its fields is read as text', { line: i + 1 }));
  }
  for (; i < out.length; i++) {
    const line = out[i] ?? '';
    if (line.trim() === PEM_END) out[i] = '';
    else out[i] = unstuffDashes(line);
  }
  return { lines: out, messages };
}

/** `readPem` without its messages: the unwrapped lines. */
export function unwrapPem(lines: readonly string[]): string[] {
  return readPem(lines).lines;
}

/** Undoes RFC 934 character stuffing: a line "- -----" was "-----" before the mailer prefixed "- ". */
export function unstuffDashes(line: string): string {
  return line.startsWith('- -') ? line.slice(2) : line;
}
