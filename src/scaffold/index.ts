import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { date } from '../schemas/common';
import { addressProblem } from '../schemas/web-address';
import { dataTemplate, enTemplate, sourceTemplate, zhTemplate, type SourceTemplate } from './templates';
import { readVocabulary, resolveChoice, type Choice } from './vocabulary';

export { PLACEHOLDER } from '../content-check/exactness';
export { readVocabulary, resolveChoice, type Vocabulary } from './vocabulary';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A source the scaffold should create; language defaults to zh when the title has Chinese in it. */
export type NewSource = Omit<SourceTemplate, 'language'> & { language?: 'zh' | 'en' | undefined };

/** What a new story needs to start with. */
export interface ScaffoldOptions {
  slug: string;
  /** Theme id or name. */
  theme: string;
  /** Place ids, codes or names (南明区, Nanming, nanming, 520102). */
  places: string[];
  /** Tag ids or names. */
  tags: string[];
  /** Id of an existing file in content/sources/; defaults to the first one. */
  source?: string | undefined;
  /** A source to create in content/sources/ and cite instead. */
  newSource?: NewSource | undefined;
  /** Publication date, YYYY-MM-DD. */
  today: string;
}

/** What was written, relative to the project root. */
export interface ScaffoldResult {
  /** `content/initiatives/<slug>`. */
  story: string;
  files: string[];
}

/** Every reason the options cannot be used, each with the fix; empty when they can. */
export function scaffoldProblems(root: string, options: ScaffoldOptions): string[] {
  const vocabulary = readVocabulary(root);
  const problems: string[] = [];
  if (!KEBAB.test(options.slug))
    problems.push(`--slug "${options.slug}" must be English kebab-case, e.g. school-meals`);
  else if (existsSync(join(root, 'content', 'initiatives', options.slug)))
    problems.push(`content/initiatives/${options.slug}/ already exists: pick another slug or edit that story`);
  const check = (what: string, values: string[], list: Choice[]) => {
    if (!values.length) problems.push(`give at least one --${what}; use one of: ${list.map((c) => c.id).join(', ')}`);
    for (const value of values)
      if (!resolveChoice(value, list))
        problems.push(`unknown ${what} "${value}"; use one of: ${list.map((c) => c.id).join(', ')}`);
  };
  check('theme', [options.theme], vocabulary.themes);
  check('place', options.places, vocabulary.places);
  check('tag', options.tags, vocabulary.tags);
  const created = options.newSource;
  if (created) {
    if (!KEBAB.test(created.id))
      problems.push(`--source-id "${created.id}" must be kebab-case, e.g. renmin-2024-01-29 (publisher and date)`);
    else if (vocabulary.sources.includes(created.id))
      problems.push(`content/sources/${created.id}.yaml already exists: cite it with --source ${created.id}`);
    if (!created.title.trim()) problems.push('--source-title is empty: give the title as the source prints it');
    if (!created.publisher.trim()) problems.push('--source-publisher is empty: give who published it');
    const day = date.safeParse(created.date);
    if (!day.success)
      problems.push(`--source-date "${created.date}": ${day.error.issues[0]!.message} (the day it was published)`);
    const address = created.url ? addressProblem(created.url, 'url') : undefined;
    if (address) problems.push(`--source-url "${created.url}" ${address}`);
  } else if (options.source !== undefined && !vocabulary.sources.includes(options.source)) {
    problems.push(
      `unknown source "${options.source}"; use one of: ${vocabulary.sources.join(', ') || '(none yet)'}, or describe a new one with --source-id, --source-title, --source-publisher and --source-date`,
    );
  } else if (!vocabulary.sources.length) {
    problems.push(
      'content/sources/ is empty: describe the source with --source-id, --source-title, --source-publisher and --source-date',
    );
  }
  return problems;
}

/** YAML through the project's Prettier settings, so `prettier --check` passes on what was written. */
async function pretty(path: string, text: string): Promise<string> {
  const config = (await resolveConfig(path)) ?? {};
  return format(text, { ...config, filepath: path });
}

/**
 * Writes content/initiatives/<slug>/{data.yaml,zh.mdx,en.mdx} as a draft, and
 * content/sources/<id>.yaml when a new source is described: everything or nothing.
 * Throws, naming every problem and its fix, when an option cannot be used.
 */
export async function scaffoldStory(root: string, options: ScaffoldOptions): Promise<ScaffoldResult> {
  const problems = scaffoldProblems(root, options);
  if (problems.length) throw new Error(`Nothing was written:\n  ${problems.join('\n  ')}`);
  const vocabulary = readVocabulary(root);
  const id = (value: string, list: Choice[]) => resolveChoice(value, list)!.id;
  const created = options.newSource;
  const source = created?.id ?? options.source ?? vocabulary.sources[0]!;
  const content = join(root, 'content');
  const dir = join(content, 'initiatives', options.slug);
  const sourcePath = created && join(content, 'sources', `${created.id}.yaml`);
  const data = dataTemplate({
    theme: id(options.theme, vocabulary.themes),
    places: [...new Set(options.places.map((place) => id(place, vocabulary.places)))],
    tags: [...new Set(options.tags.map((tag) => id(tag, vocabulary.tags)))],
    source,
    today: options.today,
  });
  const files = {
    'data.yaml': await pretty(join(dir, 'data.yaml'), data),
    'zh.mdx': zhTemplate(),
    'en.mdx': enTemplate(),
  };
  const sourceText =
    created &&
    sourcePath &&
    (await pretty(
      sourcePath,
      sourceTemplate({
        ...created,
        language: created.language ?? (/\p{Script=Han}/u.test(created.title) ? 'zh' : 'en'),
      }),
    ));

  // Write into a scratch folder first, then move it (and the new source) into place.
  mkdirSync(join(content, 'initiatives'), { recursive: true });
  const scratch = mkdtempSync(join(content, 'initiatives', `.${options.slug}-`));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(scratch, name), text);
    if (sourcePath && sourceText) {
      mkdirSync(join(content, 'sources'), { recursive: true });
      writeFileSync(join(scratch, 'source.yaml'), sourceText);
      renameSync(join(scratch, 'source.yaml'), sourcePath);
    }
    renameSync(scratch, dir);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    if (sourcePath && !existsSync(dir)) rmSync(sourcePath, { force: true });
    throw error;
  }
  const story = `content/initiatives/${options.slug}`;
  return {
    story,
    files: [
      ...Object.keys(files).map((name) => `${story}/${name}`),
      ...(created ? [`content/sources/${created.id}.yaml`] : []),
    ],
  };
}
