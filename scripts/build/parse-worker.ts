/**
 * A parse worker (a thread of the build, see parse-library.ts): takes `{ path, slug, generated }` messages one
 * at a time, builds that filing (parse-filings.ts) and answers with the result. It runs on Node's own
 * type stripping, as `npm run parse` does (no tsx loader in the thread), and its compile cache keeps the
 * parser's and renderer's compiled code on disk for the next thread and the next build.
 */
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';

enableCompileCache();
const { buildFiling } = await import('./parse-filings.ts');

parentPort?.on('message', (job: { path: string; slug: string; generated: string }) => {
  parentPort?.postMessage(buildFiling(job.path, job.slug, job.generated));
});
