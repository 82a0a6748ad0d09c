import type { InitiativeData } from '../schemas/initiative';
import type { StoryFrontmatter } from '../schemas/story';
import type { Unit } from '../schemas/units';
import type { Place, Source, Tag, Theme } from '../schemas/vocabulary';
import { resolveFigures, type ResolvedFigure } from './figures';
import { periodYears } from './format';
import { collator, fallbackChain, LOCALES, type Locale } from './locale';
import { compareStories, sortFacts } from './order';

/** One story in one language, with everything its pages need. */
export interface Story {
  slug: string;
  /** The language of the page the story is shown on. */
  locale: Locale;
  /** The language its text is written in: `locale`, or its fallback when not yet translated. */
  textLocale: Locale;
  title: string;
  summary: string;
  data: InitiativeData;
  figures: ResolvedFigure[];
  theme: Theme;
  places: Place[];
  tags: Tag[];
  sources: (Source & { id: string })[];
  /** Years the story's period touches, for the year filter. */
  years: number[];
  /** Date of the last correction, if any. */
  updated: Date | undefined;
}

/** The raw collections, as plain arrays, so the catalog can be built and tested without Astro. */
export interface CatalogInput {
  initiatives: { id: string; data: InitiativeData }[];
  stories: { id: string; data: StoryFrontmatter }[];
  sources: { id: string; data: Source }[];
  themes: Theme[];
  places: Place[];
  tags: Tag[];
  units: Unit[];
  /** Include drafts: true only for the dev server's preview, never in a build. */
  drafts?: boolean;
}

/** All published stories, themes and vocabularies of the site. */
export interface Catalog {
  stories: Story[];
  themes: Theme[];
  places: Place[];
  tags: Tag[];
}

function byId<T extends { id: string }>(items: T[], id: string, what: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`unknown ${what} "${id}" (run npm run check:content)`);
  return item;
}

/** Joins the collections into stories, one per initiative and language; drafts are left out. */
export function buildCatalog(input: CatalogInput): Catalog {
  const themes = [...input.themes].sort((a, b) => a.order - b.order);
  const sources = input.sources.map((source) => ({ ...source.data, id: source.id }));
  const units = new Map(input.units.map((unit) => [unit.id, unit]));
  const texts = new Map(input.stories.map((entry) => [entry.id, entry]));
  const stories: Story[] = [];
  for (const initiative of input.initiatives) {
    if (initiative.data.status !== 'published' && !input.drafts) continue;
    const data = initiative.data;
    const slug = initiative.id;
    const figures = resolveFigures(data, units);
    for (const locale of LOCALES) {
      const textLocale = fallbackChain(locale).find((candidate) => texts.has(`${slug}/${candidate}`));
      if (!textLocale) throw new Error(`content/initiatives/${slug}/${locale}.mdx is missing`);
      const entry = texts.get(`${slug}/${textLocale}`)!;
      stories.push({
        slug,
        locale,
        textLocale,
        title: entry.data.title,
        summary: entry.data.summary,
        data,
        figures,
        theme: byId(themes, data.theme, 'theme'),
        places: data.places.map((id) => byId(input.places, id, 'place')),
        tags: data.tags.map((id) => byId(input.tags, id, 'tag')),
        sources: data.sources.map((id) => byId(sources, id, 'source')),
        years: periodYears(data.period),
        updated: data.corrections.at(-1)?.date,
      });
    }
  }
  return { stories, themes, places: input.places, tags: input.tags };
}

/** Stories of one language, in the site's one order (src/lib/order.ts): newest first. */
export function storiesIn(catalog: Catalog, locale: Locale): Story[] {
  const compare = compareStories('newest', collator(locale));
  return catalog.stories
    .filter((story) => story.locale === locale)
    .map((story) => ({ story, facts: sortFacts(story) }))
    .sort((a, b) => compare(a.facts, b.facts))
    .map(({ story }) => story);
}

/** City-wide place: sharing it says little about two stories being related. */
const CITY_WIDE = '520100';

/** How related two stories are: same theme 3, each shared specific place 2, each shared tag 1. */
export function relatedness(a: Story, b: Story): number {
  const shared = <T>(left: T[], right: T[]) => left.filter((item) => right.includes(item)).length;
  return (
    (a.data.theme === b.data.theme ? 3 : 0) +
    2 *
      shared(
        a.data.places.filter((place) => place !== CITY_WIDE),
        b.data.places,
      ) +
    shared(a.data.tags, b.data.tags)
  );
}

/** Up to `limit` stories most related to `story`, in its language; empty only when none shares anything. */
export function relatedStories(story: Story, all: Story[], limit = 3): Story[] {
  return all
    .filter((other) => other.locale === story.locale && other.slug !== story.slug)
    .map((other) => ({ other, score: relatedness(story, other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.other.slug.localeCompare(b.other.slug))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The site's headline figure and its story. */
export function headline(stories: Story[]): { story: Story; figure: ResolvedFigure } | undefined {
  for (const story of stories) {
    const figure = story.figures.find((candidate) => candidate.headline);
    if (figure) return { story, figure };
  }
  return undefined;
}

/** The first key figure of a story, for cards. */
export function leadFigure(story: Story): ResolvedFigure | undefined {
  const id = story.data.keyFigures[0];
  return id === undefined ? undefined : story.figures.find((figure) => figure.id === id);
}
