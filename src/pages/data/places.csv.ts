/** `/data/places.csv`: the map's data, each place with its names and number of published stories. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { placesCsv } from '../../lib/open-data-lists';

export const GET: APIRoute = async () =>
  new Response(placesCsv(await loadCatalog()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
