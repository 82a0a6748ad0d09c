/**
 * The data behind a chart, one row per figure in every language, written as CSV by the site's one
 * CSV module (src/lib/csv.ts).
 */
import { toCsv, type CsvCell } from '../lib/csv';
import type { ResolvedFigure } from '../lib/figures';
import { LOCALES, type Locale } from '../lib/locale';
import type { Source } from '../schemas/vocabulary';
import { restQualifier } from '../lib/bounds';
import { chartRows, formula, type ResolvedChart } from './model';
import { shares } from './part-of-whole/geometry';

/** Column names, in order: a label per language (`label_<code>`) after the id. */
export const CSV_COLUMNS = [
  'figure_id',
  ...LOCALES.map((locale) => `label_${locale}`),
  'value',
  'unit',
  'qualifier',
  'period',
  'formula',
  'source',
] as const;

/** A number without floating-point noise: 48.160535117056855 → 48.1605351171. */
function plainNumber(value: number): number {
  return Number(value.toPrecision(12));
}

/** A source as one line that works in every language: publisher (each distinct name), title, date. */
export function sourceText(source: Source): string {
  const [first, ...others] = [...new Set(LOCALES.map((locale) => source.publisher[locale]))];
  const publisher = others.length ? `${first} (${others.join(', ')})` : first;
  return `${publisher}: ${source.title}, ${source.date.toISOString().slice(0, 10)}`;
}

function figureRow(figure: ResolvedFigure, formula: string, sources: ReadonlyMap<string, Source>): CsvCell[] {
  return [
    figure.id,
    ...LOCALES.map((locale) => figure.label[locale]),
    plainNumber(figure.value),
    figure.unit.id,
    figure.qualifier,
    figure.period,
    formula,
    figure.sources.map((id) => (sources.has(id) ? sourceText(sources.get(id)!) : id)).join('; '),
  ];
}

/**
 * The CSV of one chart: a header, then its figures (the whole first for part-of-whole), then,
 * when the parts fall short of the whole, the rest, computed as the chart draws it (and left out
 * when its figures do not tell it, as for 3,000+ minus 800+).
 */
export function chartCsv(
  resolved: ResolvedChart,
  sources: ReadonlyMap<string, Source>,
  restLabel: Record<Locale, string>,
): string {
  const rows: CsvCell[][] = [[...CSV_COLUMNS]];
  for (const figure of chartRows(resolved)) rows.push(figureRow(figure, formula(figure), sources));
  const { whole, figures } = resolved;
  if (whole) {
    const { rest } = shares(
      whole.value,
      figures.map((figure) => figure.value),
    );
    const qualifier = restQualifier(
      whole.qualifier,
      figures.map((figure) => figure.qualifier),
    );
    if (rest > 0 && qualifier) {
      const restFigure: ResolvedFigure = {
        ...whole,
        id: `${whole.id}-rest`,
        value: rest,
        label: restLabel,
        qualifier,
        sources: [...new Set([whole, ...figures].flatMap((figure) => figure.sources))],
      };
      rows.push(figureRow(restFigure, `${whole.id} - (${figures.map((figure) => figure.id).join(' + ')})`, sources));
    }
  }
  return toCsv(rows, { bom: true });
}
