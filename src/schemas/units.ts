/**
 * Units a figure can be counted in. Chinese takes a suffix (counter word or measure); English
 * takes a noun (singular/plural) or, for money, a prefix. Add a unit here to use it in data.yaml.
 */
export interface Unit {
  /** Chinese suffix written straight after the number: 件, 元/亩, %. */
  zh: string;
  /** English: a prefix such as ¥, and/or a noun with its singular and plural. */
  en: { prefix?: string; one?: string; other?: string; suffix?: string };
}

export const UNITS = {
  matter: { zh: '件', en: { one: 'matter', other: 'matters' } },
  'transferred-case': { zh: '条', en: { one: 'case', other: 'cases' } },
  application: { zh: '证次', en: { one: 'application', other: 'applications' } },
  // The source counts car-park projects (停车场项目), not finished car parks.
  'car-park': { zh: '个', en: { one: 'car-park project', other: 'car-park projects' } },
  space: { zh: '个', en: { one: 'parking space', other: 'parking spaces' } },
  'bus-line': { zh: '条', en: { one: 'bus line', other: 'bus lines' } },
  year: { zh: '年', en: { one: 'year', other: 'years' } },
  mu: { zh: '亩', en: { one: 'mu', other: 'mu' } },
  tonne: { zh: '吨', en: { one: 'tonne', other: 'tonnes' } },
  yuan: { zh: '元', en: { prefix: '¥' } },
  visitor: { zh: '人', en: { one: 'visitor', other: 'visitors' } },
  homestay: { zh: '栋', en: { one: 'homestay', other: 'homestays' } },
  'farm-restaurant': { zh: '栋', en: { one: 'farm restaurant', other: 'farm restaurants' } },
  event: { zh: '次', en: { one: 'event', other: 'events' } },
  percent: { zh: '%', en: { suffix: '%' } },
  'tonne-per-mu': { zh: '吨/亩', en: { one: 'tonne per mu', other: 'tonnes per mu' } },
  'yuan-per-mu': { zh: '元/亩', en: { prefix: '¥', suffix: ' per mu' } },
  'yuan-per-visitor': { zh: '元/人', en: { prefix: '¥', suffix: ' per visitor' } },
} as const satisfies Record<string, Unit>;

export type UnitId = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as [UnitId, ...UnitId[]];
