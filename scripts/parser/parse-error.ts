/**
 * The one error the parser raises on purpose: bad input, described in one line
 * that names the file (and the line where that helps). Callers print `message`
 * and exit non-zero; they never print a stack.
 */
export class ParseError extends Error {
  override name = 'ParseError';
  readonly reason: string;
  readonly file: string;
  readonly line?: number;
  constructor(reason: string, file: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.reason = reason;
    this.file = file;
    this.line = line;
  }
}
