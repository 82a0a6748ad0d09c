/**
 * Colour classes for story counts. Counts are small whole numbers, so the scale is made of whole
 * numbers too: no stories is a class of its own, and one to the highest count is split into at
 * most four classes, one per count while the highest count is four or less.
 */

/** One class of the map's colour scale. */
export interface CountClass {
  /** Lowest count in the class. */
  min: number;
  /** Highest count in the class. */
  max: number;
  /**
   * Step on the colour ramp, 0 (no stories) to 4 (most): used as a CSS class. Steps are spread
   * over the ramp so the top class is always the darkest and neighbouring classes differ clearly.
   */
  step: number;
}

/** Most classes for counts above zero; with "none", five in all. */
export const MAX_POSITIVE_CLASSES = 4;

/** The classes for a set of counts, lowest first; always starts with the "no stories" class. */
export function countClasses(counts: readonly number[]): CountClass[] {
  const max = Math.max(0, ...counts.filter((count) => Number.isFinite(count)));
  const classes: CountClass[] = [{ min: 0, max: 0, step: 0 }];
  const n = Math.min(MAX_POSITIVE_CLASSES, max);
  for (let i = 0; i < n; i++) {
    const min = 1 + Math.floor((i * max) / n);
    const next = 1 + Math.floor(((i + 1) * max) / n);
    const step = n === 1 ? MAX_POSITIVE_CLASSES : Math.round(1 + (i * (MAX_POSITIVE_CLASSES - 1)) / (n - 1));
    classes.push({ min, max: next - 1, step });
  }
  return classes;
}

/** The class a count falls in. */
export function classOf(count: number, classes: readonly CountClass[]): CountClass {
  return classes.find((range) => count >= range.min && count <= range.max) ?? classes.at(-1)!;
}
