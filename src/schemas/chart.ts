import { z } from 'astro/zod';
import { kebabId, localized } from './common';
import { says } from './messages';

/**
 * What a chart draws. bar: figures of one unit side by side; part-of-whole: the parts of one
 * figure as a single divided bar; key-figures: the figures as cards, any units.
 */
export const CHART_KINDS = ['bar', 'part-of-whole', 'key-figures'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/**
 * A chart declared in a story's data.yaml under `charts:` and placed in the story text with
 * `<Chart id="…" />`. It names figures by id, so the chart, the prose and the CSV download can
 * never disagree. The content check (src/content-check/charts.ts) checks what Zod cannot: that
 * the ids exist and that the units make sense for the kind.
 */
export const chartSchema = z.strictObject({
  /** Id used by `<Chart id="…" />` and in the address of its CSV; unique within the story. */
  id: kebabId,
  /** bar, part-of-whole or key-figures. */
  kind: z.enum(CHART_KINDS, says('chartKindOneOf', [...CHART_KINDS])),
  /** Figure ids from this data.yaml, in the order drawn: the bars, the parts or the cards. */
  figures: z.array(kebabId, says('chartFiguresList')).min(1, says('chartNeedsFigure')),
  /** part-of-whole only: the id of the figure that the parts add up to (or fall short of). */
  whole: kebabId.optional(),
  /** Shown above the chart and read out as its name, in both languages. */
  title: localized,
  /** A line under the chart, in both languages: a caveat a reader needs. Optional. */
  note: localized.optional(),
});
export type ChartData = z.infer<typeof chartSchema>;
