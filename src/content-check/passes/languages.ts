/**
 * Every language tells the same story: a figure one shows, every other shows too (a figure no
 * language shows is only a warning; `tableOnly: true` marks one meant for the table alone).
 */
import { relative } from 'node:path';
import { REQUIRED_LOCALES } from '../../lib/locale';
import { say } from '../../i18n/editor/say';
import { lineOf } from '../yaml-source';
import type { CheckContext, StoryContext } from './context';

export function languagesPass(context: CheckContext, story: StoryContext): void {
  const { shownIn, dataYaml } = story;
  const data = context.initiatives.get(story.slug);
  if (!data || !REQUIRED_LOCALES.every((locale) => shownIn.has(locale))) return;
  const check = (list: { id: string; tableOnly: boolean }[], key: 'figures' | 'derived') =>
    list.forEach((figure, index) => {
      const missing = [...shownIn].filter(([, ids]) => !ids.has(figure.id)).map(([locale]) => locale);
      if (figure.tableOnly || missing.length === 0 || missing.length === shownIn.size) return;
      for (const locale of missing)
        context.problems.push({
          file: relative(context.root, story.dataPath),
          line: dataYaml && lineOf(dataYaml, [key, index, 'id']),
          field: `${key}[${index}].id`,
          ...say(
            'shownInOne',
            figure.id,
            [...shownIn.keys()].filter((code) => !missing.includes(code)).map((code) => `${code}.mdx`),
            `${locale}.mdx`,
          ),
        });
    });
  check(data.figures, 'figures');
  check(data.derived, 'derived');
}
