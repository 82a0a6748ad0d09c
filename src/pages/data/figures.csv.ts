import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { figuresCsv, initiativesOf } from '../../lib/open-data';

/** figures.csv: every figure of every published initiative, one row each (described in datapackage.json). */
export const GET: APIRoute = async () =>
  new Response(figuresCsv(initiativesOf(await loadCatalog())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
