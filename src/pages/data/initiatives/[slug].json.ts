import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { initiativesOf, type Initiative } from '../../../lib/open-data';
import { initiativeRecord, jsonResponse } from '../../../lib/open-data-package';

export const getStaticPaths = (async () =>
  initiativesOf(await loadCatalog()).map((initiative) => ({
    params: { slug: initiative.slug },
    props: { initiative },
  }))) satisfies GetStaticPaths;

/** One initiative's data, as in initiatives.json: the "download this story's data" link. */
export const GET: APIRoute<{ initiative: Initiative }> = ({ props, site, url }) =>
  jsonResponse(initiativeRecord(props.initiative, site ?? url));
