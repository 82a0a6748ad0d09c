/** One initiative's data on the dev server; a build writes them all at once (src/data/downloads.ts). */
import type { APIRoute } from 'astro';
import { initiativeFile } from '../../../data/downloads';
import { initiativePaths } from '../../../data/download-routes';
import type { Initiative } from '../../../lib/open-data';

export const getStaticPaths = initiativePaths;

export const GET: APIRoute<{ initiative: Initiative }> = ({ props, site, url }) =>
  new Response(initiativeFile(props.initiative, site ?? url).body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
