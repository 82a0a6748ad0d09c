/** The data behind a chart as CSV (RFC 4180), one row per figure, in every language. */
import type { ResolvedFigure } from '../lib/figures';
import { LOCALES, type Locale } from '../lib/locale';
import type { Source } from '../schemas/vocabulary';
import { chartRows, combinedQualifier, formula, type ResolvedChart } from './model';
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

/** A byte-order mark, so that spreadsheet programs read the Chinese labels as UTF-8. */
const BOM = '\uFEFF';

/** One field, quoted when it holds a comma, a double quote or a line break (quotes doubled). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text: CRLF line ends, a final CRLF, and a byte-order mark first. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** Parses CSV text (RFC 4180, with or without a byte-order mark) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  for (let index = 0; index < input.length; index++) {
    const char = input[index]!;
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** A number without floating-point noise: 48.160535117056855 → "48.1605351171". */
function plainNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** A source as one line that works in every language: publisher (each distinct name), title, date. */
export function sourceText(source: Source): string {
  const [first, ...others] = [...new Set(LOCALES.map((locale) => source.publisher[locale]))];
  const publisher = others.length ? `${first} (${others.join(', ')})` : first;
  return `${publisher}: ${source.title}, ${source.date.toISOString().slice(0, 10)}`;
}

function figureRow(figure: ResolvedFigure, formula: string, sources: ReadonlyMap<string, Source>): string[] {
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
 * when the parts fall short of the whole, the rest, computed as the chart draws it.
 */
export function chartCsv(
  resolved: ResolvedChart,
  sources: ReadonlyMap<string, Source>,
  restLabel: Record<Locale, string>,
): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
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
  return toCsv(rows);
}
