/** The Content-Security-Policy, in one place for the `<meta>` tag and the `_headers` file. */

/** The policy every page carries in its `<meta http-equiv>`; 'wasm-unsafe-eval' is for Pagefind's WebAssembly. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** `_headers` (Netlify / Cloudflare Pages): the same policy plus frame-ancestors, which a meta tag cannot carry. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
