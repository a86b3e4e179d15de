/** The build's command-line options. */

/** Where the filings come from and where the site goes. */
export interface BuildOptions {
  filings: string;
  out: string;
}

/** Reads `--filings DIR` and `--out DIR` (also `--flag=DIR`); anything else is an error sentence. */
export function parseBuildOptions(argv: readonly string[]): BuildOptions | { error: string } {
  const options: BuildOptions = { filings: 'content/filings', out: 'dist' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag !== '--filings' && flag !== '--out') return { error: `unknown option ${arg} (use --filings DIR and --out DIR)` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { error: `${flag} needs a directory` };
    options[flag === '--filings' ? 'filings' : 'out'] = value;
  }
  return options;
}
