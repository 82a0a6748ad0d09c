/**
 * Open data: the site's figures and initiatives as files (CSV, JSON) and a Frictionless Data
 * Package that describes them. Each file's columns are listed once, below, with the getter that
 * fills them, so a data file and its description cannot drift apart.
 */
import type { Derivation } from '../schemas/initiative';
import type { Source } from '../schemas/vocabulary';
import type { Unit } from '../schemas/units';
import { QUALIFIERS } from '../schemas/initiative';
import type { Catalog, Story } from './catalog';
import { BOM, toCsv, type CsvCell } from './csv';
import { figureText, type ResolvedFigure } from './figures';
import { formatNumber } from './format';
import { withoutBase } from './base';
import { DEFAULT_LOCALE, langTag, localePath, LOCALES, METADATA_LOCALE, type Locale } from './locale';
import { routes } from './paths';
import { webLink } from '../schemas/web-address';

/** Where the data files live (language-neutral: one file serves both languages). */
export const DATA_FILES = {
  figuresCsv: '/data/figures.csv',
  figuresExcelCsv: '/data/figures-excel.csv',
  initiatives: '/data/initiatives.json',
  datapackage: '/data/datapackage.json',
  initiative: (slug: string) => `/data/initiatives/${slug}.json`,
  /** The map's data: each place and its number of stories. */
  places: '/data/places.csv',
  /** The timeline's data: each story and its period. */
  timeline: '/data/timeline.csv',
} as const;

/** One initiative with its story in every language. */
export type Initiative = { slug: string } & Record<Locale, Story>;

/** Published initiatives, by slug, each with its story in every language. Throws if a language is missing. */
export function initiativesOf(catalog: Pick<Catalog, 'stories'>): Initiative[] {
  const bySlug = new Map<string, Partial<Record<Locale, Story>>>();
  for (const story of catalog.stories) {
    bySlug.set(story.slug, { ...bySlug.get(story.slug), [story.locale]: story });
  }
  return [...bySlug.keys()].sort().map((slug) => {
    const stories = bySlug.get(slug)!;
    const missing = LOCALES.filter((locale) => !stories[locale]);
    if (missing.length) throw new Error(`initiative "${slug}" has no story in ${missing.join(', ')}`);
    return { slug, ...(stories as Record<Locale, Story>) };
  });
}

const OPERATORS: Record<Derivation, (a: string, b: string) => string> = {
  share: (a, b) => `${a} ÷ ${b} × 100`,
  ratio: (a, b) => `${a} ÷ ${b}`,
  difference: (a, b) => `${a} − ${b}`,
};

/**
 * How a derived figure is computed, each input written by `name`: figure ids for data files
 * ("minors ÷ applications × 100"), numbers for readers ("288 ÷ 598 × 100"). Undefined when stated.
 */
export function formula(figure: ResolvedFigure, name: (id: string) => string): string | undefined {
  if (!figure.derivation) return undefined;
  const [a, b] = figure.derivation.of;
  return OPERATORS[figure.derivation.op](name(a), name(b));
}

/** The formula with its inputs' values in the page's language, e.g. "288 ÷ 598 × 100". */
export function formulaInNumbers(
  figure: ResolvedFigure,
  figures: ResolvedFigure[],
  locale: Locale,
): string | undefined {
  return formula(figure, (id) => {
    const input = figures.find((candidate) => candidate.id === id);
    if (!input) throw new Error(`derived figure "${figure.id}" uses unknown figure "${id}"`);
    return formatNumber(input.value, locale);
  });
}

/** A value as data: six decimals at most (derived figures are ratios), never in exponent notation. */
export function dataValue(value: number): number {
  return Number(value.toFixed(6));
}

/** YYYY-MM-DD of a date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A Table Schema field type (Frictionless Data Package v2). */
export type FieldType = 'string' | 'number' | 'boolean' | 'date' | 'object' | 'array' | 'list';

/** How a column is described in datapackage.json. */
export interface FieldDescriptor {
  name: string;
  type: FieldType;
  description: string;
  /** For `list` fields: the type of each item and what separates them. */
  itemType?: 'string' | 'date';
  delimiter?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[] };
}

/** A column of a data file: its description plus how to read it from a row. */
interface Field<Row> extends FieldDescriptor {
  get: (row: Row) => string | number | boolean | Date | string[] | object | null | undefined;
}

/** One row of figures.csv. */
export interface FigureRow {
  initiative: Initiative;
  figure: ResolvedFigure;
  sources: (Source & { id: string })[];
}

/** Several sources in one cell (a derived figure can draw on two): " | " between them. */
const LIST = ' | ';
const sourceList = (description: string, get: (source: Source & { id: string }) => string, itemType?: 'date') =>
  ({
    type: 'list',
    itemType: itemType ?? 'string',
    delimiter: LIST,
    description: `${description}; several joined by " | " when a derived figure draws on more than one source`,
    get: (row: FigureRow) => row.sources.map(get),
  }) as const;

/** A language's name in the language the data files describe themselves in: "Chinese". */
export function languageName(locale: Locale): string {
  const names = new Intl.DisplayNames(langTag(METADATA_LOCALE), { type: 'language' });
  return names.of(new Intl.Locale(langTag(locale)).language) ?? locale;
}

/** Words joined as the data files' language lists them: "Chinese, English and French". */
export function listText(words: string[]): string {
  return new Intl.ListFormat(langTag(METADATA_LOCALE), { type: 'conjunction' }).format(words);
}

/** Where an initiative's story is in each language: "/stories/<slug>/ (Chinese) and /en/stories/<slug>/ (English)". */
export const STORY_ADDRESSES = listText(
  LOCALES.map((locale) => `${withoutBase(localePath(locale, routes.story('<slug>')))} (${languageName(locale)})`),
);

