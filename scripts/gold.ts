/**
 * `npm run gold -- GOLD.json OUTPUT.md [SOURCE.txt]`: scores a filing's Markdown against a gold
 * annotation and prints what `../shared/tools/gold.py` prints (the last line is the summary).
 * Errors are one line on stderr and exit code 1, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { GoldFileError, readGoldFile } from './gold/gold-file.ts';
import { decodeAsPython } from './gold/python-text.ts';
import { goldLines, scoreGold } from './gold/score-gold.ts';

const USAGE = 'usage: npm run gold -- GOLD.json OUTPUT.md [SOURCE.txt]';

/** The lines to print for the arguments, or the one-line error. */
export function runGold(args: string[]): { stdout: string } | { error: string } {
  const [goldFile, outputFile, sourceFile] = args;
  if (!goldFile || !outputFile || args.length > 3) return { error: USAGE };
  try {
    const gold = readGoldFile(goldFile);
    const markdown = decodeAsPython(readInput(outputFile, 'output'), 'utf-8');
    const source = sourceFile === undefined ? undefined : decodeAsPython(readInput(sourceFile, 'source'), 'latin-1');
    return { stdout: `${goldLines(scoreGold(gold, markdown, source)).join('\n')}\n` };
  } catch (error) {
    if (error instanceof GoldFileError) return { error: `gold: ${error.message}` };
    return { error: `gold: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

/** A file's bytes, or a GoldFileError naming it. */
function readInput(file: string, what: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new GoldFileError(`${file}: cannot read the ${what} file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

// Run only as the entry point, so tests can import runGold.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runGold(process.argv.slice(2));
  if ('error' in result) {
    process.stderr.write(`${result.error}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(result.stdout);
  }
}
