/**
 * Node-only: a minimal PNG encoder, and a reader for a PNG's size.
 *
 * resvg's own encoder runs on the main thread; this one compresses on libuv's thread pool.
 */
import { promisify } from 'node:util';
import { crc32, deflate, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

/** Rows of RGBA pixels as PNG stores them, each after a filter byte 0 (none). */
function rows(rgba: Uint8Array, width: number, height: number): Buffer {
  const row = width * 4;
  if (rgba.length !== row * height) throw new Error(`expected ${width}×${height} RGBA pixels`);
  const raw = Buffer.alloc((row + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
  return raw;
}

function assemble(width: number, height: number, compressed: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', compressed), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Deflate settings: unfiltered rows at level 6. Measured on a card: 47 KB in 6 ms on the thread
 * pool, against 65 KB in 3 ms at level 3 and 6 ms on the main thread for resvg's own encoder.
 * Cards are drawn once and then copied on every build from the cache, so size wins.
 */
const DEFLATE = { level: 6 };

/** Encodes RGBA pixels as an 8-bit RGBA PNG. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  return assemble(width, height, deflateSync(rows(rgba, width, height), DEFLATE));
}

const deflateAsync = promisify(deflate);

/** `encodePng` with compression on libuv's thread pool, leaving the main thread free. */
export async function encodePngAsync(rgba: Uint8Array, width: number, height: number): Promise<Buffer> {
  return assemble(width, height, await deflateAsync(rows(rgba, width, height), DEFLATE));
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
