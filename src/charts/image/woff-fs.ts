/**
 * Node-only: WOFF (version 1) font files as plain OpenType, under a family name of our choosing.
 *
 * resvg reads TrueType and OpenType but not WOFF, the only form @fontsource/noto-sans-sc ships
 * besides WOFF2. WOFF 1 is OpenType with each table compressed on its own (zlib), so unpacking it
 * takes a few lines. Each unicode-range file is then given a family name of its own: resvg falls
 * back to whichever loaded font has a glyph, regardless of weight, so runs of text name the one
 * file (and weight) that holds their glyphs instead.
 */
import { inflateSync } from 'node:zlib';

interface Table {
  tag: string;
  data: Buffer;
}

/** The tables of a WOFF file and its flavour (TrueType or CFF outlines). */
function woffTables(woff: Buffer): { flavor: number; tables: Table[] } {
  if (woff.length < 44 || woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1 font file');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const original = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compressed);
    return { tag: woff.toString('latin1', entry, entry + 4), data: compressed < original ? inflateSync(raw) : raw };
  });
  return { flavor: woff.readUInt32BE(4), tables };
}

/** A `name` table naming the font `family` (regular or bold subfamily), in Windows Unicode. */
export function nameTable(family: string, bold: boolean): Buffer {
  const subfamily = bold ? 'Bold' : 'Regular';
  const names: [number, string][] = [
    [1, family],
    [2, subfamily],
    [4, `${family} ${subfamily}`],
    [6, `${family}-${subfamily}`.replace(/[^\x21-\x7e]|[[\](){}<>/%]/g, '')],
  ];
  const strings = names.map(([, text]) => Buffer.from(text, 'utf16le').swap16());
  const head = Buffer.alloc(6 + 12 * names.length);
  head.writeUInt16BE(0, 0);
  head.writeUInt16BE(names.length, 2);
  head.writeUInt16BE(head.length, 4);
  let offset = 0;
  names.forEach(([id], index) => {
    const record = 6 + index * 12;
    head.writeUInt16BE(3, record); // platform: Windows
    head.writeUInt16BE(1, record + 2); // encoding: Unicode BMP
    head.writeUInt16BE(0x409, record + 4); // language: en-US
    head.writeUInt16BE(id, record + 6);
    head.writeUInt16BE(strings[index]!.length, record + 8);
    head.writeUInt16BE(offset, record + 10);
    offset += strings[index]!.length;
  });
  return Buffer.concat([head, ...strings]);
}

/**
 * A WOFF 1 file as an OpenType file whose family is `family`. Table checksums are written as zero:
 * the file is only ever read by resvg's font loader, which does not check them.
 */
export function woffToOpenType(woff: Buffer, family: string, bold: boolean): Buffer {
  const { flavor, tables } = woffTables(woff);
  const renamed = tables.map((table) =>
    table.tag === 'name' ? { tag: 'name', data: nameTable(family, bold) } : table,
  );
  const count = renamed.length;
  const selector = Math.floor(Math.log2(count));
  const range = 2 ** selector * 16;
  const head = Buffer.alloc(12 + 16 * count);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(count, 4);
  head.writeUInt16BE(range, 6);
  head.writeUInt16BE(selector, 8);
  head.writeUInt16BE(count * 16 - range, 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  renamed.forEach((table, index) => {
    const record = 12 + index * 16;
    head.write(table.tag, record, 'latin1');
    head.writeUInt32BE(0, record + 4);
    head.writeUInt32BE(offset, record + 8);
    head.writeUInt32BE(table.data.length, record + 12);
    const padding = (4 - (table.data.length % 4)) % 4;
    parts.push(table.data, Buffer.alloc(padding));
    offset += table.data.length + padding;
  });
  return Buffer.concat(parts);
}
