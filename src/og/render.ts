/**
 * Node-only: draws social cards as PNG with satori (layout to SVG) and resvg (SVG to pixels),
 * and keeps each PNG on disk under a hash of everything that decides its pixels, so a rebuild
 * reads unchanged cards instead of drawing them again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Card } from './cards';
import { FONT_VERSION, loadCardFonts, type CardFonts } from './fonts';
import { CARD_HEIGHT, CARD_WIDTH, cardBackdrop, cardElement, elementTexts, type CardNode } from './layout';
import { encodePng } from './png';

/** Bump when drawing changes in a way the element tree does not show (encoder, resvg options). */
const RENDER_VERSION = 1;

const require = createRequire(join(process.cwd(), 'package.json'));
const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
const TOOLS = `${RENDER_VERSION}|satori ${version('satori')}|resvg ${version('@resvg/resvg-js')}|font ${FONT_VERSION}`;

/** Where cards are kept between builds; `CASEBOOK_OG_CACHE=off` turns the cache off. */
export const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'casebook-og');

/** Counts and timings of one build's cards, for the build log. */
export interface RenderStats {
  drawn: number;
  cached: number;
  satoriMs: number;
  resvgMs: number;
  pngMs: number;
  fontMs: number;
  fontFiles: number;
  fontBytes: number;
}

/** Draws one card with the given fonts: satori, then resvg, then the PNG encoder. */
export async function drawCard(tree: CardNode, fonts: CardFonts, stats?: RenderStats): Promise<Buffer> {
  const started = performance.now();
  const root = { ...tree, props: { ...tree.props, style: { ...tree.props.style, fontFamily: fonts.family } } };
  // satori's types ask for a React node; it takes plain { type, props } objects as well.
  const layer = await satori(root as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: fonts.fonts });
  // The backdrop goes first inside satori's <svg>, so the text layer paints over it.
  const svg = layer.replace(/^<svg[^>]*>/, (open) => open + cardBackdrop());
  const drawnSvg = performance.now();
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const drawnPixels = performance.now();
  const png = encodePng(image.pixels, image.width, image.height);
  if (stats) {
    stats.satoriMs += drawnSvg - started;
    stats.resvgMs += drawnPixels - drawnSvg;
    stats.pngMs += performance.now() - drawnPixels;
  }
  return png;
}

/** The cache key of a card: its element tree, the backdrop and the versions of everything that draws it. */
export function cardKey(tree: CardNode): string {
  return createHash('sha256')
    .update(TOOLS)
    .update(cardBackdrop())
    .update(JSON.stringify(tree))
    .digest('hex')
    .slice(0, 32);
}

/** Draws the cards of one build, each once, fonts loaded once, from the disk cache where it can. */
export class CardRenderer {
  readonly stats: RenderStats = {
    drawn: 0,
    cached: 0,
    satoriMs: 0,
    resvgMs: 0,
    pngMs: 0,
    fontMs: 0,
    fontFiles: 0,
    fontBytes: 0,
  };
  private fonts: CardFonts | undefined;
  private readonly pending = new Map<string, Promise<Buffer>>();

  /**
   * `cards` are all the cards of the build: the font is subset once, to the glyphs they all use.
   * `cacheDir` false turns the disk cache off.
   */
  constructor(
    private readonly cards: Card[],
    private readonly cacheDir: string | false = process.env.CASEBOOK_OG_CACHE === 'off' ? false : CACHE_DIR,
  ) {}

  /** The fonts of this build, loaded on the first card that is not in the cache. */
  private cardFonts(): CardFonts {
    if (!this.fonts) {
      const started = performance.now();
      this.fonts = loadCardFonts(this.cards.map((card) => elementTexts(cardElement(card)).join('')).join(''));
      this.stats.fontMs = performance.now() - started;
      this.stats.fontFiles = this.fonts.fonts.length;
      this.stats.fontBytes = this.fonts.bytes;
    }
    return this.fonts;
  }

  /** The PNG of a card: from memory when an identical card was drawn, else from disk, else drawn. */
  render(card: Card): Promise<Buffer> {
    const tree = cardElement(card);
    const key = cardKey(tree);
    let png = this.pending.get(key);
    if (!png) {
      png = this.load(key, tree);
      this.pending.set(key, png);
    }
    return png;
  }

  private async load(key: string, tree: CardNode): Promise<Buffer> {
    const file = this.cacheDir && join(this.cacheDir, `${key}.png`);
    if (file) {
      try {
        const png = readFileSync(file);
        this.stats.cached++;
        return png;
      } catch {
        // not drawn yet
      }
    }
    const png = await drawCard(tree, this.cardFonts(), this.stats);
    this.stats.drawn++;
    if (file) {
      // Write then rename, so a build stopped half-way never leaves a truncated card behind.
      mkdirSync(this.cacheDir as string, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, png);
      renameSync(partial, file);
    }
    return png;
  }

  /** A one-line summary of the cards drawn and read, for the build log. */
  summary(): string {
    const { drawn, cached, satoriMs, resvgMs, pngMs, fontMs, fontFiles, fontBytes } = this.stats;
    const each = (ms: number) => (drawn ? (ms / drawn).toFixed(1) : '0');
    return (
      `social cards: ${drawn} drawn, ${cached} from cache` +
      (drawn
        ? ` (per card ${each(satoriMs + resvgMs + pngMs)} ms: satori ${each(satoriMs)}, resvg ${each(resvgMs)}, png ${each(pngMs)}; ` +
          `font ${fontFiles} files, ${Math.round(fontBytes / 1024)} KB, ${fontMs.toFixed(0)} ms)`
        : '')
    );
  }
}
