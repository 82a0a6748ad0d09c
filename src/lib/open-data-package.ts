/**
 * initiatives.json (one object per published initiative) and datapackage.json, the Frictionless
 * Data Package (v2) that describes it and figures.csv.
 */
import type { Source } from '../schemas/vocabulary';
import type { ResolvedFigure } from './figures';
import { figureText } from './figures';
import { byLocale, DEFAULT_LOCALE, LOCALES, METADATA_LOCALE } from './locale';
import {
  DATA_FILES,
  FIGURE_FIELDS,
  dataValue,
  formula,
  isoDay,
  sourceLink,
  languageName,
  listText,
  STORY_ADDRESSES,
  type FieldDescriptor,
  type Initiative,
} from './open-data';
import { localePath, routes } from './paths';
import { webLink } from '../schemas/web-address';

/** The keys of text given in every language, for descriptions: "zh, en". */
const CODES = LOCALES.join(', ');

/** A source as the data files describe it. */
function sourceRecord(source: Source & { id: string }) {
  return {
    id: source.id,
    publisher: source.publisher,
    title: source.title,
    titleEn: source.titleEn ?? null,
    date: isoDay(source.date),
    author: source.author ?? null,
    language: source.language,
    url: webLink(source.url) ?? null,
    archived: webLink(source.archived) ?? null,
  };
}

/** A figure as initiatives.json describes it. */
function figureRecord(figure: ResolvedFigure) {
  return {
    id: figure.id,
    label: figure.label,
    value: dataValue(figure.value),
    unit: figure.unit.id,
    qualifier: figure.qualifier,
    period: figure.period,
    derived: figure.derivation !== undefined,
    formula: formula(figure, (id) => id) ?? null,
    sources: figure.sources,
    text: byLocale((locale) => figureText(figure, locale)),
  };
}

/** What initiatives.json holds for one initiative (also served alone, per story). */
export function initiativeRecord(initiative: Initiative, site: URL) {
  const story = initiative[DEFAULT_LOCALE];
  const data = story.data;
  return {
    slug: initiative.slug,
    title: byLocale((locale) => initiative[locale].title),
    summary: byLocale((locale) => initiative[locale].summary),
    url: byLocale((locale) => new URL(localePath(locale, routes.story(initiative.slug)), site).href),
    theme: { id: story.theme.id, ...byLocale((locale) => story.theme[locale]) },
    places: story.places.map((place) => ({
      id: place.id,
      code: place.code ?? null,
      kind: place.kind,
      ...byLocale((locale) => place[locale]),
    })),
    locality: data.locality ?? null,
    tags: story.tags.map((tag) => ({ id: tag.id, ...byLocale((locale) => tag[locale]) })),
    agencies: data.agencies,
    period: data.period,
    published: isoDay(data.published),
    updated: story.updated ? isoDay(story.updated) : null,
    sources: story.sources.map(sourceRecord),
    figures: story.figures.map(figureRecord),
    corrections: data.corrections.map((correction) => ({ date: isoDay(correction.date), note: correction.note })),
  };
}

export type InitiativeRecord = ReturnType<typeof initiativeRecord>;

/** The properties of each object in initiatives.json, in order. */
export const INITIATIVE_FIELDS: (FieldDescriptor & { name: keyof InitiativeRecord })[] = [
  {
    name: 'slug',
    type: 'string',
    description: `Stable id of the initiative; the story is at ${STORY_ADDRESSES}`,
    constraints: { required: true, unique: true },
  },
  { name: 'title', type: 'object', description: `Headline of the story: {${CODES}}`, constraints: { required: true } },
  { name: 'summary', type: 'object', description: `One or two sentences: {${CODES}}`, constraints: { required: true } },
  {
    name: 'url',
    type: 'object',
    description: `Address of the story in each language: {${CODES}}`,
    constraints: { required: true },
  },
  { name: 'theme', type: 'object', description: `Theme: {id, ${CODES}}`, constraints: { required: true } },
  {
    name: 'places',
    type: 'array',
    description: `Places, most specific first: [{id, code (GB/T 2260, or null), kind, ${CODES}}]`,
    constraints: { required: true },
  },
  { name: 'locality', type: 'object', description: `A village or township, {${CODES}}, or null` },
  { name: 'tags', type: 'array', description: `Tags: [{id, ${CODES}}]`, constraints: { required: true } },
  { name: 'agencies', type: 'array', description: `Who carried it out: [{${CODES}}]`, constraints: { required: true } },
  {
    name: 'period',
    type: 'string',
    description: 'When it ran, ISO 8601: 2023, 2023-11/2024-01 or ../2024-01 ("as of")',
    constraints: { required: true },
  },
  { name: 'published', type: 'date', description: 'First published on this site', constraints: { required: true } },
  { name: 'updated', type: 'date', description: 'Date of the last correction, or null' },
  {
    name: 'sources',
    type: 'array',
    description: `Sources: [{id, publisher {${CODES}}, title, titleEn, date, author {${CODES}}, language, url, archived}]`,
    constraints: { required: true },
  },
  {
    name: 'figures',
    type: 'array',
    description: `Figures, as in figures.csv: [{id, label {${CODES}}, value, unit, qualifier, period, derived, formula, sources, text {${CODES}}}]`,
    constraints: { required: true },
  },
  {
    name: 'corrections',
    type: 'array',
    description: `Updates and corrections: [{date, note {${CODES}}}]`,
    constraints: { required: true },
  },
];

