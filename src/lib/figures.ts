import type { Localized } from '../schemas/common';
import { derivedQualifier } from './bounds';
import type { DerivedData, FigureData, InitiativeData, Qualifier } from '../schemas/initiative';
import { formatFigure, formatPeriod } from './format';
import { LOCALES, type Locale } from './locale';
import type { Unit } from '../schemas/units';
import { ui } from '../i18n/ui';

/** A figure ready to show: stated in a source, or derived from stated ones. */
export interface ResolvedFigure {
  id: string;
  value: number;
  /** The unit, with how each language writes it. */
  unit: Unit;
  qualifier: Qualifier;
  period: string;
  label: Localized;
  /** Source ids: one for a stated figure, those of its inputs for a derived one. */
  sources: string[];
  /** For a derived figure: how it was computed and from which ids. */
  derivation?: { op: DerivedData['op']; of: [string, string] };
  headline: boolean;
  /** Shown only in the figures table, not in the story's text. */
  tableOnly: boolean;
}

/** Computes a derived value. `share` is a percentage. */
export function derive(op: DerivedData['op'], a: number, b: number): number {
  switch (op) {
    case 'share':
      return (a / b) * 100;
    case 'ratio':
      return a / b;
    case 'difference':
      return a - b;
  }
}

/** The period of a figure derived from two: theirs when they agree, else both, joined by " + ". */
function joinPeriods(a: string, b: string): string {
  return a === b ? a : [a, b].sort().join(' + ');
}

/**
 * Derived figures whose value their inputs leave unknown (3,000+ minus 800+; lib/bounds.ts): the
 * content check refuses them, and the site never shows them. Rules with an unknown input are left
 * to the check's cross-references.
 */
export function unknownDerived(data: Pick<InitiativeData, 'figures' | 'derived'>): Set<string> {
  const stated = new Map(data.figures.map((figure) => [figure.id, figure]));
  const unknown = new Set<string>();
  for (const rule of data.derived) {
    const [a, b] = rule.of.map((id) => stated.get(id));
    if (a && b && derivedQualifier(rule.op, a, b) === undefined) unknown.add(rule.id);
  }
  return unknown;
}

/**
 * Every figure of an initiative, stated ones first, then derived ones computed here, each as
 * exact as its inputs allow (lib/bounds.ts). Throws when a derived figure names an unknown input
 * or cannot be known from its inputs (the content check reports both first).
 */
export function resolveFigures(
  data: Pick<InitiativeData, 'figures' | 'derived'>,
  units: ReadonlyMap<string, Unit>,
): ResolvedFigure[] {
  const unitOf = (id: string, figure: string) => {
    const unit = units.get(id);
    if (!unit) throw new Error(`figure "${figure}" has unknown unit "${id}" (run npm run check:content)`);
    return unit;
  };
  const stated = new Map(data.figures.map((figure) => [figure.id, figure]));
  const resolved: ResolvedFigure[] = data.figures.map((figure) => ({
    id: figure.id,
    value: figure.value,
    unit: unitOf(figure.unit, figure.id),
    qualifier: figure.qualifier,
    period: figure.period,
    label: figure.label,
    sources: [figure.source],
    headline: figure.headline,
    tableOnly: figure.tableOnly,
  }));
  for (const rule of data.derived) {
    const [a, b] = rule.of.map((id) => {
      const input = stated.get(id);
      if (!input) throw new Error(`derived figure "${rule.id}" uses unknown figure id "${id}"`);
      return input;
    }) as [FigureData, FigureData];
    const qualifier = derivedQualifier(rule.op, a, b);
    if (!qualifier)
      throw new Error(
        `derived figure "${rule.id}" is not known from "${a.id}" and "${b.id}" (run npm run check:content)`,
      );
    resolved.push({
      id: rule.id,
      value: derive(rule.op, a.value, b.value),
      unit: unitOf(rule.unit, rule.id),
      qualifier,
      period: joinPeriods(a.period, b.period),
      label: rule.label,
      sources: [...new Set([a.source, b.source])],
      derivation: { op: rule.op, of: rule.of },
      headline: false,
      tableOnly: rule.tableOnly,
    });
  }
  return resolved;
}

/** The figure's number, unit and qualifier in words. */
export function figureText(figure: ResolvedFigure, locale: Locale): string {
  return formatFigure(figure.value, figure.unit, figure.qualifier, locale);
}

/** The figure's period in words. */
export function figurePeriod(figure: ResolvedFigure, locale: Locale): string {
  return figure.period
    .split(' + ')
    .map((part) => formatPeriod(part, locale))
    .join(ui(locale).periodSeparator);
}

/** Percent, written the same way in every language: for shares a chart computes itself. */
export const PERCENT: Unit = {
  id: 'percent',
  count: false,
  forms: Object.fromEntries(LOCALES.map((locale) => [locale, { suffix: '%' }])) as Unit['forms'],
};
