/**
 * Part-of-whole bar: the whole as one bar the full width of the chart, divided into its parts
 * in order, with what the parts leave over (if anything) as a last segment, "the rest". A key
 * below names each segment with its value and share, so no label has to fit inside a segment.
 */
import { sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import {
  BAR_HEIGHT,
  CHART_WIDTH,
  FONT_SIZE,
  LINE_HEIGHT,
  ROW_GAP,
  round,
  textBlock,
  type Rect,
  type TextLine,
} from '../layout';
import { wrapText } from '../text';

/** Parts may fall short of the whole but not exceed it; this much is floating-point noise. */
const TOLERANCE = 1e-9;
/** Gap between neighbouring segments, so they stay apart without relying on colour. */
const SEGMENT_GAP = 3;
/** Size of a key's colour swatch, and the indent of its text. */
const SWATCH = 20;
const KEY_INDENT = 32;

/** The shares of a whole: each part's fraction, and what is left over. */
export interface Shares {
  parts: number[];
  /** The whole minus the parts, 0 when they add up to it. */
  rest: number;
}

/**
 * Each part as a fraction of the whole. Throws a RangeError when the whole is not positive, a
 * part is negative, or the parts add up to more than the whole (the content check says so first).
 */
export function shares(whole: number, parts: number[]): Shares {
  if (!(whole > 0)) throw new RangeError(`the whole must be more than zero, not ${whole}`);
  const negative = parts.find((part) => part < 0);
  if (negative !== undefined) throw new RangeError(`a part cannot be negative (${negative})`);
  const total = sum(parts);
  if (total > whole * (1 + TOLERANCE)) throw new RangeError(`the parts (${total}) exceed the whole (${whole})`);
  const rest = whole - total;
  return { parts: parts.map((part) => part / whole), rest: rest > whole * TOLERANCE ? rest : 0 };
}

/** A segment of the bar and its line in the key. */
export interface Segment {
  id: string;
  /** Fraction of the whole, 0–1. */
  share: number;
  derived: boolean;
  /** Colour: 1–4 for parts in turn (then round again), 0 for "the rest". */
  tone: number;
  rect: Rect;
  swatch: Rect;
  key: TextLine[];
}

/** One part to draw; the key's first line is its value and share, then its label. */
export interface PartDatum {
  id: string;
  value: number;
  /** "288 applications · 48.2%" in the page's language. */
  valueText: string;
  label: string;
  derived: boolean;
  /** What the other parts leave of the whole: drawn in a neutral hatch. */
  rest?: boolean;
}

export interface PartOfWholeLayout {
  width: number;
  height: number;
  /** The whole's value and label, above the bar. */
  heading: TextLine[];
  /** Where the whole bar lies. */
  frame: Rect;
  segments: Segment[];
}

/**
 * Lays out a part-of-whole bar in a viewBox `width` wide. Parts are drawn left to right; if
 * they fall short of the whole, the end of the bar stays empty (pass the rest as a part, marked
 * `rest`, to draw it). Throws like `shares` when the parts exceed the whole.
 */
export function partOfWholeLayout(
  whole: { value: number; valueText: string; label: string },
  parts: PartDatum[],
  width = CHART_WIDTH,
): PartOfWholeLayout {
  const split = shares(
    whole.value,
    parts.map((part) => part.value),
  );
  const heading = textBlock([whole.valueText, ...wrapText(whole.label, width, FONT_SIZE)], 0, 0);
  const frame = { x: 0, y: round(heading.length * LINE_HEIGHT + 6), width, height: BAR_HEIGHT * 1.5 };
  const x = scaleLinear().domain([0, whole.value]).range([0, width]);
  let start = 0;
  let top = frame.y + frame.height + ROW_GAP;
  let colour = 0;
  const segments = parts.map((part, index): Segment => {
    const from = x(start);
    start += part.value;
    const to = x(start);
    const last = index === parts.length - 1 && split.rest === 0;
    const rect = {
      x: round(from),
      y: frame.y,
      width: round(Math.max(0, to - from - (last ? 0 : SEGMENT_GAP))),
      height: frame.height,
    };
    const lines = [part.valueText, ...wrapText(part.label, width - KEY_INDENT, FONT_SIZE)];
    const key = textBlock(lines, KEY_INDENT, top);
    const swatch = { x: 0, y: round(top + 3), width: SWATCH, height: SWATCH };
    top += lines.length * LINE_HEIGHT + ROW_GAP / 2;
    const tone = part.rest ? 0 : (colour++ % 4) + 1;
    return { id: part.id, share: split.parts[index]!, derived: part.derived, tone, rect, swatch, key };
  });
  return { width, height: round(top - ROW_GAP / 2 + 4), heading, frame, segments };
}
