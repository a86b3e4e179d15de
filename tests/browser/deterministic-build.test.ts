import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { listFiles } from '../../scripts/check-site/list-site-pages.ts';
import { buildSite } from './build-site.ts';
import { corpusDir, hasCorpus } from '../shared-corpus.ts';

const corpus = corpusDir;
// The second build goes outside the project: its batches at once must not share Astro's working files (they did).
const outs = ['.tmp/determinism-a', join(tmpdir(), `determinism-b-${process.pid}`)];
afterAll(() => {
  for (const out of outs) rmSync(out, { recursive: true, force: true });
});

test.skipIf(!hasCorpus)(
  'building the corpus twice, in one Astro batch and then in several at once into a folder outside the project, gives byte-identical sites',
  { timeout: 600_000 },
  async () => {
    // One after the other: every build rewrites content/generated.
    rmSync(outs[0]!, { recursive: true, force: true });
    expect(await buildSite({ filings: corpus, out: outs[0]! })).toMatch(/^astro: \d+ ms \(1 batch\)$/m);
    rmSync(outs[1]!, { recursive: true, force: true });
    const batched = await buildSite({ filings: corpus, out: outs[1]!, extra: ['--batch-mb', '1', '--jobs', '2'] });
    expect(Number(/^astro: \d+ ms \((\d+) batches\)$/m.exec(batched)?.[1])).toBeGreaterThan(1);

    const [a, b] = outs.map((out) => listFiles(out)) as [string[], string[]];
    expect(a.length).toBeGreaterThan(0);
    const onlyIn = (mine: string[], theirs: string[]) => mine.filter((file) => !theirs.includes(file));
    expect({ onlyInFirst: onlyIn(a, b), onlyInSecond: onlyIn(b, a) }).toEqual({ onlyInFirst: [], onlyInSecond: [] });
    const differing = a.filter((file) => !readFileSync(join(outs[0]!, file)).equals(readFileSync(join(outs[1]!, file))));
    console.log(`deterministic build: ${a.length} files compared, ${differing.length} differ`);
    expect(differing).toEqual([]);
  },
);
