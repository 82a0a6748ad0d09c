import { describe, expect, it } from 'vitest';
import { barLayout, barScale, type BarDatum } from '../../../src/charts/bar/geometry';
import { CHART_WIDTH } from '../../../src/charts/layout';
import { textWidth } from '../../../src/charts/text';

const datum = (id: string, value: number, valueText = String(value)): BarDatum => ({
  id,
  value,
  valueText,
  label: `label of ${id}`,
  derived: false,
});

describe('barScale', () => {
  it.each([
    { values: [3840, 400], domain: [0, 3840], at: [[400, 50]] },
    { values: [5], domain: [0, 5], at: [[5, 480]] },
    // Empty or all zero: a domain that keeps zero at the left edge, not in the middle.
    { values: [], domain: [0, 1], at: [[0, 0]] },
    { values: [0, 0], domain: [0, 1], at: [[0, 0]] },
    // A negative value moves zero right.
    { values: [-10, 30], domain: [-10, 30], at: [[0, 120]] },
  ])('$values → domain $domain', ({ values, domain, at }) => {
    const scale = barScale(values, 480);
    expect(scale.domain()).toEqual(domain);
    for (const [input, output] of at) expect(scale(input!)).toBeCloseTo(output!);
  });
});

describe('barLayout', () => {
  it('draws an empty series as no rows', () => {
    const layout = barLayout([]);
    expect(layout.rows).toEqual([]);
    expect(layout.width).toBe(CHART_WIDTH);
    expect(layout.height).toBeGreaterThan(0);
  });

  it('gives bars lengths in proportion to their values, from zero', () => {
    const { rows, zero } = barLayout([datum('a', 3840), datum('b', 400), datum('c', 0)]);
    const [a, b, c] = rows.map((row) => row.bar);
    expect(zero).toBe(0);
    expect(a!.x).toBe(0);
    expect(b!.width / a!.width).toBeCloseTo(400 / 3840, 3);
    expect(c!.width).toBe(0);
    // A zero still gets its value printed.
    expect(rows[2]!.value.map((line) => line.text)).toEqual(['0']);
  });

  it('gives a single value the whole span', () => {
    const [row] = barLayout([datum('only', 7, '7 car parks')]).rows;
    expect(row!.valueAt).toBe('end');
    expect(row!.bar.width + 8 + textWidth('7 car parks', 20, true)).toBeCloseTo(CHART_WIDTH, 0);
  });

  it('stacks rows without overlap, each label above its bar', () => {
    const { rows, height } = barLayout([datum('a', 1), datum('b', 2), datum('c', 3)]);
    let bottom = 0;
    for (const row of rows) {
      expect(row.label[0]!.y).toBeGreaterThan(bottom);
      expect(row.bar.y).toBeGreaterThan(row.label.at(-1)!.y);
      bottom = row.bar.y + row.bar.height;
    }
    expect(height).toBeGreaterThanOrEqual(bottom);
  });

  it('draws negative values left of zero', () => {
    const { rows, zero } = barLayout([datum('down', -10), datum('up', 30)]);
    expect(zero).toBeGreaterThan(0);
    expect(rows[0]!.bar.x + rows[0]!.bar.width).toBeCloseTo(zero);
    expect(rows[1]!.bar.x).toBeCloseTo(zero);
  });

  it('keeps every value inside the chart: after the bar when short, on its own line when long', () => {
    for (const valueText of ['3840个', '3,840 parking spaces', 'more than ¥320 million a year in output value']) {
      const { rows } = barLayout([datum('a', 3840, valueText), datum('b', 400, valueText)]);
      for (const row of rows) {
        expect(row.value.map((line) => line.text).join(' ')).toBe(valueText);
        for (const line of row.value) {
          expect(line.x + textWidth(line.text, 20, true), valueText).toBeLessThanOrEqual(CHART_WIDTH);
          if (row.valueAt === 'line') expect(line.y).toBeLessThan(row.bar.y);
        }
      }
    }
  });

  it('wraps long labels to the chart width', () => {
    const long = {
      ...datum('a', 1),
      label: 'public spaces in the hospital’s new parking building, opened in November',
    };
    const [row] = barLayout([long]).rows;
    expect(row!.label.length).toBeGreaterThan(1);
    for (const line of row!.label) expect(textWidth(line.text, 20)).toBeLessThanOrEqual(CHART_WIDTH);
  });
});
