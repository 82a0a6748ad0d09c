import { dirname, join, relative } from 'node:path';
import { LOCALES, localePath, REQUIRED_LOCALES } from '../lib/locale';
import { CONTENT_PAGES } from '../lib/paths';
import type { Problem } from '../lib/problems';
import { say } from '../i18n/editor/say';
import { storySchema } from '../schemas/story';
import { present, readText } from './read-text';
import type { SiteLink } from './site-links';
import { checkStoryBody, splitFrontmatter, type StoryParts } from './story-body';
import { parseYaml, validate } from './yaml-source';

/**
 * The texts a reader sees, read the same way whether they are stories (MDX) or the site's own
 * pages (Markdown): the file, its frontmatter (title and summary) and then its body, held to one
 * rule in story-body.ts.
 */

/** Reads a story or page file and checks its frontmatter; its parts, or undefined when it cannot be split. */
export function readStoryFile(root: string, path: string, problems: Problem[]): StoryParts | undefined {
  const file = relative(root, path);
  const read = readText(root, path);
  if ('problem' in read) {
    problems.push(read.problem);
    return undefined;
  }
  const parts = splitFrontmatter(read.text);
  if (!parts) {
    problems.push({
      file,
      line: 1,
      ...say('needsFrontmatter'),
    });
    return undefined;
  }
  const { yaml, problems: yamlProblems } = parseYaml(root, path, parts.frontmatter, parts.frontmatterOffset);
  problems.push(...yamlProblems, ...yaml.written);
  if (!yamlProblems.length) validate(yaml, storySchema, problems);
  if (!parts.body.trim()) problems.push({ file, line: parts.bodyLine, ...say('noStoryText') });
  return parts;
}

/** The site's own pages, `content/pages/<page>/<lang>.md`: every language that has no fallback, each held to the story rule. */
export function checkPages(root: string, contentDir: string, links: SiteLink[], problems: Problem[]): void {
  for (const [page, neutral] of Object.entries(CONTENT_PAGES)) {
    for (const locale of LOCALES) {
      const path = join(contentDir, 'pages', page, `${locale}.md`);
      const file = relative(root, path);
      if (!present(path)) {
        if (REQUIRED_LOCALES.includes(locale))
          problems.push({
            file,
            ...say(
              'pageMissing',
              page,
              REQUIRED_LOCALES.map((code) => `${code}.md`),
            ),
          });
        continue;
      }
      const parts = readStoryFile(root, path, problems);
      if (!parts) continue;
      const context = { locale, figureIds: new Set<string>(), stated: [], dir: dirname(path), links };
      checkStoryBody(
        file,
        parts.body,
        { ...context, page: localePath(locale, neutral), published: true, markdown: true },
        problems,
      );
    }
  }
  // The licence is read on GitHub, not on the site, but it is Markdown in content/ all the same.
  const licence = join(contentDir, 'LICENSE.md');
  if (present(licence)) {
    const read = readText(root, licence);
    if ('problem' in read) problems.push(read.problem);
    else
      checkStoryBody(
        relative(root, licence),
        read.text,
        {
          locale: LOCALES[0],
          figureIds: new Set(),
          stated: [],
          dir: contentDir,
          links: [],
          page: '/',
          published: true,
          markdown: true,
        },
        problems,
      );
  }
}
