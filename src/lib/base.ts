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

/** Where the site is deployed when `SITE_URL` is not set. */
export const DEFAULT_SITE_URL = 'https://casebook.example.org/';

/** What `SITE_URL` means: the site's address and its base path, or an error naming what is wrong. */
export function siteAddress(value: string | undefined, fallback: string): { site: string; base: string } {
  const text = value?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `SITE_URL "${text}" is not an address: give the full address the site is served at, e.g. https://example.org/casebook/`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL "${text}" must start with https:// (or http://), e.g. https://example.org/casebook/`);
  if (url.search || url.hash)
    throw new Error(
      `SITE_URL "${text}" must not hold a query or fragment: give only the address, e.g. https://example.org/casebook/`,
    );
  const base = url.pathname.replace(/\/+$/, '');
  return { site: `${url.origin}${base}/`, base: base || '/' };
}
