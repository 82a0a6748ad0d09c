/** `/data/charts/<slug>/<chart>.csv` on the dev server; a build writes them all at once (src/data/downloads.ts). */
import type { APIRoute } from 'astro';
import { chartFile } from '../../../../data/downloads';
import { chartPaths } from '../../../../data/download-routes';
import type { Story } from '../../../../lib/catalog';
import type { ChartData } from '../../../../schemas/chart';

export const getStaticPaths = chartPaths;

export const GET: APIRoute<{ story: Story; chart: ChartData }> = ({ props: { story, chart } }) =>
  new Response(chartFile(story, chart).body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
