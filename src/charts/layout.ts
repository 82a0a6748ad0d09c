/**
 * Shared measures of the chart kit. Every chart is drawn in a viewBox this wide and shown no
 * wider than 26rem (416 CSS pixels; charts.css), so a font size of `FONT_SIZE` user
 * units renders between 12 px (a 288 px column on a 320 px phone) and about 17 px, like body text.
 */

/** Width of every chart's viewBox, in user units. */
export const CHART_WIDTH = 480;
/** Font size of chart text, in user units. */
export const FONT_SIZE = 20;
/** Distance between baselines of wrapped text, in user units. */
export const LINE_HEIGHT = 26;
/** Height of a bar, in user units. */
export const BAR_HEIGHT = 24;
/** Space between one item of a chart and the next, in user units. */
export const ROW_GAP = 18;

/** One line of text: `y` is its baseline. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
}

/** An axis-aligned rectangle. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lines of text set one below the other, the first baseline one ascent below `top`. */
export function textBlock(
  lines: string[],
  x: number,
  top: number,
  lineHeight = LINE_HEIGHT,
  fontSize = FONT_SIZE,
): TextLine[] {
  return lines.map((text, index) => ({ x, y: round(top + fontSize * 0.9 + index * lineHeight), text }));
}

/** Rounds to two decimals so the markup stays short and stable. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
