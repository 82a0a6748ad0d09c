import { describe, expect, it } from 'vitest';
import { classOf, countClasses } from '../../../src/charts/map/classes';

describe('countClasses', () => {
  it.each([
    // counts, expected classes as [min, max, colour step]
    ['no divisions', [], [[0, 0, 0]]],
    ['no stories anywhere', [0, 0, 0], [[0, 0, 0]]],
    [
      'zero and one',
      [0, 1, 0],
      [
        [0, 0, 0],
        [1, 1, 4],
      ],
    ],
    [
      'all equal, above zero',
      [3, 3, 3],
      [
        [0, 0, 0],
        [1, 1, 1],
        [2, 2, 3],
        [3, 3, 4],
      ],
    ],
    [
      'the current site: 0, 1 and 2',
      [0, 2, 1, 0, 0, 0, 1, 0, 1, 2],
      [
        [0, 0, 0],
        [1, 1, 1],
        [2, 2, 4],
      ],
    ],
    [
      'many: whole-number ranges up to the highest count',
      [0, 1, 4, 10],
      [
        [0, 0, 0],
        [1, 2, 1],
        [3, 5, 2],
        [6, 7, 3],
        [8, 10, 4],
      ],
    ],
  ])('%s', (_name, counts, expected) => {
    expect(countClasses(counts).map(({ min, max, step }) => [min, max, step])).toEqual(expected);
  });

  it.each([1, 2, 3, 4, 5, 7, 12, 99, 1000])(
    'highest count %d: at most five classes, contiguous, each count in exactly one',
    (max) => {
      const classes = countClasses([0, max]);
      expect(classes.length).toBeLessThanOrEqual(5);
      expect(classes[0]).toEqual({ min: 0, max: 0, step: 0 });
      expect(classes.at(-1)!.max).toBe(max);
      expect(classes.at(-1)!.step).toBe(4);
      classes.slice(1).forEach((range, index) => {
        expect(range.min).toBe(classes[index]!.max + 1);
        expect(range.max).toBeGreaterThanOrEqual(range.min);
        expect(range.step).toBeGreaterThan(classes[index]!.step);
      });
      for (let count = 0; count <= max; count++) {
        expect(classes.filter((range) => count >= range.min && count <= range.max)).toHaveLength(1);
      }
    },
  );
});

describe('classOf', () => {
  const classes = countClasses([0, 1, 4, 10]);
  it.each([
    [0, 0],
    [1, 1],
    [2, 1],
    [5, 2],
    [10, 4],
    [11, 4],
  ])('count %d → step %d', (count, step) => {
    expect(classOf(count, classes).step).toBe(step);
  });
});
