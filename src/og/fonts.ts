/**
 * Node-only: the CJK font for social cards, subset to the glyphs the cards use.
 *
 * @fontsource/noto-sans-sc ships Noto Sans SC cut into about a hundred files by unicode-range
 * (the way Google Fonts serves CJK), each as WOFF2 and WOFF. Satori reads WOFF, so subsetting
 * is a matter of picking the files whose ranges hold the characters on the cards: a build
 * loads a few hundred kilobytes instead of the whole 10 MB font.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Font weights the card layout uses. */
export const WEIGHTS = [400, 700] as const;
/** One of the weights the card layout uses. */
export type Weight = (typeof WEIGHTS)[number];

/** A font as satori takes it. */
export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

/** One unicode-range file of the font: its id in the file name and the code points it holds. */
export interface FontSubset {
  id: string;
  ranges: [number, number][];
}

const require = createRequire(join(process.cwd(), 'package.json'));
const packageDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

/** Version of the font package, part of each card's cache key. */
export const FONT_VERSION: string = (
  JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }
).version;

/** Parses a CSS unicode-range value: 'U+0000-00FF,U+0131' → [[0, 255], [305, 305]]. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [start, end] = part.trim().replace(/^U\+/i, '').split('-') as [string, string | undefined];
    const from = parseInt(start, 16);
    return [from, end === undefined ? from : parseInt(end, 16)];
  });
}

let subsets: FontSubset[] | undefined;

/**
 * The font's unicode-range files, Latin first: the numbered CJK files also hold ASCII, and a
 * character found in several files is drawn from the first.
 */
export function fontSubsets(): FontSubset[] {
  subsets ??= Object.entries(
    JSON.parse(readFileSync(join(packageDir, 'unicode.json'), 'utf8')) as Record<string, string>,
  )
    .map(([key, value]) => ({ id: key.replace(/^\[|\]$/g, ''), ranges: parseUnicodeRange(value) }))
    .sort((a, b) => Number(b.id === 'latin') - Number(a.id === 'latin'));
  return subsets;
}

/** Whether a subset file holds a code point. */
export function subsetHas(subset: FontSubset, codePoint: number): boolean {
  return subset.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The first subset file that holds a character, if any does. */
export function subsetOf(char: string): FontSubset | undefined {
  const codePoint = char.codePointAt(0)!;
  return fontSubsets().find((subset) => subsetHas(subset, codePoint));
}

/** Characters that need no glyph (spaces, line breaks). */
const BLANK = /\s/u;

/**
 * The subset files needed to draw `text`, in font order, and any characters no file holds
 * (those would be drawn as empty boxes).
 */
export function subsetsFor(text: string): { subsets: FontSubset[]; missing: string[] } {
  const all = fontSubsets();
  const needed = new Set<FontSubset>();
  const missing = new Set<string>();
  for (const char of new Set(text)) {
    if (BLANK.test(char)) continue;
    const subset = subsetOf(char);
    if (subset) needed.add(subset);
    else missing.add(char);
  }
  return { subsets: all.filter((subset) => needed.has(subset)), missing: [...missing] };
}

/** The file of one subset in one weight. */
export function subsetFile(subset: FontSubset, weight: Weight): string {
  return join(packageDir, 'files', `noto-sans-sc-${subset.id}-${weight}-normal.woff`);
}

/** The family name a subset file is registered under: a plain CSS identifier, no quoting needed. */
function familyOf(subset: FontSubset): string {
  return `NotoSansSC-${subset.id}`;
}

/** Fonts for satori, ready to pass to every render of a build, and the CSS font family naming them. */
export interface CardFonts {
  fonts: SatoriFont[];
  /** A font-family list naming every subset, so satori looks for each glyph in all of them. */
  family: string;
  /** Bytes of WOFF read. */
  bytes: number;
  /** Characters of the text that no file holds: they would be drawn as empty boxes. */
  missing: string[];
}

/**
 * Loads the subset files that draw `text`, in every weight. Each file gets a family name of its
 * own: satori keeps one font per family and weight, so files sharing one name would hide each other.
 */
export function loadCardFonts(text: string): CardFonts {
  const { subsets: needed, missing } = subsetsFor(text);
  const fonts = needed.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: familyOf(subset),
      data: readFileSync(subsetFile(subset, weight)),
      weight,
      style: 'normal' as const,
    })),
  );
  return {
    fonts,
    family: needed.map(familyOf).join(', '),
    bytes: fonts.reduce((sum, font) => sum + font.data.length, 0),
    missing,
  };
}
