/**
 * The code a reader pastes into another site to show a chart there: an <iframe> of the chart's
 * embed page, with a height worked out from the chart, so that in a column about 600 pixels wide
 * the chart, its note and its source line show without a scroll bar.
 */
import type { ChartKind } from '../schemas/chart';
import type { ChartView } from './view';

/** The drawing's width on the embed page, over its viewBox width (26rem of 480 units). */
const SCALE = 416 / 480;
/** Title, source line, data-table toggle, link to the story and margins, in CSS pixels. */
const FRAME = 230;
/** Height of a row of key-figure cards. */
const CARD_ROW = 130;
/** Characters in a line of the note, and the height of that line. */
const NOTE_LINE = { chars: 40, height: 24 };

/** Estimated height in CSS pixels of a chart's embed page, rounded up to ten. */
export function embedHeight(view: ChartView, kind: ChartKind, figures: number): number {
  const drawing =
    kind === 'key-figures'
      ? Math.ceil(figures / 2) * CARD_ROW
      : (view.bar?.height ?? view.partOfWhole?.height ?? 0) * SCALE;
  const note = view.note ? Math.ceil([...view.note].length / NOTE_LINE.chars) * NOTE_LINE.height : 0;
  return Math.ceil((FRAME + drawing + note) / 10) * 10;
}

/** An HTML attribute value, quoted. */
const attribute = (value: string) => `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;

/** The <iframe> element that embeds the page at `url`, named by the chart's title. */
export function embedSnippet(url: string, title: string, height: number): string {
  return `<iframe src=${attribute(url)} title=${attribute(title)} width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
