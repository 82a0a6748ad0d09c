import { getEntry } from 'astro:content';
import { fallbackChain, type Locale } from '../lib/locale';

/** One of the site's own pages (content/pages/<page>/<lang>.md) in a language, or in its fallback. */
export async function sitePage(page: string, locale: Locale) {
  for (const code of fallbackChain(locale)) {
    const entry = await getEntry('pages', `${page}/${code}`);
    if (entry) return entry;
  }
  throw new Error(`content/pages/${page}/${locale}.md is missing`);
}
