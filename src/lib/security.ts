/**
 * The site's security policy, in one place: the Content Security Policy every built page carries
 * in a <meta> tag, and the same policy plus the usual headers in `_headers` for static hosts that
 * read it (Netlify, Cloudflare Pages). Everything comes from the site's own origin; Pagefind's
 * search needs WebAssembly (`'wasm-unsafe-eval'`) (Pagefind runs without a worker here).
 *
 * Framing is the one difference between pages, and only a header can say it (`frame-ancestors`
 * is ignored in <meta>): a chart's embed page (/embed/…, /en/embed/…) may be framed by any site;
 * every other path may not. Hosts merge the headers of overlapping `_headers` rules differently
 * (Netlify lets the later rule win, Cloudflare joins both values, which for two policies means
 * both apply), so the framing headers are given by rules that never overlap: one per top-level
 * file or folder of the built site, and the embed folders' own. GitHub Pages reads no `_headers`:
 * there only the <meta> policy applies, and nothing forbids framing.
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

/** Which sites may frame a page: none, or (embed pages) any. */
export type Framing = 'none' | 'any';

/** Headers every response gets, whatever its path. */
export function commonHeaders(): [string, string][] {
  return [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
  ];
}

/** The policy and framing headers of a path: `frame-ancestors` works only as a header, not in <meta>. */
export function framingHeaders(framing: Framing): [string, string][] {
  return framing === 'none'
    ? [
        ['Content-Security-Policy', `${contentSecurityPolicy()}; frame-ancestors 'none'`],
        ['X-Frame-Options', 'DENY'],
      ]
    : [
        ['Content-Security-Policy', `${contentSecurityPolicy()}; frame-ancestors *`],
        ['X-Robots-Tag', 'noindex'],
      ];
}

/** One rule of a `_headers` file: a path (`*` matches anything, `/` included) and its headers. */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** A file or folder of the built site, as the rules need it. */
export interface SiteEntry {
  name: string;
  folder: boolean;
}

/**
 * The rules for a built site: the common headers for every path, then framing headers by rules
 * that do not overlap. `list(path)` gives the entries of a folder of the site ('/', '/en/');
 * `embeds` are the embed folders ('/embed/', '/en/embed/'); `base` is the site's base path. A folder
 * that holds an embed folder gets a rule for its own address and one per entry instead of one
 * for all it holds.
 */
export function headerRules(list: (path: string) => SiteEntry[], embeds: string[], base = ''): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: `${base}/*`, headers: commonHeaders() }];
  const add = (path: string, framing: Framing) =>
    rules.push({ path: `${base}${path}`, headers: framingHeaders(framing) });
  const walk = (folder: string) => {
    add(folder, 'none');
    for (const entry of [...list(folder)].sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${folder}${entry.name}${entry.folder ? '/' : ''}`;
      if (!entry.folder) add(path, 'none');
      else if (embeds.includes(path)) add(`${path}*`, 'any');
      else if (embeds.some((embed) => embed.startsWith(path))) walk(path);
      else add(`${path}*`, 'none');
    }
  };
  walk('/');
  return rules;
}

/** The `_headers` file of a list of rules. */
export function headersFile(rules: HeaderRule[]): string {
  return `${rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n')}\n`;
}

/** Reads a `_headers` file (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      if (name && rules.length) rules.at(-1)!.headers.push([name.trim(), value!.trim()]);
    }
  }
  return rules;
}

/** Whether a rule's path matches a URL path; `*` matches any characters, slashes included. */
export function ruleMatches(rule: string, path: string): boolean {
  const pattern = rule
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(path);
}

/**
 * The headers a host sends for a path, the strictest way hosts read `_headers`: every matching
 * rule applies, and values of a header given by more than one are joined with a comma.
 */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((candidate) => ruleMatches(candidate.path, path)))
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  return headers;
}
