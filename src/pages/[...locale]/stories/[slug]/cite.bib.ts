/** A story's BibTeX entry on the dev server; a build writes them all at once (src/data/downloads.ts). */
import type { APIRoute } from 'astro';
import { citationFile } from '../../../../data/downloads';
import type { Story } from '../../../../lib/catalog';
import { citationPaths } from '../../../../data/download-routes';

export const getStaticPaths = citationPaths;

export const GET: APIRoute<{ story: Story }> = ({ props, site, url }) =>
  new Response(citationFile(props.story, 'bib', site ?? url).body, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
