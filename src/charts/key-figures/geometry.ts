/**
 * Key-figure cards drawn as SVG, for the chart's image file (the page shows them as HTML cards):
 * one card under another, the full width of the chart, each with its value, what it counts and
 * when, and a rule along its top as on the page.
 */
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, ROW_GAP, round, textBlock, type Rect, type TextLine } from '../layout';
import { wrapText } from '../text';
import type { KeyFigureCard } from './cards';

/** Value size and leading, and the space inside a card. */
const VALUE_SIZE = 30;
const VALUE_LEADING = 38;
const SMALL_SIZE = 16;
const SMALL_LEADING = 22;
const PAD = 16;
/** The rule along a card's top. */
export const CARD_RULE = 4;

/** One card, in viewBox units. */
export interface CardBox {
  id: string;
  derived: boolean;
  rect: Rect;
  value: TextLine[];
  label: TextLine[];
  /** When, and for a derived figure what marks it as such. */
  when: TextLine[];
}

export interface KeyFiguresLayout {
  width: number;
  height: number;
  cards: CardBox[];
  valueSize: number;
  smallSize: number;
}

/** Lays out cards one under another in a viewBox `width` wide; `derived` marks derived figures. */
export function keyFiguresLayout(cards: KeyFigureCard[], derived: string, width = CHART_WIDTH): KeyFiguresLayout {
  const inner = width - 2 * PAD;
  let top = 0;
  const boxes = cards.map((card): CardBox => {
    const start = top;
    let y = top + CARD_RULE + PAD;
    const value = textBlock(wrapText(card.value, inner, VALUE_SIZE, true), PAD, y, VALUE_LEADING, VALUE_SIZE);
    y += value.length * VALUE_LEADING;
    const label = textBlock(wrapText(card.label, inner, FONT_SIZE), PAD, y, LINE_HEIGHT);
    y += label.length * LINE_HEIGHT;
    const whenText = card.derived ? `${card.period} · ${derived}` : card.period;
    const when = textBlock(wrapText(whenText, inner, SMALL_SIZE), PAD, y, SMALL_LEADING, SMALL_SIZE);
    y += when.length * SMALL_LEADING + PAD;
    top = y + ROW_GAP / 2;
    return {
      id: card.id,
      derived: card.derived,
      rect: { x: 0, y: round(start), width, height: round(y - start) },
      value,
      label,
      when,
    };
  });
  return {
    width,
    height: Math.max(round(top - ROW_GAP / 2), 1),
    cards: boxes,
    valueSize: VALUE_SIZE,
    smallSize: SMALL_SIZE,
  };
}
