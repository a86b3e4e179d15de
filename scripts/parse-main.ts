/**
 * The entry of `npm run parse`, run by Node itself (its type stripping) rather than tsx: start-up
 * dominates a small filing, and tsx's loader costs about as much as the parse. Node's compile cache
 * keeps the stripped modules and their V8 code between runs (in the system's temporary folder), so
 * every run after the first skips both; the first run just fills it.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
const { main } = await import('./parse.ts');
main(process.argv.slice(2));
