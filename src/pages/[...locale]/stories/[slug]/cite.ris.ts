import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../../data/catalog';
import { ui } from '../../../../i18n/ui';
import type { Story } from '../../../../lib/catalog';
import { citable, ris } from '../../../../lib/citation';
import { localeParam } from '../../../../lib/paths';

export const getStaticPaths = (async () =>
  (await loadCatalog()).stories.map((story) => ({
    params: { locale: localeParam(story.locale), slug: story.slug },
    props: { story },
  }))) satisfies GetStaticPaths;

/** The story's RIS record, in its language, for reference managers. */
export const GET: APIRoute<{ story: Story }> = ({ props, site, url }) =>
  new Response(ris(citable(props.story, site ?? url, ui(props.story.locale).siteName)), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
