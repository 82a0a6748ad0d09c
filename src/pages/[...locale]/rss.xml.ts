import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { ui } from '../../i18n/ui';
import { storiesIn } from '../../lib/catalog';
import { langTag, type Locale } from '../../lib/locale';
import { localeStaticPaths, localePath, routes } from '../../lib/paths';

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

/** RSS 2.0 feed of one language's stories, newest first. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props, site }) => {
  const { locale } = props;
  const t = ui(locale);
  const catalog = await loadCatalog();
  return rss({
    title: t.siteName,
    description: t.feedDescription,
    site: new URL(localePath(locale, routes.home()), site).href,
    customData: `<language>${langTag(locale).toLowerCase()}</language>`,
    trailingSlash: true,
    items: storiesIn(catalog, locale).map((story) => ({
      title: story.title,
      link: localePath(locale, routes.story(story.slug)),
      pubDate: story.data.published,
      description: story.summary,
      categories: [story.theme[locale], ...story.tags.map((tag) => tag[locale])],
    })),
  });
};
