/** The story folders: content/initiatives/<slug>/, at least one, named as a URL can carry them. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { say } from '../../i18n/editor/say';
import { present } from '../read-text';
import type { CheckContext, StoryContext } from './context';

/** Lists the story folders into the context. */
export function storiesPass(context: CheckContext): void {
  const initiativesDir = join(context.contentDir, 'initiatives');
  // Folders only: a link to a folder is reported with the other files, and never followed.
  context.slugs = present(initiativesDir)
    ? readdirSync(initiativesDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  if (!context.slugs.length)
    context.problems.push({
      file: relative(context.root, initiativesDir),
      ...say('noInitiatives'),
    });
}

/** What the passes over one story start from. */
export function storyContext(context: CheckContext, slug: string): StoryContext {
  const dir = join(context.contentDir, 'initiatives', slug);
  const shownIn = new Map<string, Set<string>>();
  context.shownBySlug.set(slug, shownIn);
  return { slug, dir, dataPath: join(dir, 'data.yaml'), figureIds: new Set(), statedFigures: [], shownIn };
}

/** A story folder's name is its address: lowercase letters and digits, words joined by single hyphens. */
export function folderNamePass(context: CheckContext, story: StoryContext): void {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(story.slug)) {
    context.problems.push({
      file: relative(context.root, story.dir),
      ...say('folderName', story.slug),
    });
  }
}
