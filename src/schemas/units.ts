import { z } from 'astro/zod';
import { fillFallbacks, LOCALE_DEFINITIONS, type LocaleCode } from '../i18n/locales';
import { kebabId } from './common';
import { says } from './messages';

/** How a number is written with a unit in one language. */
export const unitFormSchema = z.strictObject({
  /** Written straight before the number: ¥. */
  prefix: z.string().optional(),
  /** Written straight after the number (and before any noun): 件, %, " per mu". */
  suffix: z.string().optional(),
  /** The noun after a number that is one (English "matter"). */
  one: z.string().optional(),
  /** The noun after any other number (English "matters"). */
  other: z.string().optional(),
});
export type UnitForm = z.infer<typeof unitFormSchema>;

function formShape(): Record<LocaleCode, z.ZodType<UnitForm | undefined>> {
  const shape = {} as Record<LocaleCode, z.ZodType<UnitForm | undefined>>;
  for (const definition of LOCALE_DEFINITIONS as readonly { code: LocaleCode; fallback?: string }[]) {
    shape[definition.code] = definition.fallback ? unitFormSchema.optional() : unitFormSchema;
  }
  return shape;
}

/** One entry of `content/units.yaml`: a unit figures are counted in, and how each language writes it. */
export const unitSchema = z
  .strictObject({
    /** Id used by figures in data.yaml: `unit: matter`. */
    id: kebabId,
    /** Whether the unit counts whole things: such values must be whole and not negative. */
    count: z.boolean(says('unitCount')),
    ...formShape(),
  })
  .transform(({ id, count, ...forms }) => ({
    id,
    count,
    forms: fillFallbacks(forms as Partial<Record<LocaleCode, UnitForm>>),
  }));
export type Unit = z.infer<typeof unitSchema>;
