import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SITE, siteAddress } from '../lib/base';
import { FACETS, facetIndexPath, facetValuePath } from '../lib/facets';
import { localeOfPath, localePath, neutralPath, type Locale } from '../lib/locale';
import { DATA_FILES } from '../lib/open-data';
import { CONTENT_PAGES, routes } from '../lib/paths';
import type { Problem } from '../lib/problems';
import { say, type Said } from '../i18n/editor/say';
import type { InitiativeData } from '../schemas/initiative';
import { browserUrl } from './mdx-policy';
import { present } from './read-text';

/**
 * Links from stories and pages to the site itself, resolved the way a browser resolves them from
 * the page the text is shown on, and checked against the pages a build makes: a link to the
 * site's own address, a path (/en/stories/x/) and a relative link (../x/) all have to land on a
 * page that exists, in the text's own language.
 */

/** A link found in a text, to be checked once every story has been read. */
export interface SiteLink {
  file: string;
  line: number;
  column: number;
  url: string;
  /** The language of the text it is in. */
  locale: Locale;
  /** The site path the text is shown at (`/en/stories/x/`), from which relative links start. */
  page: string;
  /** Whether the text is published: a published text may not link to a draft. */
  published: boolean;
}

/** What the site is made of, as far as links are concerned. */
export interface SiteMap {
  /** The site's own address, e.g. https://casebook.example.org/ or https://example.org/casebook/. */
  site: string;
  /** Stories by slug. */
  initiatives: ReadonlyMap<string, InitiativeData>;
  /** Story folders, valid or not: a link to one is not a link to a missing story. */
  slugs: ReadonlySet<string>;
  /** Files served as they are, from public/ (`/favicon.svg`). */
  publicFiles?: ReadonlySet<string>;
}

/** The site's own address as the build sees it, for links written as full addresses. */
export function siteUrl(): string {
  try {
    return siteAddress(process.env.SITE_URL, DEFAULT_SITE).site;
  } catch {
    return DEFAULT_SITE; // the build itself stops on a malformed SITE_URL, saying why
  }
}

/** Files served from public/ as they are, as site paths (`/favicon.svg`). */
export function publicFiles(root: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string, prefix: string) => {
    if (!present(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) found.add(`${prefix}${entry.name}`);
  };
  walk(join(root, 'public'), '/');
  return found;
}

/** A host no site has: relative links are resolved against it, then compared. */
const HERE = 'https://site.invalid';

/**
 * The site path a link leads to (without the site's base path, query or fragment), or undefined
 * when it leaves the site or stays on the same page (`#section`).
 */
export function sitePathOf(url: string, page: string, site: string): string | undefined {
  const clean = browserUrl(url);
  if (!clean || clean.startsWith('#') || clean.startsWith('?')) return undefined;
  const own = new URL(site);
  const base = own.pathname.replace(/\/+$/, '');
  let target: URL;
  try {
    target = new URL(clean, `${HERE}${page}`);
  } catch {
    return undefined;
  }
  if (target.origin !== HERE) {
    if ((target.protocol !== 'https:' && target.protocol !== 'http:') || target.host !== own.host) return undefined;
    if (base && target.pathname !== base && !target.pathname.startsWith(`${base}/`)) return undefined;
    target = new URL(target.pathname.slice(base.length) || '/', HERE);
  } else if (base && (target.pathname === base || target.pathname.startsWith(`${base}/`)) && clean.startsWith('/')) {
    // An editor who wrote the base path too means the same page.
    target = new URL(target.pathname.slice(base.length) || '/', HERE);
  }
  try {
    return decodeURIComponent(target.pathname);
  } catch {
    return target.pathname;
  }
}

/** Every page of the site in one language, without its prefix; and the files that exist once. */
function pagesOf(map: SiteMap): { localized: Set<string>; shared: Set<string> } {
  const published = [...map.initiatives].filter(([, data]) => data.status === 'published');
  const localized = new Set<string>([
    routes.home(),
    routes.stories(),
    routes.figures(),
    routes.search(),
    routes.rss(),
    ...Object.values(CONTENT_PAGES),
  ]);
  for (const [slug] of published)
    for (const path of [routes.story(slug), routes.storyCitation(slug, 'bib'), routes.storyCitation(slug, 'ris')])
      localized.add(path);
  const catalogStories = published.map(([, data]) => ({ data, years: [] }));
  for (const facet of FACETS) {
    const index = facetIndexPath(facet);
    if (index) localized.add(index);
    for (const story of catalogStories)
      for (const id of facet.of(story)) {
        const path = facetValuePath(facet, id);
        if (path) localized.add(path);
      }
  }
  const shared = new Set<string>([
    DATA_FILES.figuresCsv,
    DATA_FILES.figuresExcelCsv,
    DATA_FILES.initiatives,
    DATA_FILES.datapackage,
    DATA_FILES.places,
    DATA_FILES.timeline,
    '/sitemap-index.xml',
    '/robots.txt',
    ...(map.publicFiles ?? []),
  ]);
  for (const [slug, data] of published) {
    shared.add(DATA_FILES.initiative(slug));
    for (const chart of data.charts ?? []) shared.add(`/data/charts/${slug}/${chart.id}.csv`);
  }
  return { localized, shared };
}

/** Problems with the site links found in the texts: pages that do not exist, or are in another language. */
export function checkSiteLinks(links: SiteLink[], map: SiteMap, problems: Problem[]): void {
  if (!links.length) return;
  const { localized, shared } = pagesOf(map);
  for (const link of links) {
    const path = sitePathOf(link.url, link.page, map.site);
    if (path === undefined || shared.has(path)) continue;
    const at = (said: Said) => problems.push({ file: link.file, line: link.line, column: link.column, ...said });
    // What the link was written as, and where it leads when that is not plain from it.
    const [url, resolved] = link.url.startsWith('/') ? [path, ''] : [link.url, path];
    const neutral = neutralPath(path);
    const locale = localeOfPath(path);
    const story = /^\/stories\/([^/]+)\/$/.exec(neutral)?.[1];
    const fixed = (target: string) => localePath(link.locale, target);
    if (!localized.has(neutral)) {
      if (localized.has(`${neutral}/`)) at(say('linkNoSlash', url, resolved, fixed(`${neutral}/`)));
      else if (story && map.slugs.has(story)) {
        // The story's folder is there but has no page: a draft (a broken data.yaml is reported on its own).
        if (map.initiatives.get(story)?.status === 'draft' && link.published) at(say('linkToDraft', story));
      } else if (story) at(say('linkNoStory', url, resolved, [...map.slugs]));
      else at(say('linkNoPage', url, resolved, fixed(routes.story('<slug>')), fixed(routes.about())));
      continue;
    }
    if (locale !== link.locale) at(say('linkOtherLanguage', path, fixed(neutral)));
  }
}
