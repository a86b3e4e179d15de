/**
 * The entry of `npm run build`, run by Node itself (its type stripping) rather than tsx, as
 * scripts/parse-main.ts is: tsx's loader costs a few hundred milliseconds of start-up. Node's compile
 * cache keeps the stripped modules and their V8 code between runs (in the system's temporary folder).
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./build.ts');
