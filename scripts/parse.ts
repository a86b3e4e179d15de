/**
 * `npm run parse -- FILE`: prints one filing as Markdown. Errors are one line
 * on stderr and exit code 1, never a stack trace.
 */
import { pathToFileURL } from 'node:url';
import { filingSlug } from './parser/ids.ts';
import { formatMessage } from './parser/messages.ts';
import { ParseError } from './parser/parse-error.ts';
import { parseFiling } from './parser/parse-filing.ts';
import { readRegularFile } from './regular-file.ts';

/** Parses the file named by the first argument and returns what to print (the Markdown, and the parser's messages for stderr), or the one-line error. */
export function runParse(args: string[]): { stdout: string; messages: string[] } | { error: string } {
  const file = args[0];
  if (!file) return { error: 'usage: npm run parse -- FILE' };
  try {
    // Only a regular file (or a link to one) is read: a pipe or a device would block or never end.
    const read = readRegularFile(file);
    if ('error' in read) return { error: `parse: ${file}: ${read.error}` };
    const parsed = parseFiling(read.bytes, file, filingSlug(file));
    return { stdout: parsed.markdown, messages: parsed.report.messages.map((m) => formatMessage(file, m)) };
  } catch (err) {
    if (err instanceof ParseError) return { error: `parse: ${oneLine(err.message)}` };
    return { error: `parse: ${file}: internal error: ${oneLine(err instanceof Error ? err.message : String(err))}` };
  }
}

/** Messages are printed on one line whatever they contain. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** Runs the command: the Markdown on stdout, the parser's messages (what it assumed) on stderr, exit code 1 on an error. */
export function main(args: string[]): void {
  const result = runParse(args);
  if ('error' in result) {
    process.stderr.write(`${result.error}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(result.stdout);
    // What the parser assumed goes to stderr, so stdout stays the Markdown and the exit code stays 0.
    for (const line of result.messages) process.stderr.write(`${line}\n`);
  }
}

// Run only as the entry point, so tests can import runParse (`npm run parse` goes through parse-main.ts).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
