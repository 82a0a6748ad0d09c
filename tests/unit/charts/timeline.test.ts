import { describe, expect, it } from 'vitest';
import {
  layoutTimeline,
  parsePeriod,
  TIMELINE,
  timelineAxis,
  timelineExtent,
  type TimelineItem,
} from '../../../src/charts/timeline/geometry';

const utc = (text: string) => new Date(`${text}T00:00:00Z`);
const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);
const item = (period: string, title = `Story ${period}`): TimelineItem => ({ slug: period, title, period });

describe('parsePeriod', () => {
  it.each([
    // period, start (inclusive), end (exclusive)
    ['2023', '2023-01-01', '2024-01-01'],
    ['2023-11', '2023-11-01', '2023-12-01'],
    ['2023-12', '2023-12-01', '2024-01-01'],
    ['2023-11-05', '2023-11-05', '2023-11-06'],
    ['2023-11/2024-01', '2023-11-01', '2024-02-01'],
    ['2023/2024-01', '2023-01-01', '2024-02-01'],
    ['../2024-01', undefined, '2024-02-01'],
  ])('%s → [%s, %s)', (period, start, end) => {
    const interval = parsePeriod(period);
    expect(day(interval.start)).toBe(start);
    expect(day(interval.end)).toBe(end);
  });

  it('rejects text that is not a period', () => {
    expect(() => parsePeriod('November')).toThrow(/November/);
  });
});

describe('timelineExtent', () => {
  it.each([
    ['one month widens to three months around it', ['2023-11'], '2023-10-01', '2024-01-01'],
    ['one year', ['2023'], '2023-01-01', '2024-01-01'],
    ['the site today', ['2023-11/2024-01', '2023/2024-01', '2023'], '2023-01-01', '2024-02-01'],
    ['several years', ['2015', '2023-11/2024-01', '2019-06'], '2015-01-01', '2024-02-01'],
    ['an open start reaches back a year', ['../2024-01'], '2023-02-01', '2024-02-01'],
    ['an open start within known ones', ['../2024-01', '2020'], '2020-01-01', '2024-02-01'],
  ])('%s', (_name, periods, from, to) => {
    const extent = timelineExtent(periods.map(parsePeriod))!;
    expect(extent.map(day)).toEqual([from, to]);
  });

  it('is undefined for no stories', () => {
    expect(timelineExtent([])).toBeUndefined();
  });
});

describe('timelineAxis', () => {
  const range: [number, number] = [TIMELINE.margin, TIMELINE.width - TIMELINE.margin];
  const spans: [string, string][] = [
    ['2023-10-01', '2024-01-01'],
    ['2023-01-01', '2024-02-01'],
    ['2019-01-01', '2024-02-01'],
    ['1990-01-01', '2030-01-01'],
    ['1800-01-01', '2030-01-01'],
  ];
  it.each(spans)('from %s to %s: few ticks, in order, inside the chart, labels apart', (from, to) => {
    for (const locale of ['zh', 'en'] as const) {
      const ticks = timelineAxis([utc(from), utc(to)], range, TIMELINE.tickSize, locale);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(8);
      ticks.forEach((tick, index) => {
        expect(tick.x).toBeGreaterThanOrEqual(range[0]);
        expect(tick.x).toBeLessThanOrEqual(range[1]);
        if (index > 0) expect(tick.date.getTime()).toBeGreaterThan(ticks[index - 1]!.date.getTime());
      });
    }
  });

  it('writes ticks in the page language, with the year on the first tick and on January', () => {
    const extent: [Date, Date] = [utc('2023-10-01'), utc('2024-01-01')];
    expect(timelineAxis(extent, range, TIMELINE.tickSize, 'zh').map((tick) => tick.label)).toEqual([
      '2023年10月',
      '11月',
      '12月',
      '2024年1月',
    ]);
    expect(timelineAxis(extent, range, TIMELINE.tickSize, 'en').map((tick) => tick.label)).toEqual([
      'Oct 2023',
      'Nov',
      'Dec',
      'Jan 2024',
    ]);
  });

  it('labels years alone when the span is long', () => {
    const labels = timelineAxis([utc('2000-01-01'), utc('2024-02-01')], range, TIMELINE.tickSize, 'zh').map(
      (tick) => tick.label,
    );
    expect(labels.every((label) => /^\d{4}年$/.test(label))).toBe(true);
  });

  it('keeps the labels at either end inside the chart', () => {
    const ticks = timelineAxis([utc('2023-01-01'), utc('2024-02-01')], range, TIMELINE.tickSize, 'en');
    expect(ticks[0]!.anchor).toBe('start');
    expect(ticks.slice(1, -1).every((tick) => tick.anchor === 'middle')).toBe(true);
  });
});

