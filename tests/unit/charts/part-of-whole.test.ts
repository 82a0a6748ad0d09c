import { describe, expect, it } from 'vitest';
import { CHART_WIDTH } from '../../../src/charts/layout';
import { partOfWholeLayout, shares, type PartDatum } from '../../../src/charts/part-of-whole/geometry';

describe('shares', () => {
  it.each([
    { whole: 598, parts: [288], fractions: [288 / 598], rest: 310 },
    { whole: 598, parts: [288, 310], fractions: [288 / 598, 310 / 598], rest: 0 },
    { whole: 10, parts: [0, 10], fractions: [0, 1], rest: 0 },
    { whole: 10, parts: [], fractions: [], rest: 10 },
    // Floating-point noise is not a rest.
    { whole: 0.3, parts: [0.1, 0.2], fractions: [1 / 3, 2 / 3], rest: 0 },
  ])('$parts of $whole', ({ whole, parts, fractions, rest }) => {
    const result = shares(whole, parts);
    result.parts.forEach((fraction, index) => expect(fraction).toBeCloseTo(fractions[index]!));
    expect(result.rest).toBeCloseTo(rest);
  });

  it.each([
    { whole: 598, parts: [288, 311], error: /the parts \(599\) exceed the whole \(598\)/ },
    { whole: 0, parts: [], error: /the whole must be more than zero/ },
    { whole: -5, parts: [], error: /the whole must be more than zero/ },
    { whole: 10, parts: [-1, 5], error: /a part cannot be negative/ },
  ])('rejects $parts of $whole', ({ whole, parts, error }) => {
    expect(() => shares(whole, parts)).toThrow(error);
  });
});

const part = (id: string, value: number, extra: Partial<PartDatum> = {}): PartDatum => ({
  id,
  value,
  valueText: `${value}`,
  label: `label of ${id}`,
  derived: false,
  ...extra,
});
const whole = { value: 598, valueText: '598 applications', label: 'applications' };

describe('partOfWholeLayout', () => {
  it('divides one full-width bar in order, with a gap between neighbours', () => {
    const { segments, frame } = partOfWholeLayout(whole, [part('minors', 288), part('adults', 310, { derived: true })]);
    const [minors, adults] = segments;
    expect(frame.width).toBe(CHART_WIDTH);
    expect(minors!.rect.x).toBe(0);
    expect(minors!.rect.width).toBeCloseTo((288 / 598) * CHART_WIDTH - 3, 1);
    expect(adults!.rect.x).toBeCloseTo((288 / 598) * CHART_WIDTH, 1);
    expect(adults!.rect.x + adults!.rect.width).toBeCloseTo(CHART_WIDTH, 1);
    expect(segments.map((segment) => segment.share)).toEqual([288 / 598, 310 / 598]);
    expect(segments.map((segment) => [segment.tone, segment.derived])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('leaves the end of the bar empty when the parts fall short, and colours the rest apart', () => {
    const short = partOfWholeLayout(whole, [part('minors', 288)]);
    expect(short.segments[0]!.rect.width).toBeLessThan(CHART_WIDTH / 2);
    const withRest = partOfWholeLayout(whole, [part('minors', 288), part('rest', 310, { rest: true, derived: true })]);
    expect(withRest.segments[1]!.tone).toBe(0);
  });

  it('draws a zero part as an empty segment, and a single part equal to the whole as the full bar', () => {
    expect(partOfWholeLayout(whole, [part('none', 0), part('all', 598)]).segments[0]!.rect.width).toBe(0);
    expect(partOfWholeLayout(whole, [part('all', 598)]).segments[0]!.rect.width).toBe(CHART_WIDTH);
  });

  it('puts the key below the bar, one entry after another', () => {
    const { segments, frame, height } = partOfWholeLayout(whole, [part('a', 100), part('b', 200), part('c', 298)]);
    let previous = frame.y + frame.height;
    for (const segment of segments) {
      expect(segment.swatch.y).toBeGreaterThan(previous);
      expect(segment.key[0]!.y).toBeGreaterThan(previous);
      previous = segment.key.at(-1)!.y;
    }
    expect(height).toBeGreaterThan(previous);
  });

  it('rejects parts that exceed the whole', () => {
    expect(() => partOfWholeLayout(whole, [part('a', 300), part('b', 300)])).toThrow(RangeError);
  });
});
