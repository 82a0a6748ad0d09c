/**
 * Timeline geometry: the time scale, its ticks and one row per story. Pure: takes plain data,
 * returns numbers and strings for `Timeline.astro` to draw.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { dateTag, type Locale } from '../../lib/locale';
import { textWidth, wrap } from './text';

/** One story on the timeline. */
export interface TimelineItem {
  slug: string;
  title: string;
  /** The initiative's period: `2023`, `2023-11`, `2023-11/2024-01` or `../2024-01`. */
  period: string;
}

/** A period as an interval of time: start inclusive (undefined when the source gives none), end exclusive. */
export interface Interval {
  start: Date | undefined;
  end: Date;
}

const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** The first instant of a partial date and the first instant after it: `2023-11` → Nov 1, Dec 1. */
function partialDate(text: string): [Date, Date] {
  const match = PARTIAL.exec(text);
  if (!match) throw new Error(`not a partial date: "${text}"`);
  const [, year, month, day] = match;
  const start = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  const next = day ? utcDay.offset(start, 1) : month ? utcMonth.offset(start, 1) : utcYear.offset(start, 1);
  return [start, next];
}

/** A period as a time interval; `..` as its start means the start is not known. */
export function parsePeriod(period: string): Interval {
  const [first, last = first] = period.split('/') as [string, string?];
  const end = partialDate(last!)[1];
  if (first === '..') return { start: undefined, end };
  return { start: partialDate(first)[0], end };
}

/** How far back an open start ("up to January 2024") is drawn, fading out: one year. */
export const OPEN_LEAD_MONTHS = 12;

/** The shortest span the axis shows, so a single month still reads as a month on a calendar. */
const MIN_SPAN_MONTHS = 3;

/** The start a bar is drawn from: its own, or a year before its end when the start is open. */
export function drawnStart({ start, end }: Interval): Date {
  return start ?? utcMonth.offset(end, -OPEN_LEAD_MONTHS);
}

/** The time the stories span, at least three months; undefined when there are none. */
export function timelineExtent(intervals: readonly Interval[]): [Date, Date] | undefined {
  if (intervals.length === 0) return undefined;
  let lo = new Date(Math.min(...intervals.map((interval) => drawnStart(interval).getTime())));
  let hi = new Date(Math.max(...intervals.map((interval) => interval.end.getTime())));
  lo = utcMonth.floor(lo);
  hi = utcMonth.ceil(hi);
  const short = MIN_SPAN_MONTHS - utcMonth.count(lo, hi);
  if (short > 0) {
    lo = utcMonth.offset(lo, -Math.floor(short / 2));
    hi = utcMonth.offset(hi, Math.ceil(short / 2));
  }
  return [lo, hi];
}

/** Tick steps the axis may use, finest first; never days, since periods are months at finest. */
const STEPS: { unit: 'month' | 'year'; every: number }[] = [
  ...[1, 2, 3, 6].map((every) => ({ unit: 'month' as const, every })),
  ...[1, 2, 5, 10, 20, 50, 100].map((every) => ({ unit: 'year' as const, every })),
];

/** One tick of the axis. */
export interface Tick {
  date: Date;
  x: number;
  label: string;
  /** How the label is aligned to its tick: centred, or kept inside the chart at either end. */
  anchor: 'start' | 'middle' | 'end';
}

/**
 * A tick's label in the page's language: years as `2024年` / `2024`; months as `11月` / `Nov`,
 * with the year added on the first tick and on every January so the reader never loses the year.
 */
export function tickLabel(date: Date, unit: 'month' | 'year', first: boolean, locale: Locale): string {
  const withYear = unit === 'year' || first || date.getUTCMonth() === 0;
  const options: Intl.DateTimeFormatOptions =
    unit === 'year' ? { year: 'numeric' } : withYear ? { year: 'numeric', month: 'short' } : { month: 'short' };
  return new Intl.DateTimeFormat(dateTag(locale), { ...options, timeZone: 'UTC' }).format(date);
}

/**
 * The axis over `extent`: ticks at the finest step whose labels fit side by side in `[x0, x1]`
 * (at least one em apart), so the tick count stays bounded whatever the span, from one month to
 * centuries. Labels near the ends are aligned to stay inside the chart.
 */
