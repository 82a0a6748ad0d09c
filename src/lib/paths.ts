/**
 * Neutral paths of the site's pages: a page's path without its language prefix, e.g.
 * `/stories/x/`. `localePath(locale, routes.story(slug))` gives the URL in one language.
 */
export { localeOfPath, localeParam, localePath, localeStaticPaths, neutralPath, translatePath } from './locale';

/** Neutral paths of the site's pages, in one place so links and routes agree. */
export const routes = {
  home: () => '/',
  stories: () => '/stories/',
  story: (slug: string) => `/stories/${slug}/`,
  themes: () => '/themes/',
  theme: (id: string) => `/themes/${id}/`,
  places: () => '/places/',
  place: (id: string) => `/places/${id}/`,
  tags: () => '/tags/',
  tag: (id: string) => `/tags/${id}/`,
  about: () => '/about/',
  search: () => '/search/',
  rss: () => '/rss.xml',
  figures: () => '/figures/',
  /** A story's citation file: BibTeX (`bib`) or RIS (`ris`). */
  storyCitation: (slug: string, format: 'bib' | 'ris') => `/stories/${slug}/cite.${format}`,
} as const;

/**
 * The site's own pages written as content, `content/pages/<page>/<lang>.md`, by folder name, with
 * the neutral path each is shown at. A folder not listed here is no page of the site.
 */
export const CONTENT_PAGES: Readonly<Record<string, string>> = { about: routes.about() };
