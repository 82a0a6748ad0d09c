/**
 * Each chart of a story as an image file of its own, in the story's language: the SVG's text is a
 * per-story download (./downloads.ts); the PNG is drawn from the same image (src/pages/chart-images.json.ts).
 */
import { serialize } from '../charts/image/svg';
import { chartImage, type ChartImage } from '../charts/image/standalone';
import { chartSources, resolveChart } from '../charts/model';
import { chartView } from '../charts/view';
import { withoutBase } from '../lib/base';
import type { Story } from '../lib/catalog';
import { localePath, routes } from '../lib/paths';
import type { ChartData } from '../schemas/chart';

/** The image of one chart of a story; `site` gives the story's address printed in it. */
export function storyChartImage(story: Story, chart: ChartData, site: URL): ChartImage {
  const figures = new Map(story.figures.map((figure) => [figure.id, figure]));
  const resolved = resolveChart(chart, figures, `content/initiatives/${story.slug}/data.yaml`);
  return chartImage({
    view: chartView(resolved, story.locale),
    resolved,
    locale: story.locale,
    sources: chartSources(resolved).flatMap((id) => story.sources.filter((source) => source.id === id)),
    address: new URL(localePath(story.locale, routes.story(story.slug)), site).href,
  });
}

/** Where a chart's image file is, in the site without its base. */
export function chartImagePath(story: Story, chart: ChartData, format: 'svg' | 'png'): string {
  return withoutBase(localePath(story.locale, routes.chartImage(story.slug, chart.id, format)));
}

/** An image as an SVG file's text. */
export function svgFile(image: ChartImage): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(image.root)}\n`;
}

/** Every chart of every story, in each language. */
export function storyCharts(stories: Story[]): { story: Story; chart: ChartData }[] {
  return stories.flatMap((story) => story.data.charts.map((chart) => ({ story, chart })));
}
