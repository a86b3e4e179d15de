/** Runs the project's command-line scripts as a user would, for the *-cli tests. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** What a script run left: exit status, stdout, and stderr lines without npm's own warnings. */
export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string[];
}

/** Runs `npx tsx SCRIPT ...args` from the project root. */
export function runScript(script: string, ...args: string[]): ScriptRun {
  const run = spawnSync('npx', ['tsx', script, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  // npm may warn about the machine's own config; only our lines count.
  const stderr = run.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'));
  return { status: run.status, stdout: run.stdout, stderr };
}

/** Exit 1 with exactly one stderr line matching `pattern`, no stack frame, nothing on stdout. */
export function expectOneLineError(result: ScriptRun, pattern: RegExp): void {
  expect(result.status).toBe(1);
  expect(result.stderr).toHaveLength(1);
  expect(result.stderr[0]).toMatch(pattern);
  expect(result.stderr.join('\n')).not.toMatch(/\n\s+at /);
  expect(result.stdout).toBe('');
}
