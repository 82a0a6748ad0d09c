/**
 * Social cards (Open Graph images): what each card says, where it is served, and its text
 * alternative. Pure code: the layout is in `layout.ts`, drawing in the Node-only `render.ts`.
 */
import { ui } from '../i18n/ui';
import { FACETS, facetCounts, facetIndexPath, facetValuePath } from '../lib/facets';
import { leadFigure, storiesIn, type Catalog, type Story } from '../lib/catalog';
import { figurePeriod, figureText } from '../lib/figures';
import { LOCALES, type Locale } from '../lib/locale';
import { routes } from '../lib/paths';

/** What every card shows. */
interface CardCommon {
  locale: Locale;
  /** The page's path without its language prefix, e.g. `/stories/x/`. */
  neutral: string;
  siteName: string;
  /** The page's title; a story's is split into a headline and a subtitle by `splitTitle`. */
  title: string;
}

/** A story's card: its title and first key figure, or its summary when it has none. */
export interface StoryCard extends CardCommon {
  kind: 'story';
  /** Theme name, shown as the card's kicker. */
  theme: string;
  figure?: { value: string; label: string; period: string };
  summary: string;
}

/** A card for any other page: site name, page title and tagline. */
export interface PageCard extends CardCommon {
  kind: 'page';
  tagline: string;
  /** Section the page belongs to (theme, place, tags), shown as the kicker. */
  kicker?: string;
  /** Under the title: the site's other names on the home page, else how many stories the page lists. */
  subtitle?: string;
}

/** One social card. */
export type Card = StoryCard | PageCard;

/** A story's card, with its first key figure formatted as the story page shows it. */
export function storyCard(story: Story): StoryCard {
  const t = ui(story.locale);
  const figure = leadFigure(story);
  return {
    kind: 'story',
    locale: story.locale,
    neutral: routes.story(story.slug),
    siteName: t.siteName,
    title: story.title,
    theme: story.theme[story.locale],
    figure: figure && {
      value: figureText(figure, story.locale),
      label: figure.label[story.locale],
      period: figurePeriod(figure, story.locale),
    },
    summary: story.summary,
  };
}

/** The site's names in every language but `own`, each once: "贵阳实事案例集 · …". */
function otherNames(own: string): string {
  const names = new Set(LOCALES.map((locale) => ui(locale).siteName));
  names.delete(own);
  return [...names].join(' · ');
}

/**
 * A card for a page that is not a story. `stories` is how many stories the page lists, if it
 * lists any; the home page's card gives the site's name in its other languages instead, each
 * name once (a language with a fallback may share its name with another).
 */
export function pageCard(
  locale: Locale,
  neutral: string,
  title: string,
  { kicker, stories }: { kicker?: string; stories?: number } = {},
): PageCard {
  const t = ui(locale);
  const home = neutral === routes.home();
  return {
    kind: 'page',
    locale,
    neutral,
    siteName: t.siteName,
    title,
    tagline: t.siteTagline,
    kicker,
    subtitle: home ? otherNames(t.siteName) || undefined : stories === undefined ? undefined : t.storyCount(stories),
  };
}

/**
 * Every card of the site: each story, the home page, the story and tag listings, the about page,
 * and each theme, place and tag page, in every language. `aboutTitle` is the about page's title.
 */
export function siteCards(catalog: Catalog, aboutTitle: Record<Locale, string>): Card[] {
  return LOCALES.flatMap((locale) => {
    const t = ui(locale);
    const stories = storiesIn(catalog, locale);
    const browsable = FACETS.filter((facet) => facet.segment);
    return [
      pageCard(locale, routes.home(), t.siteName),
      pageCard(locale, routes.stories(), t.storiesTitle, { stories: stories.length }),
      pageCard(locale, routes.about(), aboutTitle[locale]),
      ...browsable.map((facet) => pageCard(locale, facetIndexPath(facet)!, t[facet.index!.title])),
      ...browsable.flatMap((facet) =>
        facetCounts(facet, catalog, stories).map(({ value, count }) =>
          pageCard(locale, facetValuePath(facet, value.id)!, value.names[locale], {
            kicker: t[facet.label],
            stories: count,
          }),
        ),
      ),
      ...stories.map(storyCard),
    ];
  });
}

/** The card's address relative to `/og/`, without extension: `<code>/stories/x` for `/stories/x/`. */
export function cardParam(locale: Locale, neutral: string): string {
  const path = neutral.replace(/^\/+|\/+$/g, '');
  return `${locale}/${path || 'index'}`;
}

/** The URL path of a card's PNG: '/og/en/stories/x.png'; the home page's is '/og/en/index.png'. */
export function cardPath(card: Pick<Card, 'locale' | 'neutral'>): string {
  return `/og/${cardParam(card.locale, card.neutral)}.png`;
}

/**
 * A title as headline and subtitle, split at its first colon or dash ("花溪草莓：从种果子到育种苗",
 * "Huaxi's strawberries – from growing fruit…"); the whole title when it has neither.
 */
export function splitTitle(title: string): { headline: string; subtitle?: string } {
  const match = /^(.+?)(?:：|: | [–—] )(.+)$/u.exec(title);
  if (!match) return { headline: title };
  return { headline: match[1]!.trim(), subtitle: match[2]!.trim() };
}

/** Ends a phrase as a sentence, with a full stop of its own script, unless it already ends in one. */
function sentence(text: string): string {
  if (/[。！？.!?]$/u.test(text)) return text;
  return text.codePointAt(text.length - 1)! >= 0x2e80 ? `${text}。` : `${text}.`;
}

/** The card's text in reading order, for `og:image:alt`: everything the image says. */
export function cardAlt(card: Card): string {
  const t = ui(card.locale);
  const parts =
    card.kind === 'story'
      ? [
          card.siteName,
          card.theme,
          card.title,
          card.figure
            ? `${card.figure.value}${t.colon}${card.figure.label}${t.paren(card.figure.period)}`
            : card.summary,
        ]
      : [card.siteName, card.kicker, card.title, card.subtitle, card.tagline];
  const unique = [...new Set(parts.filter((part): part is string => Boolean(part)))];
  // Sentences run on after a Chinese full stop, and take a space after a Latin one.
  return unique
    .map(sentence)
    .reduce((text, part) => (text === '' || /[。！？]$/u.test(text) ? text + part : `${text} ${part}`), '');
}