/** A field as datapackage.json writes it. */
const descriptor = ({ name, type, description, itemType, delimiter, constraints }: FieldDescriptor) => ({
  name,
  type,
  description,
  ...(itemType ? { itemType, delimiter } : {}),
  ...(constraints
    ? { constraints: { ...constraints, ...(constraints.enum ? { enum: [...constraints.enum] } : {}) } }
    : {}),
});

const PROFILE = 'https://datapackage.org/profiles/2.0';

/** datapackage.json: a Frictionless Data Package (v2) describing figures.csv and initiatives.json. */
export function datapackage(initiatives: Initiative[], site: URL) {
  const sources = new Map<string, Source & { id: string }>();
  for (const initiative of initiatives)
    for (const source of initiative[DEFAULT_LOCALE].sources) sources.set(source.id, source);
  const relative = (path: string) => path.slice('/data/'.length);
  return {
    $schema: `${PROFILE}/datapackage.json`,
    name: 'guiyang-casebook',
    title: 'Guiyang Casebook: figures and initiatives',
    description: `Every figure of the published stories of Guiyang Casebook (贵阳实事案例集), with its qualifier, period and source, and every initiative with its titles, summaries, places, tags, sources and figures, in ${listText(LOCALES.map(languageName))}. Generated from the site’s content at build time.`,
    homepage: new URL(localePath(METADATA_LOCALE, routes.figures()), site).href,
    keywords: ['Guiyang', '贵阳', 'local government', 'case studies', 'open data'],
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title:
          'Creative Commons Attribution 4.0 International (story text and labels; credit the sources for facts and figures)',
      },
    ],
    contributors: [{ title: 'Guiyang Casebook', path: new URL('/', site).href, roles: ['publisher'] }],
    sources: [...sources.values()].map((source) => ({
      title: `${source.publisher[METADATA_LOCALE]}, “${source.titleEn ?? source.title}”, ${isoDay(source.date)}`,
      ...(sourceLink(source) ? { path: sourceLink(source) } : {}),
    })),
    resources: [
      {
        name: 'figures',
        title: 'Figures',
        description:
          'One row per figure of each published initiative, stated or derived, with its full source. Text that starts with =, +, -, @, a tab or a carriage return is written with an apostrophe first, so that spreadsheet programs do not run it as a formula.',
        path: relative(DATA_FILES.figuresCsv),
        type: 'table',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: {
          $schema: `${PROFILE}/tabledialect.json`,
          header: true,
          delimiter: ',',
          lineTerminator: '\r\n',
          quoteChar: '"',
          doubleQuote: true,
        },
        schema: {
          $schema: `${PROFILE}/tableschema.json`,
          fields: FIGURE_FIELDS.map(descriptor),
          missingValues: [''],
          primaryKey: ['initiative', 'figure'],
          foreignKeys: [{ fields: ['initiative'], reference: { resource: 'initiatives', fields: ['slug'] } }],
        },
      },
      {
        name: 'initiatives',
        title: 'Initiatives',
        description: `One object per published initiative; each is also served alone at ${DATA_FILES.initiative('<slug>')}.`,
        path: relative(DATA_FILES.initiatives),
        type: 'table',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        dialect: { $schema: `${PROFILE}/tabledialect.json`, itemType: 'object' },
        schema: {
          $schema: `${PROFILE}/tableschema.json`,
          fields: INITIATIVE_FIELDS.map(descriptor),
          primaryKey: ['slug'],
        },
      },
    ],
  };
}

/** A data file's text: indented JSON, so the file also reads well in a browser or an editor. */
export function jsonText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** A data file's response (see `jsonText`). */
export function jsonResponse(data: unknown): Response {
  return new Response(jsonText(data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
