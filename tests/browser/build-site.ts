import { spawn } from 'node:child_process';

/** Options of `scripts/build.ts`; omitted ones take the build's defaults. */
export interface BuildOptions {
  filings?: string;
  out: string;
  /** More command-line options, such as `--batch-mb 1`. */
  extra?: string[];
}

/** Runs the site build in a child process as `npm run build` does (Node's own type stripping); resolves to its standard output, rejects with its output when it fails. */
export async function buildSite({ filings, out, extra = [] }: BuildOptions): Promise<string> {
  const args = ['scripts/build-main.ts', ...(filings ? ['--filings', filings] : []), '--out', out, ...extra];
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`node ${args.join(' ')} exited with ${code}\n${errors || output.slice(-4000)}`));
    });
  });
}
