/**
 * The bench's parser part: per-file parse times of the seed and the corpus, the corpus's throughput
 * in-process once the JIT is warm, and `npm run parse` on a large synthetic filing (start-up included).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeLargeFiling } from './large-filing.ts';
import { measureParseCommand, measureThroughput, measureWarmThroughput, type CommandThroughput, type Throughput, type WarmThroughput } from './parser-throughput.ts';
import { throughputTable } from './report.ts';
import { median } from './stats.ts';
import { loadSourceFilings } from './synthetic-library.ts';
import { formatBytes, formatMs, formatTable, type TextTable } from './table-printer.ts';

/** Size of the large filing `npm run parse` is timed on: a big prospectus or 10-K with its exhibits. */
export const LARGE_FILING_BYTES = 20_000_000;
/** Passes over the corpus before timing: enough for V8 to optimise the parser's hot functions. */
export const WARMUP_PASSES = 5;

/** What the parser part measured. */
export interface ParserBench {
  seed: Throughput;
  corpus: Throughput;
  corpusWarm: WarmThroughput;
  command: CommandThroughput;
}

/** Measures and prints the parser's figures; the large filing is written into `workDir`. */
export function runParserBench(args: { projectDir: string; seedFile: string; corpusFiles: readonly string[]; workDir: string; runs: number; log: (line: string) => void }): ParserBench {
  const { projectDir, seedFile, corpusFiles, workDir, runs, log } = args;
  const seed = measureThroughput([seedFile], runs);
  const corpus = measureThroughput(corpusFiles, runs);
  console.log(`\n${formatTable(throughputTable([{ name: 'seed', result: seed }, { name: 'corpus', result: corpus }], runs))}`);

  log('   corpus in-process after warm-up');
  const corpusWarm = measureWarmThroughput(corpusFiles, runs, WARMUP_PASSES);
  log(`   npm run parse on a ${formatBytes(LARGE_FILING_BYTES)} synthetic filing`);
  const large = join(workDir, 'large-filing.txt');
  writeFileSync(large, Buffer.from(makeLargeFiling(loadSourceFilings([seedFile, ...corpusFiles]), LARGE_FILING_BYTES), 'latin1'));
  const command = measureParseCommand(projectDir, large, runs);
  console.log(`\n${formatTable(parserSpeedTable(corpusWarm, command, runs))}`);
  return { seed, corpus, corpusWarm, command };
}

/** The two headline figures: the warm corpus in-process and the command on the large filing. */
export function parserSpeedTable(warm: WarmThroughput, command: CommandThroughput, runs: number): TextTable {
  return {
    title: 'Parser speed',
    columns: ['measure', 'bytes', 'median time', 'throughput', 'cpu throughput'],
    rows: [
      [`corpus in-process (${warm.files} files, warm)`, formatBytes(warm.totalBytes), formatMs(median(warm.passesMs)), `${warm.mbPerSecond.toFixed(2)} MB/s`, `${warm.cpuMbPerSecond.toFixed(2)} MB/s`],
      [
        `npm run parse, ${command.file}${command.status === 0 ? '' : ' (FAILED)'}`,
        formatBytes(command.bytes),
        formatMs(command.medianMs),
        `${command.mbPerSecond.toFixed(2)} MB/s`,
        'n/a',
      ],
    ],
    notes: [
      `in-process: ${warm.warmups} untimed passes over the corpus, then the median of ${runs} timed passes; cpu throughput divides by the process's CPU time instead of wall time`,
      `npm run parse: a new process per run, start-up included, median of ${runs} run(s) after one untimed run (which fills Node's compile cache); the filing is synthetic copies of the seed and the corpus in one submission`,
    ],
  };
}
