/**
 * Horizontal bar chart: one row per figure, its label above the bar (long Chinese labels need
 * the full width at 320 px) and its value at the end of the bar. Values that would crowd the
 * bars out go on a line of their own instead, for every row alike.
 */
import { extent } from 'd3-array';
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
import { textWidth, wrapText } from '../text';

/** One bar to draw. */
export interface BarDatum {
  id: string;
  value: number;
  /** The value as the page prints it, with qualifier and unit: "400+ parking spaces". */
  valueText: string;
  /** What the figure counts, in the page's language. */
  label: string;
  derived: boolean;
}

/** One row of the chart, in viewBox units. */
export interface BarRow {
  id: string;
  derived: boolean;
  label: TextLine[];
  bar: Rect;
  /** The value: one line after the bar, or (wrapped if need be) on lines of its own above it. */
  value: TextLine[];
  valueAt: 'end' | 'line';
}

export interface BarLayout {
  width: number;
  height: number;
  rows: BarRow[];
  /** x of the zero line (not 0 when a value is negative). */
  zero: number;
}

/** Space between a bar's end and its value. */
const VALUE_GAP = 8;
/** Values may take at most this share of the width before they move to their own line. */
const MAX_VALUE_SHARE = 0.5;

/** The x scale: from zero (or the lowest negative value) to the highest value, across `width`. */
export function barScale(values: number[], width: number) {
  const [low = 0, high = 0] = extent(values);
  const domain: [number, number] = [Math.min(0, low), Math.max(0, high)];
  // All zero (or no values): any non-empty domain keeps zero at the left edge.
  if (domain[0] === domain[1]) domain[1] = 1;
  return scaleLinear().domain(domain).range([0, width]);
}

/** Lays out the rows of a bar chart in a viewBox `width` wide. */
export function barLayout(data: BarDatum[], width = CHART_WIDTH): BarLayout {
  const valueWidth = Math.max(0, ...data.map((datum) => textWidth(datum.valueText, FONT_SIZE, true)));
  // One rule for every row, so the values line up.
  const valueAt: BarRow['valueAt'] = valueWidth + VALUE_GAP <= width * MAX_VALUE_SHARE ? 'end' : 'line';
  const x = barScale(
    data.map((datum) => datum.value),
    valueAt === 'end' ? width - valueWidth - VALUE_GAP : width,
  );
  const zero = x(0);
  let top = 0;
  const rows = data.map((datum): BarRow => {
    const label = textBlock(wrapText(datum.label, width, FONT_SIZE), 0, top);
    top += label.length * LINE_HEIGHT;
    const above = valueAt === 'line' ? textBlock(wrapText(datum.valueText, width, FONT_SIZE, true), 0, top) : [];
    top += above.length * LINE_HEIGHT;
    const end = x(datum.value);
    const bar = {
      x: round(Math.min(zero, end)),
      y: round(top + 4),
      width: round(Math.abs(end - zero)),
      height: BAR_HEIGHT,
    };
    top += 4 + BAR_HEIGHT + ROW_GAP;
    const after = { x: round(Math.max(zero, end) + VALUE_GAP), y: round(bar.y + BAR_HEIGHT / 2 + FONT_SIZE * 0.35) };
    const value = valueAt === 'line' ? above : [{ ...after, text: datum.valueText }];
    return { id: datum.id, derived: datum.derived, label, bar, value, valueAt };
  });
  return { width, height: Math.max(round(top - ROW_GAP + 4), 1), rows, zero: round(zero) };
}
