/** A chart as a PNG image on the dev server, drawn when asked for; a build draws them all at once (src/pages/files.json.ts). */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { ChartPngRenderer } from '../../../../../charts/image/png-fs';
import { storyChartImage } from '../../../../../data/chart-images';
import { chartImagePaths } from '../../../../../data/download-routes';
import type { Story } from '../../../../../lib/catalog';
import type { ChartData } from '../../../../../schemas/chart';

export const getStaticPaths = chartImagePaths;

let renderer: ChartPngRenderer | undefined;

export const GET: APIRoute<{ story: Story; chart: ChartData }> = async ({ props, site, url }) => {
  renderer ??= new ChartPngRenderer();
  const file = await renderer.file(storyChartImage(props.story, props.chart, site ?? url), url.pathname);
  return new Response(new Uint8Array(await readFile(file)), { headers: { 'Content-Type': 'image/png' } });
};
