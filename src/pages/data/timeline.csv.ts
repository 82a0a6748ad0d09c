/** `/data/timeline.csv`: the timeline's data, each published story with its titles and period. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { timelineCsv } from '../../lib/open-data-lists';

export const GET: APIRoute = async () =>
  new Response(timelineCsv(await loadCatalog()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
