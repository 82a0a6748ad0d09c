import type { ChartData } from '../schemas/chart';
import type { InitiativeData } from '../schemas/initiative';
import { resolveFigures, unknownDerived, type ResolvedFigure } from '../lib/figures';
import { groupedNumber } from '../lib/format';
import { LOCALES } from '../lib/locale';
import type { Unit } from '../schemas/units';
import { say, type Said } from '../i18n/editor/say';

/** Checks of the charts a story declares in data.yaml, beyond what the schema can say. */

/** Reports one problem at a path in data.yaml, e.g. `['charts', 0, 'figures', 1]`. */
export type ReportAt = (path: PropertyKey[], said: Said) => void;

/** The parts of a story's data that its charts depend on. */
export type ChartedData = Pick<InitiativeData, 'figures' | 'derived'> & { charts: ChartData[] };

/** Parts may fall short of the whole but not exceed it; this much is floating-point noise. */
const TOLERANCE = 1e-9;

/** Ids of the charts a story declares, for checking `<Chart id="…" />` in its text. */
export function chartIds(data: ChartedData): Set<string> {
  return new Set(data.charts.map((chart) => chart.id));
}

/**
 * The story's figures by id, derived ones computed; undefined when a derived figure names an
 * unknown input or unit (the main check reports that). A derived figure its inputs leave unknown
 * is left out: inexact.ts refuses it.
 */
export function resolvedById(
  data: ChartedData,
  units: ReadonlyMap<string, Unit>,
): Map<string, ResolvedFigure> | undefined {
  const unknown = unknownDerived(data);
  try {
    const known = { figures: data.figures, derived: data.derived.filter((rule) => !unknown.has(rule.id)) };
    return new Map(resolveFigures(known, units).map((figure) => [figure.id, figure]));
  } catch {
    return undefined;
  }
}

/**
 * Reports each chart whose figures are unknown or listed twice, whose units do not fit its kind
 * (bar: one unit; part-of-whole: the whole's unit, parts not exceeding the whole), or whose
 * `whole:` is missing or out of place. Missing languages are the schema's to report.
 */
export function checkCharts(data: ChartedData, at: ReportAt, units: ReadonlyMap<string, Unit>): void {
  const figures = resolvedById(data, units);
  const known = new Set([...data.figures.map((figure) => figure.id), ...data.derived.map((rule) => rule.id)]);
  const knownList = [...known];
  const seen = new Set<string>();

  data.charts.forEach((chart, index) => {
    const path = (...rest: PropertyKey[]) => ['charts', index, ...rest];
    if (seen.has(chart.id)) at(path('id'), say('chartIdTwice', chart.id));
    seen.add(chart.id);

    const listed = new Set<string>();
    let allKnown = true;
    chart.figures.forEach((id, position) => {
      if (!known.has(id)) {
        allKnown = false;
        at(path('figures', position), say('chartUnknownFigure', id, knownList));
      } else if (listed.has(id)) {
        at(path('figures', position), say('chartFigureTwice', id));
      }
      listed.add(id);
    });

    checkTypedFigures(chart, data.figures, path, at);
    if (chart.kind !== 'part-of-whole' && chart.whole !== undefined) {
      at(path('whole'), say('wholeOnlyPartOfWhole'));
    }
    if (!figures || !allKnown || chart.figures.some((id) => !figures.has(id))) return;
    const parts = chart.figures.map((id) => figures.get(id)!);

    if (chart.kind === 'bar') {
      if (parts.length < 2) at(path('figures'), say('barNeedsTwo'));
      const first = parts[0]!;
      parts.forEach((figure, position) => {
        if (figure.unit !== first.unit)
          at(path('figures', position), say('barUnits', figure.id, figure.unit.id, first.id, first.unit.id));
      });
    }

    if (chart.kind === 'part-of-whole') checkPartOfWhole(chart, parts, figures, known, knownList, path, at);
  });
}

function checkPartOfWhole(
  chart: ChartData,
  parts: ResolvedFigure[],
  figures: Map<string, ResolvedFigure>,
  known: Set<string>,
  knownList: string[],
  path: (...rest: PropertyKey[]) => PropertyKey[],
  at: ReportAt,
): void {
  if (chart.whole === undefined) {
    at(path('kind'), say('needsWhole'));
    return;
  }
  if (!known.has(chart.whole)) {
    at(path('whole'), say('chartUnknownFigure', chart.whole, knownList));
    return;
  }
  const whole = figures.get(chart.whole);
  if (!whole) return; // a derived figure its inputs leave unknown: inexact.ts refuses it
  if (chart.figures.includes(whole.id)) {
    at(path('whole'), say('wholeIsPart', whole.id));
    return;
  }
  if (whole.value <= 0) at(path('whole'), say('wholeNotPositive', whole.id, whole.value));
  let unitsAgree = true;
  parts.forEach((part, position) => {
    if (part.unit !== whole.unit) {
      unitsAgree = false;
      at(path('figures', position), say('partUnit', part.id, part.unit.id, whole.id, whole.unit.id));
    } else if (part.value < 0) {
      at(path('figures', position), say('partNegative', part.id, part.value));
    }
  });
  const sum = parts.reduce((total, part) => total + part.value, 0);
  if (unitsAgree && sum > whole.value * (1 + TOLERANCE)) {
    at(path('figures'), say('partsExceedWhole', sum, whole.id, whole.value));
  }
}

/** A figure typed into a title or note can drift from data.yaml, as in the story text; small numbers are too common to judge. */
function checkTypedFigures(
  chart: ChartData,
  stated: { id: string; value: number }[],
  path: (...rest: PropertyKey[]) => PropertyKey[],
  at: ReportAt,
): void {
  for (const field of ['title', 'note'] as const) {
    // A language with a fallback shares its text until it has its own: report that text once.
    const seen = new Set<string>();
    for (const locale of LOCALES) {
      const text = chart[field]?.[locale];
      if (!text || seen.has(text)) continue;
      seen.add(text);
      for (const figure of stated.filter((candidate) => candidate.value >= 10)) {
        const pattern = new RegExp(`(?<![\\d.,])(?:${figure.value}|${groupedNumber(figure.value)})(?![\\d]|[.,]\\d)`);
        const found = pattern.exec(text);
        if (found) at(path(field, locale), say('chartTyped', found[0], figure.id, field));
      }
    }
  }
}
