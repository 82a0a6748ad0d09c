import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { environmentLanguage, type EditorLanguage } from '../i18n/editor-locale';
import { say, sayIn, type Said } from '../i18n/editor/say';
import { problemLine } from '../lib/problems';
import { unreadableEntries } from './content-files';
import { imageProblem } from './image-files';
import { imageFormat } from './mdx-policy';
import { notAFile } from './read-text';

/**
 * The content check's file rule, enforced again where files become modules: a Vite plugin that
 * lets the bundler load from content/ only the texts the site reads (stories, pages, YAML) and
 * images that are what their names say, each a regular file reached without a symbolic link,
 * and nothing at all whose real path leaves the project (installed packages excepted). A link
 * named `photo.png` that points at a script, a folder `photo.png/` holding `index.js`, or a link
 * to /etc/passwd is refused before anything reads it, naming the file and never its contents.
 * Like the MDX compile guard, it guards builds that skip the check (`astro build`, `astro dev`).
 */

/** What content/ may hand the bundler: texts, data and images. */
const TEXT_EXTENSIONS = new Set(['.mdx', '.md', '.yaml']);

const inside = (folder: string, path: string) => path === folder || path.startsWith(`${folder}${sep}`);

/** The file system path of a module id, without Vite's query; undefined for virtual modules. */
function fsPath(id: string): string | undefined {
  if (id.startsWith('\0')) return undefined;
  const path = id.replace(/[?#].*$/, '').replace(/^\/@fs(?=\/)/, '');
  return isAbsolute(path) ? path : undefined;
}

/** The real path, or undefined when nothing is there (Vite reports a missing file itself). */
function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Why the bundler may not load the file at `path`, as a message. */
function moduleText(path: string, project: string): Said | undefined {
  const content = join(project, 'content');
  const real = realPath(path);
  const named = relative(project, path);
  if (inside(content, path) || (real && inside(content, real))) {
    const stats = lstatSync(path, { throwIfNoEntry: false });
    const wrong = stats && notAFile(stats);
    if (wrong) return say('fileProblem', named, wrong);
    if (real && real !== path) return say('reachedThroughLink', named);
    const extension = extname(path).toLowerCase();
    if (TEXT_EXTENSIONS.has(extension)) return undefined;
    if (!imageFormat(path)) return say('notContentModule', named);
    const problem = real ? imageProblem(path, readFileSync(real)) : undefined;
    return problem && say('fileProblem', named, problem);
  }
  if (real && !inside(project, real) && !real.split(sep).includes('node_modules'))
    return say('outsideProject', named, real !== path);
  return undefined;
}

/** Why the bundler may not load the file at `path`, in `language`, or undefined when it may. */
export function moduleProblem(path: string, project: string, language: EditorLanguage = 'en'): string | undefined {
  const problem = moduleText(path, project);
  return problem && sayIn(problem, language);
}

/** The Vite plugin; `root` is the project's folder. Messages are in the environment's language. */
export function contentModules(root = process.cwd()): Plugin {
  const project = realpathSync(root);
  const content = join(project, 'content');
  const language = environmentLanguage(process.env);
  const refuse = (problem: string): never => {
    throw new Error(`${problem}\n${sayIn(say('guardModule'), language)}`);
  };
  return {
    name: 'casebook-content-modules',
    enforce: 'pre',
    resolveId(source, importer) {
      // An import written in a content file (an image in a story) is judged as written, before
      // Vite follows a link or turns a folder into its index.js.
      const from = importer && fsPath(importer);
      const target =
        fsPath(source) ??
        (from && /^\.\.?\//.test(source) ? resolve(dirname(from), source.replace(/[?#].*$/, '')) : undefined);
      if (!target || (!(from && inside(content, from)) && !inside(content, target))) return null;
      const problem = moduleProblem(target, project, language);
      if (problem) refuse(problem);
      return null;
    },
    load(id) {
      const path = fsPath(id);
      const problem = path && moduleProblem(path, project, language);
      if (problem) refuse(problem);
      return null;
    },
  };
}

/**
 * An integration that stops `astro build` and `astro dev` before anything is read when content/
 * holds a symbolic link (or a device or pipe): Astro's content loaders follow links, so a link to
 * a file outside would be read and parsed as a source or a story.
 */
export function contentLinks(root = process.cwd()): AstroIntegration {
  return {
    name: 'casebook-content-links',
    hooks: {
      'astro:config:setup': () => {
        const problems = unreadableEntries(root, join(root, 'content'));
        const language = environmentLanguage(process.env);
        if (problems.length)
          throw new Error(
            [...problems.map((problem) => problemLine(problem, language)), sayIn(say('guardLinks'), language)].join(
              '\n',
            ),
          );
      },
    },
  };
}
