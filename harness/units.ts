/** Units for formatting tests, written here so the tests do not change when content/units.yaml does. */
import { parse } from 'yaml';
import { unitSchema, type Unit } from '../src/schemas/units';

const YAML = `
- { id: matter, count: true, zh: { suffix: 件 }, en: { one: matter, other: matters } }
- { id: car-park, count: true, zh: { suffix: 个 }, en: { one: car park, other: car parks } }
- { id: space, count: true, zh: { suffix: 个 }, en: { one: parking space, other: parking spaces } }
- { id: application, count: true, zh: { suffix: 证次 }, en: { one: application, other: applications } }
- { id: mu, count: false, zh: { suffix: 亩 }, en: { one: mu, other: mu } }
- { id: tonne, count: false, zh: { suffix: 吨 }, en: { one: tonne, other: tonnes } }
- { id: year, count: false, zh: { suffix: 年 }, en: { one: year, other: years } }
- { id: transferred-case, count: true, zh: { suffix: 条 }, en: { one: case, other: cases } }
- { id: visitor, count: true, zh: { suffix: 人 }, en: { one: visitor, other: visitors } }
- { id: yuan, count: false, zh: { suffix: 元 }, en: { prefix: ¥ } }
- { id: yuan-per-mu, count: false, zh: { suffix: 元/亩 }, en: { prefix: ¥, suffix: ' per mu' } }
- { id: tonne-per-mu, count: false, zh: { suffix: 吨/亩 }, en: { one: tonne per mu, other: tonnes per mu } }
- { id: yuan-per-visitor, count: false, zh: { suffix: 元/人 }, en: { prefix: ¥, suffix: ' per visitor' } }
- { id: percent, count: false, zh: { suffix: '%' }, en: { suffix: '%' } }
`;

/** The test units by id. */
export const UNITS: ReadonlyMap<string, Unit> = new Map(
  (parse(YAML) as unknown[]).map((entry) => {
    const unit = unitSchema.parse(entry);
    return [unit.id, unit];
  }),
);

/** A test unit, or an error for a typo in a test. */
export function unit(id: string): Unit {
  const found = UNITS.get(id);
  if (!found) throw new Error(`no test unit "${id}"`);
  return found;
}
