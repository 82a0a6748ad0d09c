import { getEntry } from 'astro:content';
import { fallbackChain, type Locale } from '../lib/locale';

/** One of the site's own pages (content/pages/<page>/<lang>.md) in a language, or in its fallback. */
export async function sitePage(page: string, locale: Locale) {
  for (const code of fallbackChain(locale)) {
    const entry = await getEntry('pages', `${page}/${code}`);
    // A page the Markdown guard refused is stored without its text: no page is better than half of one.
    if (entry && !entry.rendered)
      throw new Error(
        `content/pages/${page}/${code}.md could not be rendered: it holds something pages may not. \`npm run check:content\` explains each problem.`,
      );
    if (entry) return entry;
  }
  throw new Error(`content/pages/${page}/${locale}.md is missing`);
}
