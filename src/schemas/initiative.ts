import { z } from 'astro/zod';
import { chartSchema } from './chart';
import { date, kebabId, localized, period, periodOrBlank, readableNumber, textish } from './common';
import { issue, say, says } from './messages';

/** How exact a stated number is: the source's 余 is `at-least`, 约 `about`, 近 `nearly`. */
export const QUALIFIERS = ['exact', 'at-least', 'about', 'nearly'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A figure as the source states it. */
export const figureSchema = z.strictObject({
  /** Id used by `<Figure id="…" />` and charts; unique within the story. */
  id: kebabId,
  /** The number as stated, in base units (¥320 million is 320000000), in plain digits. */
  value: readableNumber(say('valuePlain')),
  /** What is counted: an id from content/units.yaml. */
  unit: kebabId,
  /** exact; at-least (余, "more than", "+"); about (约); nearly (近). */
  qualifier: z.enum(QUALIFIERS, says('qualifierOneOf', [...QUALIFIERS])),
  /** When the figure applies: `2023`, `2023-11`, `2023-11/2024-01` or `../2024-01` (as of). */
  period,
  /** Id of a file in content/sources/ that states this figure. */
  source: kebabId,
  /** What the number counts, in both languages. */
  label: localized,
  /** Marks the site's headline figure (at most one across the site). */
  headline: z.boolean().default(false),
  /** Set true for a figure shown only in the figures table, not written into the story's text. */
  tableOnly: z.boolean().default(false),
});
export type FigureData = z.infer<typeof figureSchema>;

/** How a derived figure is computed from two stated figures `of: [a, b]`. */
export const DERIVATIONS = ['share', 'ratio', 'difference'] as const;
export type Derivation = (typeof DERIVATIONS)[number];

/** A figure computed in src/lib from stated ones; its value is never typed. */
export const derivedSchema = z.strictObject({
  /** Id used by `<Figure id="…" />`; unique within the story. */
  id: kebabId,
  /** share: a as a percentage of b; ratio: a ÷ b; difference: a − b. */
  op: z.enum(DERIVATIONS, says('derivationOneOf', [...DERIVATIONS])),
  /** The two stated figure ids it is computed from, [a, b]. */
  of: z.tuple([kebabId, kebabId], says('derivedOfTwo')),
  /** Unit of the result: an id from content/units.yaml. */
  unit: kebabId,
  /** What the number means, in both languages. */
  label: localized,
  /** Set true for a figure shown only in the figures table, not written into the story's text. */
  tableOnly: z.boolean().default(false),
});
export type DerivedData = z.infer<typeof derivedSchema>;

/** One entry of the "Updates and corrections" list. */
export const correctionSchema = z.strictObject({
  /** When the change was made, YYYY-MM-DD. */
  date,
  /** What changed, in both languages. */
  note: localized,
});

/** `content/initiatives/<slug>/data.yaml`: the language-neutral facts of one initiative. */
export const initiativeSchema = z
  .strictObject({
    /** One of the ids in content/themes.yaml. */
    theme: kebabId,
    /** Ids from content/places.yaml, most specific first. */
    places: z.array(textish).min(1, says('needsPlace')),
    /** A finer location than places.yaml holds (a village or township), in both languages. */
    locality: localized.optional(),
    /** Ids from content/tags.yaml. */
    tags: z.array(kebabId, says('needsTagList')).min(1, says('needsTag')),
    /** Who carried out the initiative, in both languages. */
    agencies: z.array(localized).min(1, says('needsAgency')),
    /** When the initiative ran or its figures apply: `2023`, `2023-11/2024-01`, … (a draft may keep the scaffold's `TODO:`) */
    period: periodOrBlank,
    /** When the story was first published on this site, YYYY-MM-DD. */
    published: date,
    /** `published` shows the story; `draft` keeps it out of the built site. */
    status: z.enum(['published', 'draft'], says('statusOneOf')).default('published'),
    /** Ids of files in content/sources/ that the story draws on. */
    sources: z.array(kebabId).min(1, says('needsSource')),
    /** Figure ids shown as cards at the top of the story, in order. */
    keyFigures: z.array(kebabId).default([]),
    /** Figures as the sources state them. */
    figures: z.array(figureSchema).default([]),
    /** Figures computed from the stated ones. */
    derived: z.array(derivedSchema).default([]),
    /** Charts of this story's figures, each placed in the text with `<Chart id="…" />`. */
    charts: z.array(chartSchema).default([]),
    /** Updates and corrections, oldest first; an empty list means none. */
    corrections: z.array(correctionSchema).default([]),
  })
  .superRefine((data, ctx) => {
    const day = (date: Date) => date.toISOString().slice(0, 10);
    data.corrections.forEach((correction, index) => {
      if (correction.date < data.published)
        ctx.addIssue(
          issue(say('correctionBeforePublished', day(correction.date), day(data.published)), [
            'corrections',
            index,
            'date',
          ]),
        );
    });
    const stated = new Map(data.figures.map((figure) => [figure.id, figure]));
    data.derived.forEach((rule, index) => {
      const [a, b] = rule.of.map((id) => stated.get(id));
      // Unknown ids are reported by the content check, with the ids that exist.
      if (!a || !b) return;
      if (rule.op === 'share' && a.value > b.value)
        ctx.addIssue(issue(say('shareOverWhole', a.id, a.value, b.id, b.value), ['derived', index, 'of']));
    });
  });
export type InitiativeData = z.infer<typeof initiativeSchema>;
