/** Key-figure cards: each figure's number with its qualifier, what it counts, when, and a link to its row. */
import { figurePeriod, figureText, type ResolvedFigure } from '../../lib/figures';
import type { Locale } from '../../lib/locale';

/** What one card shows, in the page's language. */
export interface KeyFigureCard {
  id: string;
  /** Number, qualifier and unit: "3,840+ matters", "3840余件". */
  value: string;
  label: string;
  period: string;
  derived: boolean;
  /** The figure's row in the story's figures table. */
  href: string;
}

/** The anchor of a figure's row in the story's figures table. */
export function figureAnchor(id: string): string {
  return `#figure-${id}`;
}

/** Cards for figures, in the order given. */
export function keyFigureCards(figures: ResolvedFigure[], locale: Locale): KeyFigureCard[] {
  return figures.map((figure) => ({
    id: figure.id,
    value: figureText(figure, locale),
    label: figure.label[locale],
    period: figurePeriod(figure, locale),
    derived: figure.derivation !== undefined,
    href: figureAnchor(figure.id),
  }));
}
