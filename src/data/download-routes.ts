/**
 * The routes of the per-story downloads, for the dev server only: a build lists and writes the
 * files itself (src/pages/files.json.ts, src/build/files.ts), so it gets no route per file.
 */
import type { GetStaticPaths } from 'astro';
import { localeParam } from '../lib/paths';
import { initiativesOf } from '../lib/open-data';
import { loadCatalog } from './catalog';
import { storyCharts } from './chart-images';
import { storyPerSlug } from './downloads';

// The server's mode, not import.meta.env.PROD, tells: PROD follows NODE_ENV, which a test runner
// sets to "test" for the builds it starts.
const devServer = import.meta.env.MODE === 'development';

/** /<locale>/stories/<slug>/cite.{bib,ris}: one per story and language. */
export const citationPaths = (async () =>
  devServer
    ? (await loadCatalog()).stories.map((story) => ({
        params: { locale: localeParam(story.locale), slug: story.slug },
        props: { story },
      }))
    : []) satisfies GetStaticPaths;

/** /data/initiatives/<slug>.json: one per initiative. */
export const initiativePaths = (async () =>
  devServer
    ? initiativesOf(await loadCatalog()).map((initiative) => ({
        params: { slug: initiative.slug },
        props: { initiative },
      }))
    : []) satisfies GetStaticPaths;

/** /data/charts/<slug>/<chart>.csv: one per chart, language-neutral. */
export const chartPaths = (async () =>
  devServer
    ? storyPerSlug((await loadCatalog()).stories).flatMap((story) =>
        story.data.charts.map((chart) => ({ params: { slug: story.slug, chart: chart.id }, props: { story, chart } })),
      )
    : []) satisfies GetStaticPaths;

/** /<locale>/stories/<slug>/charts/<chart>.{svg,png}: one per chart and language. */
export const chartImagePaths = (async () =>
  devServer
    ? storyCharts((await loadCatalog()).stories).map(({ story, chart }) => ({
        params: { locale: localeParam(story.locale), slug: story.slug, chart: chart.id },
        props: { story, chart },
      }))
    : []) satisfies GetStaticPaths;