export function timelineAxis(
  extent: [Date, Date],
  [x0, x1]: [number, number],
  fontSize: number,
  locale: Locale,
): Tick[] {
  const scale = scaleUtc().domain(extent).range([x0, x1]);
  for (const step of STEPS) {
    const interval = (step.unit === 'month' ? utcMonth : utcYear).every(step.every)!;
    const dates = interval.range(extent[0], utcDay.offset(extent[1], 1));
    const ticks = dates.map((date, index): Tick => {
      const label = tickLabel(date, step.unit, index === 0, locale);
      const x = round(scale(date));
      const half = textWidth(label, fontSize) / 2;
      const anchor = x - half < x0 - fontSize / 2 ? 'start' : x + half > x1 + fontSize / 2 ? 'end' : 'middle';
      return { date, x, label, anchor };
    });
    const half = (tick: Tick) => textWidth(tick.label, fontSize) / 2;
    const left = (tick: Tick) => tick.x - (tick.anchor === 'start' ? 0 : tick.anchor === 'end' ? 2 : 1) * half(tick);
    const right = (tick: Tick) => tick.x + (tick.anchor === 'end' ? 0 : tick.anchor === 'start' ? 2 : 1) * half(tick);
    const fits = ticks.every((tick, index) => index === 0 || left(tick) - right(ticks[index - 1]!) >= fontSize);
    if (fits || step === STEPS.at(-1)) return ticks;
  }
  throw new Error('unreachable: the last step always returns');
}

/** One story's row. */
export interface TimelineRow extends TimelineItem {
  /** The title broken into lines (at most two; the last ends with … when cut). */
  lines: string[];
  /** Baseline of the first title line. */
  titleY: number;
  /** Top of the bar. */
  barY: number;
  /** Bar from x0 to x1; for an open start, x0 is where the fade begins. */
  x0: number;
  x1: number;
  openStart: boolean;
}

/** Everything the timeline component draws. */
export interface TimelineLayout {
  width: number;
  height: number;
  ticks: Tick[];
  /** Top and bottom of the grid lines. */
  gridY: [number, number];
  rows: TimelineRow[];
  /** First known start and last end of the periods, as `YYYY-MM`, for the description. */
  span: { from: string | undefined; to: string };
}

/** Sizes of the timeline, in viewBox units. */
export const TIMELINE = {
  width: 300,
  margin: 6,
  titleSize: 12,
  tickSize: 10.5,
  lineHeight: 15,
  bar: 8,
  rowGap: 12,
  maxLines: 2,
} as const;

/**
 * Lays out the timeline: an axis on top, then one row per story in the order given, each with its
 * title above its bar. The height grows with the rows; the width is fixed.
 */
export function layoutTimeline(items: readonly TimelineItem[], locale: Locale): TimelineLayout {
  const { width, margin, titleSize, tickSize, lineHeight, bar, rowGap, maxLines } = TIMELINE;
  const intervals = items.map((item) => parsePeriod(item.period));
  const extent = timelineExtent(intervals);
  if (!extent) return { width, height: 0, ticks: [], gridY: [0, 0], rows: [], span: { from: undefined, to: '' } };
  const range: [number, number] = [margin, width - margin];
  const ticks = timelineAxis(extent, range, tickSize, locale);
  const scale = scaleUtc().domain(extent).range(range);
  const axisHeight = tickSize * 1.6;
  let y = axisHeight + 6;
  const rows = items.map((item, index) => {
    const interval = intervals[index]!;
    const lines = wrap(item.title, width - titleSize, titleSize, maxLines);
    const titleY = y + titleSize;
    const barY = y + lines.length * lineHeight + 3;
    y = barY + bar + rowGap;
    return {
      ...item,
      lines,
      titleY: round(titleY),
      barY: round(barY),
      x0: round(scale(drawnStart(interval))),
      x1: round(scale(interval.end)),
      openStart: interval.start === undefined,
    };
  });
  const starts = intervals.flatMap(({ start }) => (start ? [start.getTime()] : []));
  const span = {
    from: starts.length > 0 ? yearMonth(new Date(Math.min(...starts))) : undefined,
    to: yearMonth(utcDay.offset(new Date(Math.max(...intervals.map(({ end }) => end.getTime()))), -1)),
  };
  const height = Math.ceil(y - rowGap + margin);
  return { width, height, ticks, gridY: [axisHeight, round(y - rowGap)], rows, span };
}

/** `2024-01` for a date. */
function yearMonth(date: Date): string {
  return date.toISOString().slice(0, 7);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
