/** `/data/charts/<slug>/<chart>.csv`: the figures of one chart, both languages, built from the content. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../../../charts/csv';
import { resolveChart } from '../../../../charts/model';
import { loadCatalog } from '../../../../data/catalog';
import { ui } from '../../../../i18n/ui';
import type { Story } from '../../../../lib/catalog';
import type { ChartData } from '../../../../schemas/chart';

export const getStaticPaths = (async () => {
  const { stories } = await loadCatalog();
  // The data is the same in both languages: one file per chart, from either language's story.
  const bySlug = new Map(stories.map((story) => [story.slug, story]));
  return [...bySlug.values()].flatMap((story) =>
    story.data.charts.map((chart) => ({ params: { slug: story.slug, chart: chart.id }, props: { story, chart } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story; chart: ChartData }> = ({ props: { story, chart } }) => {
  const figures = new Map(story.figures.map((figure) => [figure.id, figure]));
  const resolved = resolveChart(chart, figures, `content/initiatives/${story.slug}/data.yaml`);
  const sources = new Map(story.sources.map((source) => [source.id, source]));
  const csv = chartCsv(resolved, sources, { zh: ui('zh').chart.rest, en: ui('en').chart.rest });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
