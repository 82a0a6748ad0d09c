/**
 * Every CSV file the site writes goes through here: RFC 4180 (fields separated by commas, records
 * ended by CRLF, a field quoted when it holds a comma, a double quote or a line break, quotes
 * doubled), and safe to open in a spreadsheet. Labels and titles come from pull requests, and a
 * spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula (`=HYPERLINK(…)`), so such text is written as OWASP's guidance on CSV injection says:
 * with an apostrophe first, the whole field quoted. Numbers are cells of their own type and stay
 * numbers: -7 is written -7.
 */
import { dataNumber } from './format';

/** A cell: text, or a number from a numeric column. */
export type CsvCell = string | number;

/** A byte-order mark, so that spreadsheet programs read Chinese text as UTF-8. */
export const BOM = '\uFEFF';

/** What a spreadsheet would take for the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number in plain decimal notation, never with an exponent (2e21 is 2000000000000000000000). */
export function numberText(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? dataNumber(value) : text;
}

/** One field: a number as digits; text quoted when it must be, and neutralised when it would be a formula. */
export function csvField(cell: CsvCell): string {
  if (typeof cell === 'number') return numberText(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return text !== cell || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text: CRLF after every record, the last too; a byte-order mark first when `bom`. */
export function toCsv(rows: readonly (readonly CsvCell[])[], { bom }: { bom: boolean }): string {
  return (bom ? BOM : '') + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
