import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { editorMessages, type ChoiceKind } from '../i18n/editor';
import type { EditorLanguage } from '../i18n/editor-locale';
import { date } from '../schemas/common';
import { addressProblem } from '../schemas/web-address';
import { dataTemplate, sourceTemplate, storyTemplate, type SourceTemplate } from './templates';
import { readVocabulary, resolveChoice, type Choice } from './vocabulary';

export { PLACEHOLDER } from '../schemas/placeholder';
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
  /** Publication date, YYYY-MM-DD: the day the story is scaffolded, from the caller's clock. */
  today: string;
  /** The language of the comments, blanks and messages; English when not given. */
  language?: EditorLanguage | undefined;
}

/** What was written, relative to the project root. */
export interface ScaffoldResult {
  /** `content/initiatives/<slug>`. */
  story: string;
  files: string[];
}

/** Every reason the options cannot be used, each with the fix, in the editor's language; empty when they can. */
export function scaffoldProblems(root: string, options: ScaffoldOptions): string[] {
  const { problems: say, noneYet } = editorMessages(options.language ?? 'en').scaffold;
  const vocabulary = readVocabulary(root);
  const problems: string[] = [];
  if (!KEBAB.test(options.slug)) problems.push(say.badSlug(options.slug));
  else if (existsSync(join(root, 'content', 'initiatives', options.slug))) problems.push(say.slugExists(options.slug));
  const check = (kind: ChoiceKind, values: string[], list: Choice[]) => {
    const ids = list.map(say.choice).join(', ');
    if (!values.length) problems.push(say.giveAtLeastOne(kind, ids));
    for (const value of values) if (!resolveChoice(value, list)) problems.push(say.unknownChoice(kind, value, ids));
  };
  check('theme', [options.theme], vocabulary.themes);
  check('place', options.places, vocabulary.places);
  check('tag', options.tags, vocabulary.tags);
  const created = options.newSource;
  if (created) {
    if (!KEBAB.test(created.id)) problems.push(say.badSourceId(created.id));
    else if (vocabulary.sources.includes(created.id)) problems.push(say.sourceIdExists(created.id));
    if (!created.title.trim()) problems.push(say.emptySourceTitle);
    if (!created.publisher.trim()) problems.push(say.emptySourcePublisher);
    const day = date.safeParse(created.date);
    if (!day.success) problems.push(say.badSourceDate(created.date, day.error.issues[0]!.message));
    if (created.url && addressProblem(created.url, 'url')) problems.push(say.badSourceUrl(created.url));
  } else if (options.source !== undefined && !vocabulary.sources.includes(options.source)) {
    problems.push(say.unknownSource(options.source, vocabulary.sources.join(', ') || noneYet));
  } else if (!vocabulary.sources.length) {
    problems.push(say.noSources);
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
  const text = editorMessages(options.language ?? 'en').scaffold;
  if (problems.length) throw new Error(`${text.problems.nothingWritten}\n  ${problems.join('\n  ')}`);
  const vocabulary = readVocabulary(root);
  const id = (value: string, list: Choice[]) => resolveChoice(value, list)!.id;
  const created = options.newSource;
  const source = created?.id ?? options.source ?? vocabulary.sources[0]!;
  const content = join(root, 'content');
  const dir = join(content, 'initiatives', options.slug);
  const sourcePath = created && join(content, 'sources', `${created.id}.yaml`);
  const data = dataTemplate(
    {
      theme: id(options.theme, vocabulary.themes),
      places: [...new Set(options.places.map((place) => id(place, vocabulary.places)))],
      tags: [...new Set(options.tags.map((tag) => id(tag, vocabulary.tags)))],
      source,
      today: options.today,
    },
    text.files.data,
  );
  const files = {
    'data.yaml': await pretty(join(dir, 'data.yaml'), data),
    'zh.mdx': storyTemplate(text.files.zhStory),
    'en.mdx': storyTemplate(text.files.enStory),
  };
  const sourceText =
    created &&
    sourcePath &&
    (await pretty(
      sourcePath,
      sourceTemplate(
        { ...created, language: created.language ?? (/\p{Script=Han}/u.test(created.title) ? 'zh' : 'en') },
        text.files.source,
      ),
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
