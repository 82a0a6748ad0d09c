import { UNITS, unit as unitOf } from '../../harness/units';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogInput } from '../../src/lib/catalog';
import { figureText } from '../../src/lib/figures';
import { LOCALES } from '../../src/lib/locale';
import {
  dataValue,
  excelCsv,
  FIGURE_FIELDS,
  figuresCsv,
  formulaInNumbers,
  initiativesOf,
  unitName,
} from '../../src/lib/open-data';
import { datapackage, initiativeRecord } from '../../src/lib/open-data-package';
import type { InitiativeData } from '../../src/schemas/initiative';
import { publishedCatalog as contentCatalog } from '../../harness/catalog';
import { csvRecords, parseCsv } from '../../harness/csv';
import { schemaProblems, type DeclaredField } from '../../harness/table-schema';

const SITE = new URL('https://casebook.example.org');

/** A column per configured language: `label_zh`, `label_en`, … */
const perLanguage = (name: string) => LOCALES.map((locale) => `${name}_${locale}`);
/** figures.csv's header, written out here rather than read from the code that writes it. */
const FIGURES_HEADER = [
  'initiative',
  'figure',
  ...perLanguage('label'),
  'value',
  'unit',
  'qualifier',
  'period',
  'derived',
  'formula',
  ...perLanguage('text'),
  'source_id',
  ...perLanguage('source_publisher'),
  'source_title',
  'source_title_en',
  'source_date',
  ...perLanguage('source_author'),
  'source_url',
];
/** The properties of each object in initiatives.json, written out. */
const INITIATIVE_KEYS = [
  'slug',
  'title',
  'summary',
  'url',
  'theme',
  'places',
  'locality',
  'tags',
  'agencies',
  'period',
  'published',
  'updated',
  'sources',
  'figures',
  'corrections',
];
const catalog = contentCatalog();
const initiatives = initiativesOf(catalog);

/** A one-initiative catalog with awkward text, to test quoting and lists. */
function awkward(over: Partial<InitiativeData> = {}) {
  const data: InitiativeData = {
    theme: 'livelihood',
    places: ['520100'],
    tags: ['parking'],
    agencies: [{ zh: '甲', en: 'A' }],
    period: '2023',
    published: new Date('2026-11-26'),
    status: 'published',
    sources: ['paper', 'radio'],
    keyFigures: [],
    figures: [
      {
        id: 'spaces',
        value: 3840,
        unit: 'space',
        qualifier: 'at-least',
        period: '../2024-01',
        source: 'paper',
        label: { zh: '车位\n新增', en: 'spaces, "new" ones' },
        headline: false,
        tableOnly: false,
      },
      {
        id: 'lots',
        value: 7,
        unit: 'car-park',
        qualifier: 'exact',
        period: '2023',
        source: 'radio',
        label: { zh: '停车场', en: 'car parks' },
        headline: false,
        tableOnly: false,
      },
    ],
    derived: [
      {
        id: 'per-lot',
        op: 'ratio',
        of: ['spaces', 'lots'],
        unit: 'space',
        label: { zh: '每个', en: 'per lot' },
        tableOnly: false,
      },
    ],
    corrections: [],
    charts: [],
    ...over,
  };
  const source = (id: string, publisher: string, url?: string) => ({
    id,
    data: {
      publisher: { zh: publisher, en: publisher },
      title: `${publisher}, a title`,
      date: new Date('2024-01-29'),
      language: 'zh' as const,
      ...(url ? { url } : {}),
    },
  });
  const input: CatalogInput = {
    initiatives: [{ id: 'car-parks', data }],
    stories: (['zh', 'en'] as const).map((locale) => ({
      id: `car-parks/${locale}`,
      data: { title: `Car parks ${locale}`, summary: 'A summary long enough to pass.' },
    })),
    sources: [source('paper', 'Daily, "Paper"'), source('radio', 'Radio', 'https://example.org/a?b=1,2')],
    themes: [{ id: 'livelihood', order: 1, zh: '民生', en: 'Livelihood', blurb: { zh: '民生', en: 'Livelihood' } }],
    places: [{ id: '520100', kind: 'city', zh: '贵阳市', en: 'Guiyang' }],
    tags: [{ id: 'parking', zh: '停车', en: 'Parking' }],
    units: [...UNITS.values()],
  };
  return initiativesOf(buildCatalog(input));
}

