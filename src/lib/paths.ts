/**
 * Neutral paths of the site's pages: a page's path without its language prefix, e.g.
 * `/stories/x/`. `localePath(locale, routes.story(slug))` gives the URL in one language.
 */
import { neutralPath } from './locale';

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
  /** The figures of one theme's stories. */
  figuresTheme: (id: string) => `/figures/${id}/`,
  /** A story's citation file: BibTeX (`bib`) or RIS (`ris`). */
  storyCitation: (slug: string, format: 'bib' | 'ris') => `/stories/${slug}/cite.${format}`,
  /** A chart of a story as an image file of its own, SVG or PNG, in the story's language. */
  chartImage: (slug: string, chart: string, format: 'svg' | 'png') => `/stories/${slug}/charts/${chart}.${format}`,
  /** The folder of the charts' embed pages. */
  embeds: () => '/embed/',
  /** A chart of a story on a page of its own that other sites may frame. */
  embed: (slug: string, chart: string) => `/embed/${slug}/${chart}/`,
} as const;

/**
 * The site's own pages written as content, `content/pages/<page>/<lang>.md`, by folder name, with
 * the neutral path each is shown at. A folder not listed here is no page of the site.
 */
export const CONTENT_PAGES: Readonly<Record<string, string>> = { about: routes.about() };
/** Whether a URL path (without the base) is a chart's embed page, in any language. */
export function isEmbedPath(pathname: string): boolean {
  return neutralPath(pathname).startsWith(routes.embeds());
}
