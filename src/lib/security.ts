/**
 * The site's security policy, in one place: the Content Security Policy every built page carries
 * in a <meta> tag, and the same policy plus the usual headers in `_headers` for static hosts that
 * read it (Netlify, Cloudflare Pages). Everything comes from the site's own origin; Pagefind's
 * search needs WebAssembly (`'wasm-unsafe-eval'`) (Pagefind runs without a worker here).
 */

/** Content Security Policy directives, in order. */
export const CSP_DIRECTIVES: readonly [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy as one header value. */
export function contentSecurityPolicy(directives = CSP_DIRECTIVES): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Headers for every response. `frame-ancestors` works only as a header, not in <meta>. */
export function securityHeaders(): [string, string][] {
  return [
    ['Content-Security-Policy', `${contentSecurityPolicy()}; frame-ancestors 'none'`],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
    ['X-Frame-Options', 'DENY'],
  ];
}

/** The `_headers` file: every path gets the security headers. */
export function headersFile(): string {
  return ['/*', ...securityHeaders().map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}