describe('layoutTimeline', () => {
  it('draws nothing for no stories', () => {
    expect(layoutTimeline([], 'en')).toMatchObject({ rows: [], ticks: [], height: 0 });
  });

  it('draws one story as one bar across the middle of a three-month axis', () => {
    const layout = layoutTimeline([item('2023-11')], 'en');
    expect(layout.rows).toHaveLength(1);
    const [row] = layout.rows;
    expect(row!.openStart).toBe(false);
    expect(row!.x0).toBeGreaterThan(TIMELINE.margin);
    expect(row!.x1).toBeLessThan(TIMELINE.width - TIMELINE.margin);
    expect(row!.x1 - row!.x0).toBeCloseTo((TIMELINE.width - 2 * TIMELINE.margin) / 3, -1);
    expect(layout.span).toEqual({ from: '2023-11', to: '2023-11' });
  });

  it('draws bars in time order along the axis, inside the chart', () => {
    const layout = layoutTimeline([item('2023-11/2024-01'), item('2023'), item('2015')], 'zh');
    const [recent, year, old] = layout.rows;
    expect(old!.x0).toBeCloseTo(TIMELINE.margin, 0);
    expect(recent!.x1).toBeCloseTo(TIMELINE.width - TIMELINE.margin, 0);
    expect(year!.x0).toBeGreaterThan(old!.x1);
    expect(recent!.x0).toBeGreaterThan(year!.x0);
    expect(recent!.x0).toBeLessThan(year!.x1);
    expect(layout.span).toEqual({ from: '2015-01', to: '2024-01' });
  });

  it('marks an open start and draws it as a year leading up to its end', () => {
    const layout = layoutTimeline([item('../2024-01'), item('2023-11/2024-01')], 'en');
    const [open, closed] = layout.rows;
    expect(open!.openStart).toBe(true);
    expect(closed!.openStart).toBe(false);
    expect(open!.x1).toBe(closed!.x1);
    expect(open!.x0).toBeCloseTo(TIMELINE.margin, 0);
    expect(layout.span.from).toBe('2023-11');
  });

  it('grows taller with every row, keeping rows apart', () => {
    const heights = [1, 2, 5, 20].map(
      (n) =>
        layoutTimeline(
          Array.from({ length: n }, (_, i) => item(String(2000 + i))),
          'en',
        ).height,
    );
    heights.slice(1).forEach((height, index) => expect(height).toBeGreaterThan(heights[index]!));
    const rows = layoutTimeline([item('2023'), item('2022'), item('2021')], 'en').rows;
    rows.slice(1).forEach((row, index) => expect(row.titleY).toBeGreaterThan(rows[index]!.barY + TIMELINE.bar));
  });

  it('wraps a long title to two lines and cuts the rest, keeping the full title for the link', () => {
    const title = 'A very long title '.repeat(10).trim();
    const [row] = layoutTimeline([item('2023', title)], 'en').rows;
    expect(row!.lines).toHaveLength(2);
    expect(row!.lines[1]).toMatch(/…$/);
    expect(row!.title).toBe(title);
    expect(row!.barY).toBeGreaterThan(row!.titleY + TIMELINE.lineHeight);
  });
});
