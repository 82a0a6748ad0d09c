/** The data behind a chart as CSV (src/lib/csv.ts), one row per figure, in both languages. */
import { toCsv, type CsvCell } from '../lib/csv';
import type { ResolvedFigure } from '../lib/figures';
import type { Source } from '../schemas/vocabulary';
import { chartRows, combinedQualifier, formula, type ResolvedChart } from './model';
import { shares } from './part-of-whole/geometry';

/** Column names, in order. */
export const CSV_COLUMNS = [
  'figure_id',
  'label_zh',
  'label_en',
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

/** A source as one line that works in both languages: publisher (both names), title, date. */
export function sourceText(source: Source): string {
  const publisher =
    source.publisher.zh === source.publisher.en
      ? source.publisher.zh
      : `${source.publisher.zh} (${source.publisher.en})`;
  return `${publisher}: ${source.title}, ${source.date.toISOString().slice(0, 10)}`;
}

function figureRow(figure: ResolvedFigure, formula: string, sources: ReadonlyMap<string, Source>): CsvCell[] {
  return [
    figure.id,
    figure.label.zh,
    figure.label.en,
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
 * when the parts fall short of the whole, the rest, computed as the chart draws it.
 */
export function chartCsv(
  resolved: ResolvedChart,
  sources: ReadonlyMap<string, Source>,
  restLabel: { zh: string; en: string },
): string {
  const rows: CsvCell[][] = [[...CSV_COLUMNS]];
  for (const figure of chartRows(resolved)) rows.push(figureRow(figure, formula(figure), sources));
  const { whole, figures } = resolved;
  if (whole) {
    const { rest } = shares(
      whole.value,
      figures.map((figure) => figure.value),
    );
    if (rest > 0) {
      const restFigure: ResolvedFigure = {
        ...whole,
        id: `${whole.id}-rest`,
        value: rest,
        label: restLabel,
        qualifier: combinedQualifier([whole, ...figures]),
        sources: [...new Set([whole, ...figures].flatMap((figure) => figure.sources))],
      };
      rows.push(figureRow(restFigure, `${whole.id} - (${figures.map((figure) => figure.id).join(' + ')})`, sources));
    }
  }
  return toCsv(rows, { bom: true });
}
