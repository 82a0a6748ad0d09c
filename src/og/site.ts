/**
 * The site's social cards, from the content collections: the endpoint draws them, the layout
 * points each page's Open Graph tags at its card.
 */
import { loadCatalog } from '../data/catalog';
import { sitePage } from '../data/pages';
import { LOCALES, type Locale } from '../lib/locale';
import { routes } from '../lib/paths';
import { cardAlt, cardParam, cardPath, siteCards, type Card } from './cards';

let cached: Promise<Map<string, Card>> | undefined;

/** Every card of the site, keyed by its address under /og/ (`<code>/stories/x`); built once per build. */
export function loadCards(): Promise<Map<string, Card>> {
  cached ??= (async () => {
    const catalog = await loadCatalog();
    const aboutTitle = {} as Record<Locale, string>;
    for (const locale of LOCALES) {
      aboutTitle[locale] = (await sitePage('about', locale)).data.title;
    }
    return new Map(siteCards(catalog, aboutTitle).map((card) => [cardParam(card.locale, card.neutral), card]));
  })();
  return cached;
}

/**
 * The card of a page, as its Open Graph tags need it: the PNG's path and the card's text.
 * A page without a card of its own (the 404 page) gets the home page's.
 */
export async function socialCard(locale: Locale, neutral: string): Promise<{ path: string; alt: string }> {
  const cards = await loadCards();
  const card = cards.get(cardParam(locale, neutral)) ?? cards.get(cardParam(locale, routes.home()))!;
  return { path: cardPath(card), alt: cardAlt(card) };
}
