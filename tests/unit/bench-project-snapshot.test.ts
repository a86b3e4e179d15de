import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { skippedInSnapshot, snapshotProject } from '../../scripts/bench/project-snapshot.ts';

const work = mkdtempSync(join(tmpdir(), 'snapshot-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('leaves out history, dependencies, outputs and caches', () => {
  expect(['.git', 'node_modules', 'dist', '.astro', '.tmp', join('content', 'generated'), join('content', 'generated', 'a.md')].every(skippedInSnapshot)).toBe(true);
  expect(['src', join('content', 'filings', 'a.txt'), 'astro.config.mjs', join('scripts', 'dist', 'x.ts')].some(skippedInSnapshot)).toBe(false);
});

test('copies what a build needs and nothing it writes', () => {
  const project = join(work, 'project');
  for (const dir of ['scripts', 'src/pages', 'content/filings', 'content/generated', 'node_modules/x', '.git']) mkdirSync(join(project, dir), { recursive: true });
  writeFileSync(join(project, 'scripts/build.ts'), 'build');
  writeFileSync(join(project, 'src/pages/index.astro'), 'page');
  writeFileSync(join(project, 'content/filings/a.txt'), 'filing');
  writeFileSync(join(project, 'content/generated/a.md'), 'old output');
  writeFileSync(join(project, 'node_modules/x/index.js'), 'dep');
  const copy = snapshotProject(project, join(work, 'copy'));
  expect(readFileSync(join(copy, 'src/pages/index.astro'), 'utf8')).toBe('page');
  expect(existsSync(join(copy, 'content/filings/a.txt'))).toBe(true);
  expect(existsSync(join(copy, 'content/generated'))).toBe(false);
  expect(existsSync(join(copy, 'node_modules'))).toBe(false);
  expect(existsSync(join(copy, '.git'))).toBe(false);
});
