/**
 * Node-only: draws social cards as PNG with satori (layout to SVG) and resvg (SVG to pixels),
 * and keeps each PNG on disk under a hash of everything that decides its pixels, so a rebuild
 * reads unchanged cards instead of drawing them again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { cardPath, type Card } from './cards';
import { FONT_VERSION, loadCardFonts, type CardFonts } from './fonts';
import { CARD_HEIGHT, CARD_WIDTH, cardBackdrop, cardElement, elementTexts, type CardNode } from './layout';
import { encodePngAsync } from './png';
import { writeWhole } from '../build/cache-fs';
import { Slots } from '../lib/slots';

/** Bump when drawing changes in a way the element tree does not show (encoder, resvg options). */
const RENDER_VERSION = 2;

const require = createRequire(join(process.cwd(), 'package.json'));
const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
const TOOLS = `${RENDER_VERSION}|satori ${version('satori')}|resvg ${version('@resvg/resvg-js')}|font ${FONT_VERSION}`;

/** Where cards are kept between builds; `CASEBOOK_OG_CACHE=off` draws every card again. */
export const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'casebook-og');

/** Counts and timings of one build's cards, for the build log. */
export interface RenderStats {
  drawn: number;
  cached: number;
  /** Time spent in satori, one card at a time on the main thread. */
  satoriMs: number;
  /** Wall time from the first card started to the last card drawn. */
  drawMs: number;
  fontMs: number;
  fontFiles: number;
  fontBytes: number;
}

/** Lays a card out as SVG: satori's text layer over the backdrop. Runs on the main thread. */
export async function layoutCard(tree: CardNode, fonts: CardFonts): Promise<string> {
  const root = { ...tree, props: { ...tree.props, style: { ...tree.props.style, fontFamily: fonts.family } } };
  // satori's types ask for a React node; it takes plain { type, props } objects as well.
  const layer = await satori(root as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: fonts.fonts });
  // The backdrop goes first inside satori's <svg>, so the text layer paints over it.
  return layer.replace(/^<svg[^>]*>/, (open) => open + cardBackdrop());
}

