import { groupedNumber } from '../lib/format';
import { LOCALES } from '../lib/locale';
import type { InitiativeData } from '../schemas/initiative';
import type { EditorLanguage } from '../i18n/editor-locale';
import { say, sayIn } from '../i18n/editor/say';
import { problemLine, type Problem } from '../lib/problems';
import { lineOf, storyFiles, type LazyYaml, type StoryText } from './story-files';

/** Things worth an editor's look that do not fail the check: each Problem has `severity: 'warning'`. */

/** A story this many times as long as the median story in its language gets a warning. */
export const LONG_STORY_FACTOR = 3;
/** Below this many stories in a language there is no "usual" length to compare with. */
const LENGTH_SAMPLE = 5;

/**
 * Warnings: figures no language shows (one language without the other is an error, in passes/languages.ts).
 * `shown` holds, per language, the ids its parsed story shows with <Figure> or a placed chart.
 */
export function checkShown(data: InitiativeData, dataYaml: LazyYaml, shown: Set<string>[], warnings: Problem[]): void {
  const used = new Set([
    ...data.keyFigures,
    ...data.derived.flatMap((rule) => rule.of),
    ...data.charts.flatMap((chart) => [...chart.figures, chart.whole ?? '']),
  ]);
  for (const ids of shown) ids.forEach((id) => used.add(id));
  const all = [
    ...data.figures.map((figure, index) => ({ ...figure, field: `figures[${index}].id` })),
    ...data.derived.map((rule, index) => ({ ...rule, field: `derived[${index}].id` })),
  ].filter((figure) => !figure.tableOnly);
  for (const { id, field } of all) {
    if (!used.has(id))
      warnings.push({
        file: dataYaml.file,
        line: lineOf(dataYaml.get(), field),
        field,
        severity: 'warning',
        ...say('neverShown', id, storyFiles()),
      });
  }
}

/** Warnings: stories far longer than the median story of their language. */
export function checkLengths(stories: StoryText[], warnings: Problem[]): void {
  for (const locale of LOCALES) {
    const sized = stories
      .filter((story) => story.locale === locale)
      .map((story) => ({ story, length: story.body.replace(/\s/g, '').length }));
    if (sized.length < LENGTH_SAMPLE) continue;
    const sorted = sized.map((entry) => entry.length).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    for (const { story, length } of sized) {
      if (length <= LONG_STORY_FACTOR * median) continue;
      const times = (length / median).toFixed(1);
      warnings.push({
        file: story.file,
        severity: 'warning',
        ...say('tooLong', times, locale, groupedNumber(length), groupedNumber(median)),
      });
    }
  }
}

/** The warnings as an editor reads them, in `language`; the check still passes. */
export function warningReport(warnings: Problem[], language: EditorLanguage = 'en'): string {
  return [
    sayIn(say('warningsFound', warnings.length), language),
    '',
    ...warnings.map((warning) => `  ${problemLine(warning, language)}`),
  ].join('\n');
}
