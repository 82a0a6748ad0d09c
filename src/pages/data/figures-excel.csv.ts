import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { excelCsv, figuresCsv, initiativesOf } from '../../lib/open-data';

/** figures.csv with a byte-order mark, so that Excel reads it as UTF-8 and shows the Chinese labels. */
export const GET: APIRoute = async () =>
  new Response(excelCsv(figuresCsv(initiativesOf(await loadCatalog()))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
