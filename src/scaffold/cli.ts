import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { editorMessages, type ChoiceKind, type EditorMessages } from '../i18n/editor';
import type { EditorLanguage } from '../i18n/editor-locale';
import { date } from '../schemas/common';
import type { NewSource, ScaffoldOptions } from './index';
import { describeChoices, resolveChoice, type Choice, type Vocabulary } from './vocabulary';

/**
 * `npm run new-story`: its flags, its help text and its questions when run in a terminal, in the
 * editor's language (src/i18n/editor-locale.ts chooses it).
 */

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  slug: { type: 'string' },
  theme: { type: 'string' },
  place: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  source: { type: 'string' },
  'source-id': { type: 'string' },
  'source-title': { type: 'string' },
  'source-title-en': { type: 'string' },
  'source-publisher': { type: 'string' },
  'source-publisher-en': { type: 'string' },
  'source-date': { type: 'string' },
  'source-url': { type: 'string' },
  'source-language': { type: 'string' },
} as const;

/** The command line, read: what was given, and whether help was asked for. */
export interface Flags {
  help: boolean;
  given: Partial<ScaffoldOptions>;
}

/** Several values may be given by repeating a flag or with commas: `--place 南明区,云岩区`. */
function list(values: string[] | undefined): string[] | undefined {
  return values
    ?.flatMap((value) => value.split(/[,，、]/))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** The command line parsed, with Node's own errors (always English) said in the editor's language. */
function parse(argv: string[], say: EditorMessages['tools']) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: false }).values;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const named = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    if (named === undefined) throw error;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new Error(say.unknownOption(named));
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new Error(say.unexpectedArgument(named));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(String(error)))
      throw new Error(say.missingValue(named.replace(/ <value>$/, '')));
    throw error;
  }
}

/** Reads the flags; throws on an unknown flag, naming it, in the editor's language. */
export function readFlags(argv: string[], editor: EditorLanguage = 'en'): Flags {
  const messages = editorMessages(editor);
  const values = parse(argv, messages.tools);
  const language = values['source-language'];
  if (language !== undefined && language !== 'zh' && language !== 'en')
    throw new Error(messages.scaffold.problems.badSourceLanguage(language));
  const newSource: NewSource | undefined =
    values['source-id'] === undefined
      ? undefined
      : {
          id: values['source-id'],
          title: values['source-title'] ?? '',
          titleEn: values['source-title-en'],
          publisher: values['source-publisher'] ?? '',
          publisherEn: values['source-publisher-en'],
          date: values['source-date'] ?? '',
          url: values['source-url'],
          language,
        };
  const given: Partial<ScaffoldOptions> = {};
  if (values.slug !== undefined) given.slug = values.slug;
  if (values.theme !== undefined) given.theme = values.theme;
  const places = list(values.place);
  if (places) given.places = places;
  const tags = list(values.tag);
  if (tags) given.tags = tags;
  if (values.source !== undefined) given.source = values.source;
  if (newSource) given.newSource = newSource;
  return { help: values.help === true, given };
}

/** The help text, with the themes, places, tags and sources read from content/. */
export function usage(vocabulary: Vocabulary, language: EditorLanguage = 'en'): string {
  const { help, noneYet } = editorMessages(language).scaffold;
  const indent = (text: string) => text.replace(/^/gm, '  ');
  return help({
    themes: indent(describeChoices(vocabulary.themes)),
    places: indent(describeChoices(vocabulary.places)),
    tags: indent(describeChoices(vocabulary.tags)),
    sources: indent(vocabulary.sources.join('\n') || noneYet),
  });
}

/** Asks one question and returns the answer. */
export type Ask = (question: string) => Promise<string>;

/** Asks until `accept` returns `{ value }` rather than a message saying what is wrong, at most five times. */
async function until<T>(
  ask: Ask,
  question: string,
  accept: (answer: string) => { value: T } | string,
  gaveUp: (question: string) => string,
): Promise<T> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = accept((await ask(question)).trim());
    if (typeof result !== 'string') return result.value;
    console.log(`  ${result}`);
  }
  throw new Error(gaveUp(question));
}

/**
 * Asks for whatever the flags left out, checking each answer at once, so a mistake is fixed
 * where it is made. Everything is checked again when the story is written.
 */
export async function askForMissing(
  ask: Ask,
  root: string,
  vocabulary: Vocabulary,
  given: Partial<ScaffoldOptions>,
  language: EditorLanguage = 'en',
): Promise<Omit<ScaffoldOptions, 'today'>> {
  const { ask: say, noneYet } = editorMessages(language).scaffold;
  const question = <T>(text: string, accept: (answer: string) => { value: T } | string) =>
    until(ask, text, accept, say.gaveUp);
  const kebab = (answer: string, exists: boolean, path: string) =>
    !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(answer) ? say.kebabOnly : exists ? say.exists(path) : { value: answer };
  const slug =
    given.slug ??
    (await question(say.slug, (answer) =>
      kebab(answer, existsSync(join(root, 'content', 'initiatives', answer)), `content/initiatives/${answer}/`),
    ));
  const choose = async (kind: ChoiceKind, choices: Choice[]) => {
    console.log(`\n${say.kinds[kind].heading}\n${describeChoices(choices).replace(/^/gm, '  ')}`);
    return question(say.kinds[kind].question, (answer) => {
      const values = list([answer]) ?? [];
      if (!values.length) return say.giveOne(kind);
      const unknown = values.filter((value) => !resolveChoice(value, choices));
      return unknown.length ? say.unknown(kind, unknown.join(', ')) : { value: values };
    });
  };
  const theme = given.theme ?? (await choose('theme', vocabulary.themes))[0]!;
  const places = given.places ?? (await choose('place', vocabulary.places));
  const tags = given.tags ?? (await choose('tag', vocabulary.tags));
  const chosen = { slug, theme, places, tags, language };
  if (given.source !== undefined || given.newSource) return { ...given, ...chosen };
  console.log(`\n${say.sourcesHeading}\n${vocabulary.sources.map((id) => `  ${id}`).join('\n') || `  ${noneYet}`}`);
  const source = await question(say.source, (answer) =>
    answer === 'new' || vocabulary.sources.includes(answer) ? { value: answer } : say.sourceRetry,
  );
  if (source !== 'new') return { ...chosen, source };
  const text = (prompt: string, optional = false) =>
    question(prompt, (answer) => (answer || optional ? { value: answer } : say.needed));
  const newSource: NewSource = {
    id: await question(say.newSourceId, (answer) =>
      kebab(answer, vocabulary.sources.includes(answer), `content/sources/${answer}.yaml`),
    ),
    title: await text(say.title),
    publisher: await text(say.publisher),
    date: await question(say.date, (answer) => {
      const day = date.safeParse(answer);
      return day.success ? { value: answer } : say.notADate(answer, day.error.issues[0]!.message);
    }),
  };
  const publisherEn = await text(say.publisherEn, true);
  const url = await text(say.url, true);
  if (publisherEn) newSource.publisherEn = publisherEn;
  if (url) newSource.url = url;
  return { ...chosen, newSource };
}
