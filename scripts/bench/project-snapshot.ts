/**
 * A private copy of the project for the benchmark's builds: the build writes
 * content/generated and Astro caches inside its root, so building in the shared
 * checkout would clobber (and be clobbered by) anyone else's build. The copy
 * sits under the project's .tmp/, so Node still finds the project's node_modules
 * by walking up, and it freezes the code being measured for the whole run.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Top-level entries not needed to build, or that are outputs, caches or history. */
const SKIP = new Set(['.git', 'node_modules', '.tmp', 'dist', '.astro', 'bench-results', 'tests', '.ci', 'coverage']);

/** Paths below the top level that are outputs of a build. */
const SKIP_NESTED = [join('content', 'generated')];

/** True for a path (relative to the project) the snapshot leaves out. */
export function skippedInSnapshot(rel: string): boolean {
  const top = rel.split(sep)[0] ?? '';
  return SKIP.has(top) || SKIP_NESTED.some((p) => rel === p || rel.startsWith(p + sep));
}

/** Copies what a build needs from `projectDir` into `destDir` and returns `destDir`. */
export function snapshotProject(projectDir: string, destDir: string): string {
  for (const entry of readdirSync(projectDir)) {
    if (skippedInSnapshot(entry)) continue;
    cpSync(join(projectDir, entry), join(destDir, entry), {
      recursive: true,
      filter: (src) => !skippedInSnapshot(relative(projectDir, src)),
    });
  }
  if (!existsSync(join(destDir, 'scripts', 'build.ts'))) throw new Error(`${projectDir} has no scripts/build.ts to benchmark`);
  return destDir;
}
