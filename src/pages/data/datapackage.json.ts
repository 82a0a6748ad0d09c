import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { initiativesOf } from '../../lib/open-data';
import { datapackage, jsonResponse } from '../../lib/open-data-package';

/** datapackage.json: the Frictionless Data Package describing figures.csv and initiatives.json. */
export const GET: APIRoute = async ({ site, url }) =>
  jsonResponse(datapackage(initiativesOf(await loadCatalog()), site ?? url));
