/**
 * Node-only: chart images as PNG. resvg draws the chart's SVG (./standalone.ts) with Noto Sans SC
 * from @fontsource/noto-sans-sc, so Chinese renders wherever the build runs, at twice the SVG's
 * size (1,056 pixels wide, chart text 40 pixels high: sharp on a slide). Like the social cards,
 * each PNG is kept on disk under a hash of everything that decides its pixels, so a rebuild links
 * unchanged images instead of drawing them again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { FONT_VERSION, subsetFile, subsetOf, type FontSubset, type Weight } from '../../og/fonts';
import { encodePngAsync } from '../../og/png';
import { writeWhole } from '../../build/cache-fs';
import { Slots } from '../../lib/slots';
import type { ChartImage } from './standalone';
import { escapeXml, serialize, type TextWriter } from './svg';
import { woffToOpenType } from './woff-fs';

/** Bump when drawing changes in a way the SVG does not show (zoom, encoder, font handling). */
const RENDER_VERSION = 1;
/** Pixels per SVG unit. */
export const PNG_ZOOM = 2;

const require = createRequire(join(process.cwd(), 'package.json'));
const TOOLS = `${RENDER_VERSION}|${PNG_ZOOM}|resvg ${(require('@resvg/resvg-js/package.json') as { version: string }).version}|font ${FONT_VERSION}`;

/** Where drawn images and unpacked fonts are kept between builds. */
export const CHART_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'casebook-charts');

/** The family one unicode-range file of the font is given, per weight. */
function family(subset: FontSubset, weight: Weight): string {
  return `CasebookChart-${subset.id}-${weight}`;
}

/** A font file the SVG needs: one unicode-range file in one weight. */
interface Face {
  subset: FontSubset;
  weight: Weight;
}

/** Curly quotes and what takes their place in Latin text: the font's own are full-width, for Chinese. */
const QUOTES: Record<string, { straight: string; opening: boolean }> = {
  '“': { straight: '"', opening: true },
  '”': { straight: '"', opening: false },
  '‘': { straight: "'", opening: true },
  '’': { straight: "'", opening: false },
};

/**
 * A text as the PNG draws it: Noto Sans SC's curly quotes are full-width, so in Latin text (the
 * letter a quote belongs to is Latin) they are drawn straight instead.
 */
export function latinQuotes(text: string): string {
  const chars = [...text];
  return chars
    .map((char, index) => {
      const quote = QUOTES[char];
      if (!quote) return char;
      const neighbour = chars[quote.opening ? index + 1 : index - 1] ?? '';
      return /^[\p{Script=Latin}\d]$/u.test(neighbour) ? quote.straight : char;
    })
    .join('');
}

/**
 * The SVG resvg draws: the image's own, with each text written as runs of the characters one font
 * file holds, every run naming that file's family and the text's weight (and curly quotes in Latin
 * text straight, see `latinQuotes`). Throws, naming the image, when the font has no glyph for a
 * character.
 */
export function rasterSvg(image: ChartImage, name: string): { svg: string; faces: Face[] } {
  const faces = new Map<string, Face>();
  const missing = new Set<string>();
  const runs: TextWriter = (content, parent) => {
    if (parent.name !== 'text') return escapeXml(content);
    const weight: Weight = parent.attributes['font-weight'] === 700 ? 700 : 400;
    let written = '';
    let run = '';
    let current: FontSubset | undefined;
    const flush = () => {
      if (run && current) written += `<tspan font-family="${family(current, weight)}">${escapeXml(run)}</tspan>`;
      run = '';
    };
    for (const char of latinQuotes(content)) {
      const subset = subsetOf(char);
      if (!subset) {
        missing.add(char);
        continue;
      }
      if (subset !== current) flush();
      current = subset;
      faces.set(family(subset, weight), { subset, weight });
      run += char;
    }
    flush();
    return written;
  };
  // Spaces between runs are kept as written, not collapsed at the runs' edges.
  const root = { ...image.root, attributes: { ...image.root.attributes, 'xml:space': 'preserve' } };
  const svg = serialize(root, runs);
  if (missing.size)
    throw new Error(
      `Noto Sans SC has no glyph for ${[...missing].map((char) => `"${char}"`).join(', ')} in the chart image ${name}: use another character in the chart's title, labels or note`,
    );
  return { svg, faces: [...faces.values()] };
}

/** Images drawn at once: enough to keep both cores busy, few enough to bound memory (about 5 MB of pixels each). */
const IN_FLIGHT = 2;

/** Draws chart images as PNG files in the cache folder, each once, fonts unpacked once. */
export class ChartPngRenderer {
  readonly stats = { drawn: 0, cached: 0, ms: 0 };
  private readonly fonts = new Map<string, Promise<string>>();
  private readonly slots = new Slots(IN_FLIGHT);

  constructor(private readonly cacheDir = CHART_CACHE_DIR) {}

  /** The OpenType file of a face, unpacked from the font package's WOFF the first time it is needed. */
  private fontFile(face: Face): Promise<string> {
    const name = family(face.subset, face.weight);
    let file = this.fonts.get(name);
    if (!file) {
      const path = join(this.cacheDir, 'fonts', `${FONT_VERSION}-${RENDER_VERSION}`, `${name}.otf`);
      file = existsSync(path)
        ? Promise.resolve(path)
        : readFile(subsetFile(face.subset, face.weight))
            .then((woff) => writeWhole(path, woffToOpenType(woff, name, face.weight === 700)))
            .then(() => path);
      this.fonts.set(name, file);
    }
    return file;
  }

  /** The file of an image's PNG in the cache, drawn first if need be. `name` is for error messages. */
  async file(image: ChartImage, name: string): Promise<string> {
    const { svg, faces } = rasterSvg(image, name);
    const key = createHash('sha256').update(TOOLS).update(svg).digest('hex').slice(0, 32);
    const file = join(this.cacheDir, `${key}.png`);
    if (existsSync(file)) {
      this.stats.cached++;
      return file;
    }
    const started = performance.now();
    const fontFiles = await Promise.all(faces.map((face) => this.fontFile(face)));
    const png = await this.slots.run(async () => {
      const drawn = await renderAsync(svg, {
        fitTo: { mode: 'zoom', value: PNG_ZOOM },
        font: { fontFiles, loadSystemFonts: false, defaultFontFamily: family(faces[0]!.subset, 400) },
      });
      return encodePngAsync(drawn.pixels, drawn.width, drawn.height);
    });
    await writeWhole(file, png);
    this.stats.drawn++;
    this.stats.ms += performance.now() - started;
    return file;
  }

  /** A one-line summary for the build log. */
  summary(): string {
    const { drawn, cached, ms } = this.stats;
    return drawn
      ? `chart images: ${drawn} drawn (${(ms / drawn).toFixed(0)} ms each, ${IN_FLIGHT} at a time), ${cached} from cache`
      : `chart images: ${cached} from cache`;
  }
}
