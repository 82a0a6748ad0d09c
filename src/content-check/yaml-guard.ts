import { globSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader } from 'astro/loaders';
import { environmentLanguage, type EditorLanguage } from '../i18n/editor-locale';
import { say, sayIn } from '../i18n/editor/say';
import { guardYaml, refusal, sizeProblem } from './limits';

/**
 * The content check's limits on YAML, enforced again where Astro's content layer reads it: a
 * loader that first looks at each file it will load (a data file, or a story's frontmatter) and
 * fails with `file:line:column  message` when it is not a regular file, is too large or holds a
 * YAML anchor or alias. It guards builds that skip the check (`astro build`, `astro dev`), so no
 * file can make them expand an alias bomb; the check stays the place that explains every problem.
 */

/** Throws when the file at `path` may not be read as content; `file` names it in the message. */
function guardFile(path: string, file: string, language: EditorLanguage): void {
  const stats = statSync(path);
  if (!stats.isFile()) throw refusal(`${file}  ${sayIn(say('notATextFile'), language)}`);
  const size = sizeProblem(stats.size);
  if (size) throw refusal(`${file}  ${sayIn(size, language)}`);
  const text = readFileSync(path, 'utf8');
  if (/\.mdx?$/.test(path)) {
    const frontmatter = extractFrontmatter(text);
    // Line numbers count from the file's first line, the `---` above the frontmatter.
    if (frontmatter !== undefined)
      guardYaml(file, frontmatter, text.slice(0, text.indexOf(frontmatter)).split('\n').length - 1, language);
  } else guardYaml(file, text, 0, language);
}

/** `loader`, after every file under `base` matching `pattern` (relative to the project root) passes the guard. */
export function guarded(loader: Loader, base: string, pattern: string): Loader {
  return {
    ...loader,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, base);
      for (const entry of globSync(pattern, { cwd: dir })) {
        const path = join(dir, entry);
        guardFile(path, relative(root, path), environmentLanguage(process.env));
      }
      return loader.load(context);
    },
  };
}
