/** A strict RFC 4180 reader, written for the tests so they do not trust the code that wrote the file. */

/**
 * Rows of a CSV text: fields separated by commas, records by CRLF, a field quoted when it holds a
 * comma, quote or line break, with quotes doubled. Throws on anything else (a bare LF, a stray
 * quote, an unterminated quote, rows of different lengths).
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`quote inside an unquoted field at offset ${i}`);
      quoted = wasQuoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
      i++;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break at offset ${i}: records must end with CRLF`);
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at offset ${i}`);
      field += c;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const width = rows[0]?.length ?? 0;
  rows.forEach((cells, index) => {
    if (cells.length !== width) throw new Error(`row ${index + 1} has ${cells.length} fields, the header ${width}`);
  });
  return rows;
}

/** The rows as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index]!])));
}