/** Stated figure for the fixtures below. */
const stated = (
  id: string,
  value: number,
  unit: string,
  qualifier: InitiativeData['figures'][number]['qualifier'] = 'exact',
) => ({
  id,
  value,
  unit,
  qualifier,
  period: '2023-11/2024-01',
  source: 'paper',
  label: { zh: id, en: id },
  headline: false,
  tableOnly: false,
});
const rule = (id: string, op: 'share' | 'ratio' | 'difference', of: [string, string], unit: string) => ({
  id,
  op,
  of,
  unit,
  label: { zh: id, en: id },
  tableOnly: false,
});
/** An initiative with the passport desk's counts and Huaxi's value per mu, written here, not read from content/. */
const counted = awkward({
  keyFigures: [],
  figures: [
    stated('applications', 598, 'application'),
    stated('minors', 288, 'application'),
    stated('value', 320_000_000, 'yuan'),
    stated('area', 5000, 'mu', 'at-least'),
  ],
  derived: [
    rule('adults', 'difference', ['applications', 'minors'], 'application'),
    rule('minors-share', 'share', ['minors', 'applications'], 'percent'),
    rule('value-per-mu', 'ratio', ['value', 'area'], 'yuan-per-mu'),
  ],
})[0]!;

describe('figures.csv', () => {
  const csv = figuresCsv(initiatives);
  const records = csvRecords(csv);

  it('parses back (RFC 4180) to every figure of every published story, with both labels', () => {
    const expected = initiatives.flatMap((initiative) =>
      initiative.zh.figures.map((figure) => ({ initiative, figure })),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(records).toHaveLength(expected.length);
    for (const { initiative, figure } of expected) {
      const row = records.find((record) => record.initiative === initiative.slug && record.figure === figure.id);
      expect(row, `${initiative.slug}/${figure.id}`).toBeDefined();
      expect(Number(row!.value)).toBeCloseTo(figure.value, 6);
      expect(row).toMatchObject({
        unit: figure.unit.id,
        qualifier: figure.qualifier,
        period: figure.period,
        derived: String(figure.derivation !== undefined),
      });
      const source = initiative.zh.sources.find((candidate) => candidate.id === figure.sources[0]);
      expect(row).toMatchObject({
        source_id: source!.id,
        source_title: source!.title,
        source_date: source!.date.toISOString().slice(0, 10),
      });
      for (const locale of LOCALES)
        expect(row, `${initiative.slug}/${figure.id} in ${locale}`).toMatchObject({
          [`label_${locale}`]: figure.label[locale],
          [`text_${locale}`]: figureText(figure, locale),
          [`source_publisher_${locale}`]: source!.publisher[locale],
        });
    }
  });

  it('writes derived figures with their formula by id, and stated ones without', () => {
    const rows = csvRecords(figuresCsv([counted]));
    const share = rows.find((record) => record.figure === 'minors-share');
    expect(share).toMatchObject({ derived: 'true', formula: 'minors ÷ applications × 100', value: '48.160535' });
    expect(rows.find((record) => record.figure === 'applications')).toMatchObject({ derived: 'false', formula: '' });
  });

  it('ends records with CRLF, has no byte-order mark, and has the columns datapackage.json declares', () => {
    expect(csv.startsWith('initiative,figure,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(parseCsv(csv)[0]).toEqual(FIGURES_HEADER);
    // Today's languages, by name.
    expect(FIGURES_HEADER).toEqual(expect.arrayContaining(['label_zh', 'label_en', 'text_zh', 'text_en']));
    const declared = datapackage(initiatives, SITE).resources[0]!.schema.fields;
    expect(declared.map((field) => field.name)).toEqual(FIGURES_HEADER);
    for (const locale of LOCALES)
      expect(declared.find((field) => field.name === `label_${locale}`)!.description).toMatch(
        /^What the figure counts, in [A-Z]/,
      );
  });

  it('quotes commas, quotes and line breaks, and lists several sources with " | "', () => {
    const rows = csvRecords(figuresCsv(awkward()));
    expect(rows.map((row) => row.figure)).toEqual(['spaces', 'lots', 'per-lot']);
    expect(rows[0]).toMatchObject({ label_zh: '车位\n新增', label_en: 'spaces, "new" ones' });
    expect(rows[0]!.source_publisher_en).toBe('Daily, "Paper"');
    expect(rows[1]!.source_url).toBe('https://example.org/a?b=1,2');
    expect(rows[2]).toMatchObject({
      source_id: 'paper | radio',
      source_date: '2024-01-29 | 2024-01-29',
      source_url: ' | https://example.org/a?b=1,2',
      formula: 'spaces ÷ lots',
      period: '../2024-01 + 2023',
      // 3,840+ spaces in exactly 7 car parks: more than 548.6 in each (lib/bounds.ts).
      qualifier: 'at-least',
    });
  });

  it('writes every row valid against the declared field types', () => {
    const fields = datapackage(initiatives, SITE).resources[0]!.schema.fields as DeclaredField[];
    expect(schemaProblems(fields, records, 'csv', ['initiative', 'figure'])).toEqual([]);
    expect(schemaProblems(fields, csvRecords(figuresCsv(awkward())), 'csv')).toEqual([]);
  });

  it('offers an Excel copy that differs only by a leading byte-order mark', () => {
    expect(excelCsv(csv)).toBe(`\uFEFF${csv}`);
  });
});

describe('values and formulas', () => {
  it.each([
    [48.16053511705686, 48.160535],
    [1.4, 1.4],
    [320_000_000, 320_000_000],
    [1 / 3, 0.333333],
  ])('dataValue(%s) = %s', (value, expected) => {
    expect(dataValue(value)).toBe(expected);
  });

  it('writes huge values without exponent notation', () => {
    const [initiative] = awkward({
      figures: [{ ...awkward()[0]!.zh.data.figures[0]!, value: 2e21 }],
      derived: [],
    });
    expect(csvRecords(figuresCsv([initiative!]))[0]!.value).toBe('2000000000000000000000');
  });

  it('shows the calculation of a derived figure with its inputs, in each language', () => {
    const figures = counted.en.figures;
    const figure = (id: string) => figures.find((candidate) => candidate.id === id)!;
    expect(formulaInNumbers(figure('minors-share'), figures, 'en')).toBe('288 ÷ 598 × 100');
    expect(formulaInNumbers(figure('adults'), figures, 'en')).toBe('598 − 288');
    expect(formulaInNumbers(figure('applications'), figures, 'en')).toBeUndefined();
    expect(formulaInNumbers(figure('value-per-mu'), figures, 'zh')).toBe('3.2亿 ÷ 5000');
    expect(formulaInNumbers(figure('value-per-mu'), figures, 'en')).toBe('320 million ÷ 5,000');
  });

  it.each([
    ['matter', 'zh', '件'],
    ['matter', 'en', 'matters'],
    ['yuan', 'en', '¥'],
    ['yuan-per-mu', 'en', '¥ per mu'],
    ['percent', 'en', '%'],
    ['tonne-per-mu', 'zh', '吨/亩'],
  ] as const)('unitName(%s, %s) = %s', (unit, locale, expected) => {
    expect(unitName(unitOf(unit), locale)).toBe(expected);
  });
});

describe('initiatives.json and datapackage.json', () => {
  const records = initiatives.map((initiative) => initiativeRecord(initiative, SITE));
  const pkg = datapackage(initiatives, SITE);

  it('has one object per published initiative, valid against the declared fields', () => {
    const published = [...new Set(catalog.stories.map((story) => story.slug))].sort();
    expect(records.map((record) => record.slug)).toEqual(published);
    const resource = pkg.resources.find((candidate) => candidate.name === 'initiatives')!;
    expect(resource.schema.fields.map((field) => field.name)).toEqual(INITIATIVE_KEYS);
    for (const record of records) expect(Object.keys(record)).toEqual(INITIATIVE_KEYS);
    const rows = JSON.parse(JSON.stringify(records)) as Record<string, unknown>[];
    expect(schemaProblems(resource.schema.fields as DeclaredField[], rows, 'json', ['slug'])).toEqual([]);
  });

  it('fails validation when an object lacks a declared field or has the wrong type', () => {
    const fields = pkg.resources[1]!.schema.fields as DeclaredField[];
    const [first] = JSON.parse(JSON.stringify(records)) as Record<string, unknown>[];
    expect(schemaProblems(fields, [{ ...first, published: '26/11/2026' }], 'json')).toEqual([
      'row 0: published is not a date: "26/11/2026"',
    ]);
    const untitled = { ...first };
    delete untitled.title;
    expect(schemaProblems(fields, [untitled], 'json')).toContain('row 0: title is missing');
  });

  it('gives titles, summaries, URLs, sources and figures in every language', () => {
    const record = initiativeRecord(counted, SITE);
    expect(record.url).toMatchObject({
      zh: 'https://casebook.example.org/stories/car-parks/',
      en: 'https://casebook.example.org/en/stories/car-parks/',
    });
    expect(Object.keys(record.url)).toEqual(LOCALES);
    LOCALES.forEach((locale, index) => {
      const prefix = index === 0 ? '' : `/${locale}`;
      expect(record.url[locale]).toBe(`https://casebook.example.org${prefix}/stories/car-parks/`);
      // A language with a fallback gives its fallback's title.
      expect(record.title[locale]).toBe(`Car parks ${counted[locale].textLocale}`);
    });
    expect(record.title.zh).not.toBe(record.title.en);
    // Names of the theme, places and tags in every language (the content's, with fallbacks filled).
    const [real] = records;
    for (const named of [real!.theme, ...real!.places, ...real!.tags])
      for (const locale of LOCALES) expect(typeof named[locale], `${named.id} in ${locale}`).toBe('string');
    expect(record.sources[0]).toMatchObject({ id: 'paper', date: '2024-01-29', url: null });
    expect(record.figures.find((figure) => figure.id === 'minors-share')).toMatchObject({
      derived: true,
      formula: 'minors ÷ applications × 100',
      text: { zh: '48.2%', en: '48.2%' },
    });
  });

  it('describes a Frictionless Data Package: name, title, CC BY 4.0, and each resource', () => {
    expect(pkg).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      name: 'guiyang-casebook',
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    });
    expect(pkg.title).toBeTruthy();
    expect(pkg.resources.map(({ name, path, format, mediatype }) => ({ name, path, format, mediatype }))).toEqual([
      { name: 'figures', path: 'figures.csv', format: 'csv', mediatype: 'text/csv' },
      { name: 'initiatives', path: 'initiatives.json', format: 'json', mediatype: 'application/json' },
    ]);
    const types = new Set(['string', 'number', 'boolean', 'date', 'object', 'array', 'list']);
    for (const resource of pkg.resources) {
      for (const field of resource.schema.fields)
        expect(types.has(field.type), `${resource.name}.${field.name}`).toBe(true);
    }
    expect(FIGURE_FIELDS.every((field) => field.description.length > 10)).toBe(true);
  });
});
