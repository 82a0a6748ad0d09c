/**
 * The path the site is served under: '' at a domain's root, '/casebook' when `SITE_URL` is
 * https://example.org/casebook/. Astro gives it to the pages and scripts it builds as BASE_URL;
 * tools that run outside Astro (the content check, tests) serve from the root.
 */
const env = (import.meta as ImportMeta & { env?: { BASE_URL?: string } }).env;

/** The base path, without a trailing slash. */
export const BASE = (env?.BASE_URL ?? '/').replace(/\/+$/, '');

/** A site-absolute path with the base in front: '/stories/' → '/casebook/stories/'. */
export function withBase(path: string, base = BASE): string {
  if (!base || !path.startsWith('/') || path.startsWith('//')) return path;
  return path === base || path.startsWith(`${base}/`) ? path : `${base}${path}`;
}

/** A pathname without the base: '/casebook/stories/' → '/stories/'. */
export function withoutBase(pathname: string, base = BASE): string {
  if (!base) return pathname;
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}

/**
 * Site-absolute links in rendered HTML given the base: `href="/x"` → `href="/casebook/x"`. For text
 * the site did not write itself, such as story bodies, where editors link to `/stories/<slug>/`.
 */
export function rebaseHtml(html: string, base = BASE): string {
  if (!base) return html;
  return html.replace(
    /(\s(?:href|src)=")(\/(?!\/)[^"]*)"/g,
    (_, attribute: string, path: string) => `${attribute}${withBase(path, base)}"`,
  );
}

/** The address the site is deployed at when `SITE_URL` is empty or unset. */
export const DEFAULT_SITE = 'https://casebook.example.org/';

const EXAMPLE = 'e.g. https://example.org/casebook/';

/**
 * What `SITE_URL` means: the site's address and its base path, or an error naming what is wrong.
 * The address is checked as written, not as a URL parser would repair it (a parser drops tabs,
 * turns `\` into `/` and resolves `..`), and its path may hold only ASCII letters, digits and
 * `- . _ ~` between single slashes: every tool that reads the base (Astro's router, the sitemap,
 * Pagefind, the search page's own scripts) then sees one spelling of it. A path such as /案例/ or
 * /my%20site/ is refused rather than built with links that some of them would spell differently.
 */
export function siteAddress(value: string | undefined, fallback = DEFAULT_SITE): { site: string; base: string } {
  const text = value?.trim() || fallback;
  const refuse = (what: string) => new Error(`SITE_URL ${JSON.stringify(text)} ${what}, ${EXAMPLE}`);
  // Control characters include those the URL parser would silently drop (tab, newline).
  if (/[\s\u0000-\u001f\u007f]/.test(text))
    throw refuse('holds a space or control character: give the address without them');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse('is not an address: give the full address the site is served at');
  }
  const written = /^(https?):\/\/([^/?#]*)(.*)$/i.exec(text);
  if (!written || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw refuse('must start with https:// (or http://)');
  const [, , authority = '', rest = ''] = written;
  if (authority.includes('@')) throw refuse('must not hold a user name or password: give only the address');
  if (/[?#]/.test(rest)) throw refuse('must not hold a query or fragment: give only the address');
  // Letters of any script are allowed in the host name (it is used in its ASCII form, xn--…).
  if (!/^(?:[\p{L}\p{N}.-]+|\[[\dA-Fa-f:.]+\])(?::\d+)?$/u.test(authority))
    throw refuse('has a host name that is not valid: use letters, digits, "-" and "."');
  if (rest.includes('//')) throw refuse('has an empty part ("//") in its path: separate the parts with single slashes');
  const odd = /[^A-Za-z0-9._~/-]/u.exec(rest)?.[0];
  if (odd)
    throw refuse(
      `has ${JSON.stringify(odd)} in its path: a path may hold only ASCII letters, digits and - . _ ~ (not percent-encoded characters either)`,
    );
  if (rest.split('/').some((part) => part === '.' || part === '..'))
    throw refuse('has "." or ".." as a part of its path: give the path the site is served at');
  const base = rest.replace(/\/$/, '');
  return { site: `${url.origin}${base}/`, base: base || '/' };
}
