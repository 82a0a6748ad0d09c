/**
 * The per-story downloads: each story's citation in BibTeX and RIS (per language), each
 * initiative's data as JSON, each chart's figures as CSV and each chart as an SVG image (per
 * language), as files (path in the site, body).
 * The dev server serves each from its own route; a build lists them all in one response and
 * writes them when it is done (src/build/files.ts): 5,000 files at 1,000 stories cost seconds
 * more as Astro routes, each rendered and written on its own.
 */
import { chartCsv } from '../charts/chart-data';
import { chartCsvPath, resolveChart } from '../charts/model';
import { ui } from '../i18n/ui';
import { withoutBase } from '../lib/base';
import type { Story } from '../lib/catalog';
import { bibtex, citable, ris } from '../lib/citation';
import { byLocale, localePath } from '../lib/locale';
import { DATA_FILES, initiativesOf, type Initiative } from '../lib/open-data';
import { initiativeRecord, jsonText } from '../lib/open-data-package';
import { routes } from '../lib/paths';
import type { ChartData } from '../schemas/chart';
import { loadCatalog } from './catalog';
import { chartImagePath, storyChartImage, storyCharts, svgFile } from './chart-images';

/** A file of the built site: its path (without the site's base) and its text. */
export interface SiteFile {
  path: string;
  body: string;
}

/** A story's citation in a reference manager's format, in the story's language. */
export function citationFile(story: Story, format: 'bib' | 'ris', site: URL): SiteFile {
  const record = citable(story, site, ui(story.locale).siteName);
  return {
    path: withoutBase(localePath(story.locale, routes.storyCitation(story.slug, format))),
    body: format === 'bib' ? bibtex(record) : ris(record),
  };
}

/** One initiative's data, as in initiatives.json: the "download this story's data" link. */
export function initiativeFile(initiative: Initiative, site: URL): SiteFile {
  return {
    path: DATA_FILES.initiative(initiative.slug),
    body: jsonText(initiativeRecord(initiative, site)),
  };
}

/** One chart's figures, in every language (the data is the same in every language's story). */
export function chartFile(story: Story, chart: ChartData): SiteFile {
  const figures = new Map(story.figures.map((figure) => [figure.id, figure]));
  const resolved = resolveChart(chart, figures, `content/initiatives/${story.slug}/data.yaml`);
  const sources = new Map(story.sources.map((source) => [source.id, source]));
  return {
    path: chartCsvPath(story.slug, chart.id),
    body: chartCsv(
      resolved,
      sources,
      byLocale((locale) => ui(locale).chart.rest),
    ),
  };
}

/** One chart of a story as an SVG image, in the story's language. */
export function chartSvgFile(story: Story, chart: ChartData, site: URL): SiteFile {
  return { path: chartImagePath(story, chart, 'svg'), body: svgFile(storyChartImage(story, chart, site)) };
}

/** One story per slug (either language), for the files that are the same in every language. */
export function storyPerSlug(stories: Story[]): Story[] {
  return [...new Map(stories.map((story) => [story.slug, story])).values()];
}

/** Every per-story download of the site. */
export async function downloads(site: URL): Promise<SiteFile[]> {
  const catalog = await loadCatalog();
  return [
    ...catalog.stories.flatMap((story) => [citationFile(story, 'bib', site), citationFile(story, 'ris', site)]),
    ...initiativesOf(catalog).map((initiative) => initiativeFile(initiative, site)),
    ...storyPerSlug(catalog.stories).flatMap((story) => story.data.charts.map((chart) => chartFile(story, chart))),
    ...storyCharts(catalog.stories).map(({ story, chart }) => chartSvgFile(story, chart, site)),
  ];
}
