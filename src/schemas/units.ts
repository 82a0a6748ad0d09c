/**
 * Units a figure can be counted in. Chinese takes a suffix (counter word or measure); English
 * takes a noun (singular/plural) or, for money, a prefix. Add a unit here to use it in data.yaml.
 */
export interface Unit {
  /** Chinese suffix written straight after the number: 件, 元/亩, %. */
  zh: string;
  /** English: a prefix such as ¥, and/or a noun with its singular and plural. */
  en: { prefix?: string; one?: string; other?: string; suffix?: string };
  /**
   * The unit counts whole things one by one (cases, spaces, visitors): a stated value must be a
   * whole number, 0 or more, and a difference of two counts cannot be negative. Money, shares
   * and measures (area, weight, time, anything "per") leave it out: half a mu is real.
   */
  count?: true;
}

export const UNITS = {
  matter: { zh: '件', en: { one: 'matter', other: 'matters' }, count: true },
  'transferred-case': { zh: '条', en: { one: 'case', other: 'cases' }, count: true },
  application: { zh: '证次', en: { one: 'application', other: 'applications' }, count: true },
  'car-park': { zh: '个', en: { one: 'car park', other: 'car parks' }, count: true },
  space: { zh: '个', en: { one: 'parking space', other: 'parking spaces' }, count: true },
  'bus-line': { zh: '条', en: { one: 'bus line', other: 'bus lines' }, count: true },
  year: { zh: '年', en: { one: 'year', other: 'years' } },
  mu: { zh: '亩', en: { one: 'mu', other: 'mu' } },
  tonne: { zh: '吨', en: { one: 'tonne', other: 'tonnes' } },
  yuan: { zh: '元', en: { prefix: '¥' } },
  visitor: { zh: '人', en: { one: 'visitor', other: 'visitors' }, count: true },
  homestay: { zh: '栋', en: { one: 'homestay', other: 'homestays' }, count: true },
  'farm-restaurant': { zh: '栋', en: { one: 'farm restaurant', other: 'farm restaurants' }, count: true },
  event: { zh: '次', en: { one: 'event', other: 'events' }, count: true },
  percent: { zh: '%', en: { suffix: '%' } },
  'tonne-per-mu': { zh: '吨/亩', en: { one: 'tonne per mu', other: 'tonnes per mu' } },
  'yuan-per-mu': { zh: '元/亩', en: { prefix: '¥', suffix: ' per mu' } },
  'yuan-per-visitor': { zh: '元/人', en: { prefix: '¥', suffix: ' per visitor' } },
} as const satisfies Record<string, Unit>;

export type UnitId = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as [UnitId, ...UnitId[]];
