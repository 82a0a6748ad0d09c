/**
 * A story's texts, one MDX file per language: the file is there where the language has no
 * fallback, its front matter, and its body (story components, figure and chart ids, images,
 * links), which says which figures that language shows.
 */
import { join, relative } from 'node:path';
import { LOCALES, localePath, REQUIRED_LOCALES } from '../../lib/locale';
import { routes } from '../../lib/paths';
import { say } from '../../i18n/editor/say';
import { present } from '../read-text';
import { checkStoryBody } from '../story-body';
import { storyFiles } from '../story-files';
import { readStoryFile } from '../texts';
import type { CheckContext, StoryContext } from './context';

export function storyTextsPass(context: CheckContext, story: StoryContext): void {
  const { root, problems, initiatives } = context;
  const { slug, dir } = story;
  // Every language's file is checked; only a language without a fallback must have one.
  for (const locale of LOCALES) {
    const path = join(dir, `${locale}.mdx`);
    const file = relative(root, path);
    if (!present(path)) {
      if (REQUIRED_LOCALES.includes(locale))
        problems.push({
          file,
          ...say('storyMissing', storyFiles()),
        });
      continue;
    }
    const parts = readStoryFile(root, path, problems);
    if (!parts) continue;
    const figures = initiatives.has(slug) ? story.figureIds : undefined;
    const shown = checkStoryBody(
      file,
      parts.body,
      {
        locale,
        figureIds: figures,
        stated: story.statedFigures,
        dir,
        chartIds: story.charts,
        page: localePath(locale, routes.story(slug)),
        published: initiatives.get(slug)?.status !== 'draft',
        links: context.links,
      },
      problems,
    );
    if (shown) {
      // A figure drawn in a chart placed in the text is shown too.
      for (const chart of initiatives.get(slug)?.charts ?? [])
        for (const id of [...chart.figures, chart.whole ?? '']) shown.add(id);
      story.shownIn.set(locale, shown);
    }
  }
}
