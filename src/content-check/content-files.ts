import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES } from '../lib/locale';
import { CONTENT_PAGES } from '../lib/paths';
import type { Problem } from '../lib/problems';
import { say, type Said } from '../i18n/editor/say';
import { imageProblem } from './image-files';
import { imageFormat, NAME } from './mdx-policy';
import { notAFile, readBytes } from './read-text';

/**
 * Files, not names: every entry under content/ must be a regular file or folder the site reads,
 * where the site expects it, with a plain name. Links are refused without being followed, a
 * folder named like a file (`photo.png/`) is refused, and images are judged by their bytes. A
 * file the site does not know (`fr.mdx` when the site has no French, `notes.mdx`) is an error,
 * so nothing in content/ is quietly ignored, or quietly loaded.
 */

/** What a folder under content/ may hold. */
interface FolderRule {
  /** What it holds, for messages: "a story folder holds only …". */
  holds: Said;
  /** Whether it may hold a file of this name. */
  file?: (name: string) => boolean;
  /** What a subfolder of this name may hold; undefined when there is no such subfolder. */
  folder?: (name: string) => FolderRule | undefined;
}

const SAFE_NAME = new RegExp(`^${NAME}$`);
const MAX_NAME = 100;

const isImage = (name: string) => imageFormat(name) !== undefined;
const languageFiles = (extension: string) => LOCALES.map((locale) => `${locale}.${extension}`);

const STORY: FolderRule = {
  holds: say('holdsStory', languageFiles('mdx')),
  file: (name) => name === 'data.yaml' || languageFiles('mdx').includes(name) || isImage(name),
};
const PAGE: FolderRule = {
  holds: say('holdsPage', languageFiles('md')),
  file: (name) => languageFiles('md').includes(name) || isImage(name),
};
const FOLDERS: Record<string, FolderRule> = {
  initiatives: { holds: say('holdsInitiatives'), folder: () => STORY },
  sources: { holds: say('holdsSources'), file: (name) => name.endsWith('.yaml') },
  pages: {
    holds: say('holdsPages', Object.keys(CONTENT_PAGES)),
    folder: (name) => (Object.hasOwn(CONTENT_PAGES, name) ? PAGE : undefined),
  },
  media: { holds: say('holdsMedia'), file: isImage },
};
const ROOT_FILES = ['themes.yaml', 'places.yaml', 'tags.yaml', 'units.yaml', 'search-words.yaml', 'LICENSE.md'];
const ROOT: FolderRule = {
  holds: say(
    'holdsRoot',
    ROOT_FILES,
    Object.keys(FOLDERS).map((name) => `${name}/`),
  ),
  file: (name) => ROOT_FILES.includes(name),
  folder: (name) => (Object.hasOwn(FOLDERS, name) ? FOLDERS[name] : undefined),
};

/** A name as it can be printed on one line: control characters and quotes escaped. */
function printable(name: string): string {
  return JSON.stringify(name).slice(1, -1);
}

/** Names of languages, to tell `fr.mdx` (a language) from `faq.mdx` (a note). */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The language a text file is named after (`fr.mdx` → French), if its name is a language tag. */
function languageOf(name: string): { code: string; name: string } | undefined {
  const code = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.mdx?$/.exec(name)?.[1];
  if (!code) return undefined;
  try {
    const language = LANGUAGE_NAMES.of(code);
    return language ? { code, name: language } : undefined;
  } catch {
    return undefined; // not a well-formed language tag
  }
}

/** Why a file the folder does not hold is refused, and what to do. */
function unknownFile(name: string, rule: FolderRule): Said {
  const language = languageOf(name);
  if (language && rule.file?.(`${LOCALES[0]}.${name.split('.').pop()}`) && !LOCALES.includes(language.code as never))
    return say('notASiteLanguage', language.code, [...LOCALES]);
  return say('notReadHere', rule.holds);
}

/** Checks every entry below `dir` against `rule`, without following links. */
function walk(root: string, dir: string, rule: FolderRule, problems: Problem[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const file = join(relative(root, dir), printable(entry.name));
    const report = (said: Said) => problems.push({ file, ...said });
    if (!SAFE_NAME.test(entry.name) || entry.name.length > MAX_NAME) {
      report(say('badName', MAX_NAME));
      continue;
    }
    const stats = lstatSync(path);
    const folder = rule.folder?.(entry.name);
    if (folder) {
      const wrong = notAFile(stats, 'folder');
      if (wrong) report(wrong);
      else walk(root, path, folder, problems);
    } else if (rule.file?.(entry.name)) {
      const wrong = notAFile(stats);
      if (wrong) report(wrong);
      else if (isImage(entry.name)) {
        const read = readBytes(root, path);
        if ('problem' in read) problems.push({ ...read.problem, file });
        else {
          const problem = imageProblem(entry.name, read.bytes);
          if (problem) report(problem);
        }
      }
    } else if (stats.isSymbolicLink()) {
      report(say('linkNotFollowed', rule.holds));
    } else if (stats.isDirectory()) {
      report(say('folderNotRead', rule.holds));
    } else {
      report(unknownFile(entry.name, rule));
    }
  }
}

/** Problems with the files under content/ as files: kind, place, name and, for images, bytes. */
export function checkContentFiles(root: string, contentDir: string, problems: Problem[]): void {
  const stats = lstatSync(contentDir, { throwIfNoEntry: false });
  if (!stats) return;
  const wrong = notAFile(stats, 'folder');
  if (wrong) problems.push({ file: relative(root, contentDir), ...wrong });
  else walk(root, contentDir, ROOT, problems);
}

/**
 * Entries under content/ that no reader may open: symbolic links and anything that is neither a
 * file nor a folder. The build refuses to start on them (module-guard.ts), before Astro's loaders,
 * which follow links, read a single file.
 */
export function unreadableEntries(root: string, contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.isFile())
        problems.push({ file: join(relative(root, dir), printable(entry.name)), ...notAFile(lstatSync(path))! });
    }
  };
  const stats = lstatSync(contentDir, { throwIfNoEntry: false });
  if (stats?.isSymbolicLink()) problems.push({ file: relative(root, contentDir), ...notAFile(stats, 'folder')! });
  else if (stats?.isDirectory()) walk(contentDir);
  return problems;
}