/** One column per language, `<name>_<code>` (label_zh, label_en, …), in the list's order. */
function perLanguage<Row>(name: string, make: (locale: Locale, language: string) => Omit<Field<Row>, 'name'>) {
  return LOCALES.map((locale) => ({ name: `${name}_${locale}`, ...make(locale, languageName(locale)) }));
}

/** The columns of figures.csv, in order. */
export const FIGURE_FIELDS: Field<FigureRow>[] = [
  {
    name: 'initiative',
    type: 'string',
    description: `Slug of the initiative; its story is at ${STORY_ADDRESSES}`,
    constraints: { required: true },
    get: (row) => row.initiative.slug,
  },
  {
    name: 'figure',
    type: 'string',
    description: 'Id of the figure, unique within the initiative',
    constraints: { required: true },
    get: (row) => row.figure.id,
  },
  ...perLanguage<FigureRow>('label', (locale, language) => ({
    type: 'string',
    description: `What the figure counts, in ${language}`,
    get: (row) => row.figure.label[locale],
  })),
  {
    name: 'value',
    type: 'number',
    description: 'The number in base units (¥320 million is 320000000); derived values to six decimals',
    constraints: { required: true },
    get: (row) => dataValue(row.figure.value),
  },
  {
    name: 'unit',
    type: 'string',
    description: 'What is counted (unit id)',
    constraints: { required: true },
    get: (row) => row.figure.unit.id,
  },
  {
    name: 'qualifier',
    type: 'string',
    description: 'How exact the source is: exact; at-least (余, "more than"); about (约); nearly (近)',
    constraints: { required: true, enum: QUALIFIERS },
    get: (row) => row.figure.qualifier,
  },
  {
    name: 'period',
    type: 'string',
    description:
      'When the figure applies, as ISO 8601: 2023, 2023-11, 2023-11/2024-01, or ../2024-01 for "as of"; two periods joined by " + " for a figure derived from both',
    constraints: { required: true },
    get: (row) => row.figure.period,
  },
  {
    name: 'derived',
    type: 'boolean',
    description: 'true when the site computed the figure from others; false when a source states it',
    get: (row) => row.figure.derivation !== undefined,
  },
  {
    name: 'formula',
    type: 'string',
    description: 'For a derived figure: how it is computed from other figures of the same initiative, by id',
    get: (row) => formula(row.figure, (id) => id),
  },
  ...perLanguage<FigureRow>('text', (locale, language) => ({
    type: 'string',
    description: `The figure as the ${language} story writes it`,
    get: (row) => figureText(row.figure, locale),
  })),
  { name: 'source_id', ...sourceList('Id of the source', (source) => source.id) },
  ...perLanguage<FigureRow>('source_publisher', (locale, language) =>
    sourceList(`Publisher of the source, in ${language}`, (source) => source.publisher[locale]),
  ),
  { name: 'source_title', ...sourceList('Title of the source, in its language', (source) => source.title) },
  {
    name: 'source_title_en',
    ...sourceList('English rendering of the title (may be empty)', (source) => source.titleEn ?? ''),
  },
  { name: 'source_date', ...sourceList('Publication date of the source', (source) => isoDay(source.date), 'date') },
  ...perLanguage<FigureRow>('source_author', (locale, language) =>
    sourceList(`Byline, in ${language} (may be empty)`, (source) => source.author?.[locale] ?? ''),
  ),
  {
    name: 'source_url',
    ...sourceList('Address of the source, or of an archived copy; empty when no public link is known', sourceLink),
  },
];

/** The public address of a source: the original, else an archived copy, else empty; only ever http(s). */
export function sourceLink(source: Source): string {
  return webLink(source.url) ?? webLink(source.archived) ?? '';
}

/** Every figure of every published initiative, one row each, in slug order then the story's order. */
export function figureRows(initiatives: Initiative[]): FigureRow[] {
  return initiatives.flatMap((initiative) =>
    initiative[DEFAULT_LOCALE].figures.map((figure) => ({
      initiative,
      figure,
      sources: figure.sources.map((id) => {
        const source = initiative[DEFAULT_LOCALE].sources.find((candidate) => candidate.id === id);
        if (!source) throw new Error(`figure "${initiative.slug}/${figure.id}" cites unknown source "${id}"`);
        return source;
      }),
    })),
  );
}

/** A value as a CSV cell: numbers stay numbers; booleans true/false, dates YYYY-MM-DD, lists joined. */
function cellOf(field: FieldDescriptor, value: ReturnType<Field<unknown>['get']>): CsvCell {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.every((item) => item === '') ? '' : value.join(field.delimiter ?? LIST);
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'number') return value;
  return String(value);
}

/** figures.csv: a header row, then one row per figure; CRLF line ends (RFC 4180), no byte-order mark. */
export function figuresCsv(initiatives: Initiative[]): string {
  const rows: CsvCell[][] = [FIGURE_FIELDS.map((field) => field.name)];
  for (const row of figureRows(initiatives)) rows.push(FIGURE_FIELDS.map((field) => cellOf(field, field.get(row))));
  return toCsv(rows, { bom: false });
}

/**
 * The same CSV for Excel, which reads a CSV file as UTF-8 (and so shows Chinese correctly) only
 * when it starts with a byte-order mark. The main file has none, because most parsers would read
 * the mark as part of the first column's name.
 */
export function excelCsv(csv: string): string {
  return `${BOM}${csv}`;
}

/** A unit's name for a table column: 件 / matters, 元/亩 / ¥ per mu, % / %. */
export function unitName(unit: Unit, locale: Locale): string {
  const form = unit.forms[locale];
  return [form.prefix, form.other ?? form.one, form.suffix?.trim()].filter(Boolean).join(' ');
}
