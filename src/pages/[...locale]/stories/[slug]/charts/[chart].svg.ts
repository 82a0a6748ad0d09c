/** A chart as an SVG image on the dev server; a build writes them all at once (src/data/downloads.ts). */
import type { APIRoute } from 'astro';
import { storyChartImage, svgFile } from '../../../../../data/chart-images';
import { chartImagePaths } from '../../../../../data/download-routes';
import type { Story } from '../../../../../lib/catalog';
import type { ChartData } from '../../../../../schemas/chart';

export const getStaticPaths = chartImagePaths;

export const GET: APIRoute<{ story: Story; chart: ChartData }> = ({ props, site, url }) =>
  new Response(svgFile(storyChartImage(props.story, props.chart, site ?? url)), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
