import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { initiativesOf } from '../../lib/open-data';
import { initiativeRecord, jsonResponse } from '../../lib/open-data-package';

/** initiatives.json: one object per published initiative, in both languages. */
export const GET: APIRoute = async ({ site, url }) => {
  const initiatives = initiativesOf(await loadCatalog());
  const records = initiatives.map((initiative) => initiativeRecord(initiative, site ?? url));
  return jsonResponse(records);
};
