import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale';

/**
 * URLs. Every page exists in both languages: Chinese at the root, English under `/en/`.
 * A "neutral" path is the page's path without the language prefix, e.g. `/stories/x/`.
 */

/** The URL of a neutral path in a language: ('en', '/stories/x/') → '/en/stories/x/'. */
export function localePath(locale: Locale, neutral: string): string {
  const path = neutral.startsWith('/') ? neutral : `/${neutral}`;
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** The language a URL path belongs to. */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh';
}

/** The path without its language prefix: '/en/stories/x/' → '/stories/x/'. */
export function neutralPath(pathname: string): string {
  if (localeOfPath(pathname) === DEFAULT_LOCALE) return pathname;
  const rest = pathname.slice('/en'.length);
  return rest === '' ? '/' : rest;
}

/** The same page in another language: '/stories/x/' ↔ '/en/stories/x/'; query and hash kept. */
export function translatePath(pathname: string, target: Locale): string {
  const match = /^([^?#]*)(.*)$/.exec(pathname)!;
  return localePath(target, neutralPath(match[1]!)) + match[2]!;
}

/** Neutral paths of the site's pages, in one place so links and routes agree. */
export const routes = {
  home: () => '/',
  stories: () => '/stories/',
  story: (slug: string) => `/stories/${slug}/`,
  theme: (id: string) => `/themes/${id}/`,
  place: (id: string) => `/places/${id}/`,
  tags: () => '/tags/',
  tag: (id: string) => `/tags/${id}/`,
  about: () => '/about/',
  rss: () => '/rss.xml',
  figures: () => '/figures/',
  /** A story's citation file: BibTeX (`bib`) or RIS (`ris`). */
  storyCitation: (slug: string, format: 'bib' | 'ris') => `/stories/${slug}/cite.${format}`,
} as const;

/** Route param for `[...locale]` pages: undefined puts the page at the root. */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** The story slug of a story page's path: '/en/stories/x/' → 'x'; undefined elsewhere. */
export function storyOfPath(pathname: string): string | undefined {
  return /^(?:\/en)?\/stories\/([^/]+)\/?$/.exec(pathname)?.[1];
}

/** Static paths for a page that exists once per language: `/x/` and `/en/x/`. */
export function localeStaticPaths(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}
