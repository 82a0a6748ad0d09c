/** `/data/timeline.csv`: the timeline's data, each published story with its titles and period. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../charts/csv';
import { loadCatalog } from '../../data/catalog';
import { LOCALES } from '../../lib/locale';
import { storiesIn } from '../../lib/catalog';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  const byLocale = new Map(LOCALES.map((locale) => [locale, storiesIn(catalog, locale)]));
  const rows = byLocale.get(LOCALES[0])!.map((story) => {
    const [start, end] = story.data.period.includes('/') ? story.data.period.split('/') : [story.data.period, ''];
    return [
      story.slug,
      ...LOCALES.map((locale) => byLocale.get(locale)!.find((other) => other.slug === story.slug)!.title),
      story.data.period,
      start === '..' ? '' : start!,
      end || start!,
    ];
  });
  const header = ['story', ...LOCALES.map((locale) => `title_${locale}`), 'period', 'start', 'end'];
  return new Response(toCsv([header, ...rows]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
