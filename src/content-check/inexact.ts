import { derivedQualifier, restQualifier, worthPointingOut, type Inexact } from '../lib/bounds';
import { derive } from '../lib/figures';
import { say } from '../i18n/editor/say';
import type { Unit } from '../schemas/units';
import { resolvedById, type ChartedData, type ReportAt } from './charts';

/**
 * Arithmetic on inexact figures (lib/bounds.ts), as the editor is told about it. A derived figure
 * its inputs leave unknown (3,000+ minus 800+) is refused, with the combinations that work; one
 * that is only a bound or an estimate is shown as such and gets a warning when it is not simply
 * its one inexact input's kind carried through. A part-of-whole chart whose shares or remainder
 * are unknown or inexact gets a warning naming the chart and its figures.
 */

/** Parts may fall short of the whole but not exceed it; this much is floating-point noise. */
const TOLERANCE = 1e-9;

/** A computed value for a message, without floating-point noise: 548.5714… → 548.57. */
const shortly = (value: number) => Number(value.toFixed(2));

/** A figure as a message names it: `"spaces" (more than 3840)`. */
const named = (figure: Inexact & { id: string }) => say('figureAs', figure.id, figure.qualifier, shortly(figure.value));

/** Reports derived figures and part-of-whole charts of `data` that inexact figures leave unknown or inexact. */
export function checkInexact(data: ChartedData, units: ReadonlyMap<string, Unit>, at: ReportAt, warn: ReportAt): void {
  const stated = new Map(data.figures.map((figure) => [figure.id, figure]));
  data.derived.forEach((rule, index) => {
    const [a, b] = rule.of.map((id) => stated.get(id));
    // Unknown inputs and division by zero are reported with the other cross-references.
    if (!a || !b || (rule.op !== 'difference' && b.value === 0)) return;
    const qualifier = derivedQualifier(rule.op, a, b);
    if (!qualifier) at(['derived', index, 'of'], say('derivedUnknown', rule.id, rule.op, named(a), named(b)));
    else if (worthPointingOut(qualifier, [a, b])) {
      const shown = say('valueAs', qualifier, shortly(derive(rule.op, a.value, b.value)));
      warn(['derived', index, 'id'], say('derivedInexact', rule.id, rule.op, named(a), named(b), shown));
    }
  });

  const figures = resolvedById(data, units);
  if (!figures) return;
  data.charts.forEach((chart, index) => {
    const whole = chart.kind === 'part-of-whole' && chart.whole !== undefined ? figures.get(chart.whole) : undefined;
    const parts = chart.figures.map((id) => figures.get(id)!);
    // A chart the other checks refuse (unknown ids, units, a whole of zero) is theirs to report.
    if (!whole || whole.value <= 0 || parts.some((part) => !part || part.unit !== whole.unit)) return;
    const shares = parts.map((part) => derivedQualifier('share', part, whole));
    const left = whole.value - parts.reduce((total, part) => total + part.value, 0) > whole.value * TOLERANCE;
    const rest = left
      ? restQualifier(
          whole.qualifier,
          parts.map((part) => part.qualifier),
        )
      : 'exact';
    const restShare = left ? restQualifier('exact', shares) : 'exact';
    const where = ['charts', index, 'figures'];
    if (shares.includes(undefined) || !rest || !restShare)
      warn(where, say('chartUnknownRest', chart.id, named(whole), parts.map(named)));
    else if (
      shares.some((share, position) => worthPointingOut(share, [parts[position]!, whole])) ||
      (left && worthPointingOut(rest, [whole, ...parts]))
    )
      warn(where, say('chartInexact', chart.id, named(whole), parts.map(named)));
  });
}
