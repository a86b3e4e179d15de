import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import './site-context.ts';
import { corpusDir, hasCorpus } from '../shared-corpus.ts';

const seedDist = resolve('dist');
const corpusDist = resolve('.tmp/corpus-dist');

/** Builds the seed and corpus sites once (one after the other: both write content/generated) and serves them. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // PR_REUSE_DIST=1 reuses earlier builds while developing the tests locally.
  const reuse = process.env.PR_REUSE_DIST === '1';
  if (!(reuse && existsSync(resolve(seedDist, 'index.html')))) await buildSite({ out: 'dist' });
  // Without ../shared beside the clone only the seed site is built; the corpus checks are skipped.
  if (hasCorpus && !(reuse && existsSync(resolve(corpusDist, 'index.html')))) {
    await buildSite({ filings: corpusDir, out: '.tmp/corpus-dist' });
  }
  const servers: StaticServer[] = [await serveStatic(seedDist), ...(hasCorpus ? [await serveStatic(corpusDist)] : [])];
  const [seed, corpus] = servers as [StaticServer, StaticServer | undefined];
  project.provide('seedUrl', seed.url);
  project.provide('seedDist', seedDist);
  project.provide('corpusUrl', corpus?.url ?? '');
  project.provide('corpusDist', corpus ? corpusDist : '');
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
