/**
 * CSV read back by csv-parse, a parser the site does not use, so the tests do not trust the code
 * that wrote the file. Strict: records end with CRLF (a bare line break inside an unquoted field
 * makes the row too wide), every row is as wide as the header, and quotes only surround whole
 * fields. A byte-order mark is dropped.
 */
import { parse } from 'csv-parse/sync';

/** Rows of a CSV text; throws on anything RFC 4180 does not allow. */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false, relax_quotes: false });
}

/** The rows as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index]!])));
}