/** Draws a card's SVG as PNG: resvg and zlib run on libuv's thread pool, off the main thread. */
export async function rasterCard(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
  return encodePngAsync(image.pixels, image.width, image.height);
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

/** Cards being drawn at once: enough to keep both cores busy, few enough to bound memory (3 MB of pixels each). */
const IN_FLIGHT = 3;

/** Draws the cards of one build, each once, fonts loaded once, from the disk cache where it can. */
export class CardRenderer {
  readonly stats: RenderStats = {
    drawn: 0,
    cached: 0,
    satoriMs: 0,
    drawMs: 0,
    fontMs: 0,
    fontFiles: 0,
    fontBytes: 0,
  };
  private fonts: CardFonts | undefined;
  private firstDraw: number | undefined;
  private readonly drawing = new Map<string, Promise<Buffer>>();
  /** Keys of the cards known to be in the cache folder: drawn in this build, or found there. */
  private readonly written = new Set<string>();
  private readonly keys = new WeakMap<Card, { tree: CardNode; key: string }>();
  private readonly slots = new Slots(IN_FLIGHT);
  private layouts: Promise<void> = Promise.resolve();

  /**
   * `cards` are all the cards of the build: the font is subset once, to the glyphs they all use.
   * `cacheDir` false keeps cards in memory only; `redraw` ignores cards already in the cache
   * (`CASEBOOK_OG_CACHE=off`, for measuring a first build) but still writes them there.
   */
  constructor(
    private readonly cards: Card[],
    private readonly cacheDir: string | false = CACHE_DIR,
    private readonly redraw = process.env.CASEBOOK_OG_CACHE === 'off',
  ) {}

  /**
   * The fonts of this build, loaded on the first card that is not in the cache. Throws, naming the
   * cards and characters, when the font cannot draw some text: a card with empty boxes is a bug.
   */
  private cardFonts(): CardFonts {
    if (!this.fonts) {
      const started = performance.now();
      const texts = this.cards.map((card) => elementTexts(this.keyed(card).tree).join(''));
      const fonts = loadCardFonts(texts.join(''));
      if (fonts.missing.length) {
        const where = this.cards
          .filter((_, index) => fonts.missing.some((char) => texts[index]!.includes(char)))
          .map(cardPath);
        throw new Error(
          `Noto Sans SC has no glyph for ${fonts.missing.map((char) => `"${char}"`).join(', ')}, ` +
            `on the social card${where.length > 1 ? 's' : ''} ${where.join(', ')}: use another character in the title or label`,
        );
      }
      this.fonts = fonts;
      this.stats.fontMs = performance.now() - started;
      this.stats.fontFiles = fonts.fonts.length;
      this.stats.fontBytes = fonts.bytes;
    }
    return this.fonts;
  }

  /** The element tree and cache key of a card, worked out once per card. */
  private keyed(card: Card): { tree: CardNode; key: string } {
    let entry = this.keys.get(card);
    if (!entry) {
      const tree = cardElement(card);
      entry = { tree, key: cardKey(tree) };
      this.keys.set(card, entry);
    }
    return entry;
  }

  /** Whether a card's PNG is on disk, drawn in this build or, unless redrawing, in an earlier one. */
  private onDisk(key: string): string | undefined {
    if (!this.cacheDir) return undefined;
    const file = join(this.cacheDir, `${key}.png`);
    if (this.written.has(key)) return file;
    if (this.redraw || !existsSync(file)) return undefined;
    this.stats.cached++;
    this.written.add(key);
    return file;
  }

  /**
   * The PNG of a card: from the disk cache, else drawn. A card being drawn is shared by identical
   * cards; once written to the cache it is dropped from memory, so a build holds few PNGs at once.
   */
  render(card: Card): Promise<Buffer> {
    const { tree, key } = this.keyed(card);
    const drawing = this.drawing.get(key);
    if (drawing) return drawing;
    const file = this.onDisk(key);
    if (file) return readFile(file);
    const drawn = this.draw(tree, key);
    this.drawing.set(key, drawn);
    if (this.cacheDir)
      void drawn.then(
        () => this.drawing.delete(key),
        () => undefined,
      );
    return drawn;
  }

  /** The file of a card's PNG in the cache, drawn first if need be; the PNG is not read. */
  async file(card: Card): Promise<string> {
    if (!this.cacheDir) throw new Error('social cards: file() needs a cache folder');
    const { key } = this.keyed(card);
    const file = this.onDisk(key);
    if (file) return file;
    await this.render(card);
    return join(this.cacheDir, `${key}.png`);
  }

  /**
   * Starts drawing every card not in the cache, in order, so that drawing runs ahead of the
   * requests for the cards; at most IN_FLIGHT at a time.
   */
  prefetch(): void {
    for (const card of this.cards) {
      const { key } = this.keyed(card);
      if (this.drawing.has(key) || this.onDisk(key)) continue;
      // Errors surface where the card is asked for; this only starts the work.
      this.render(card).catch(() => undefined);
    }
  }

  private async draw(tree: CardNode, key: string): Promise<Buffer> {
    const fonts = this.cardFonts();
    this.firstDraw ??= performance.now();
    const png = await this.slots.run(() => {
      // One layout at a time on the main thread, while earlier cards are drawn on the thread pool.
      const layout = this.layouts.then(async () => {
        const started = performance.now();
        const svg = await layoutCard(tree, fonts);
        this.stats.satoriMs += performance.now() - started;
        return svg;
      });
      this.layouts = layout.then(
        () => undefined,
        () => undefined,
      );
      return layout.then(rasterCard);
    });
    this.stats.drawn++;
    this.stats.drawMs = performance.now() - this.firstDraw;
    if (this.cacheDir) {
      await writeWhole(join(this.cacheDir, `${key}.png`), png);
      this.written.add(key);
    }
    return png;
  }

  /** A one-line summary of the cards drawn and read, for the build log. */
  summary(): string {
    const { drawn, cached, satoriMs, drawMs, fontMs, fontFiles, fontBytes } = this.stats;
    if (!drawn) return `social cards: ${cached} from cache`;
    const each = (ms: number) => (ms / drawn).toFixed(1);
    return (
      `social cards: ${drawn} drawn in ${(drawMs / 1000).toFixed(1)} s (${each(drawMs)} ms a card, ` +
      `satori ${each(satoriMs)} ms of it), ${cached} from cache; ` +
      `font: ${fontFiles} files, ${Math.round(fontBytes / 1024)} KB, loaded in ${fontMs.toFixed(0)} ms`
    );
  }
}
