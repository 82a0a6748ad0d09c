import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { date } from '../schemas/common';
import type { NewSource, ScaffoldOptions } from './index';
import { describeChoices, resolveChoice, type Choice, type Vocabulary } from './vocabulary';

/** `npm run new-story`: its flags, its help text and its questions when run in a terminal. */

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
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

/** Reads the flags; throws on an unknown flag, naming it. */
export function readFlags(argv: string[]): Flags {
  const { values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false });
  const language = values['source-language'];
  if (language !== undefined && language !== 'zh' && language !== 'en')
    throw new Error(`--source-language "${language}" must be zh or en`);
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
export function usage(vocabulary: Vocabulary): string {
  const indent = (text: string) => text.replace(/^/gm, '  ');
  return `Scaffold a new story as a draft: content/initiatives/<slug>/ with data.yaml, zh.mdx and en.mdx.

Usage:
  npm run new-story -- --slug <kebab-case> --theme <theme> --place <place> [--place …] --tag <tag> [--tag …]
                       [--source <existing source id>]
  npm run new-story -- … --source-id <new-id> --source-title <title> --source-publisher <publisher>
                       --source-date <YYYY-MM-DD> [--source-publisher-en <name>] [--source-title-en <title>]
                       [--source-url <https://…>] [--source-language zh|en]
  npm run new-story            (in a terminal, with no options: asks for each one)

Themes, places and tags may be given by id or by name, e.g. 南明区, Nanming, nanming or 520102.
Give several with commas (--tag parking,transport) or by repeating the option.
--source-id writes content/sources/<new-id>.yaml as well; without it the story cites --source,
or the first source listed below.

Themes:
${indent(describeChoices(vocabulary.themes))}

Places:
${indent(describeChoices(vocabulary.places))}

Tags (add a new one to content/tags.yaml first):
${indent(describeChoices(vocabulary.tags))}

Sources in content/sources/:
${indent(vocabulary.sources.join('\n') || '(none yet)')}
`;
}

/** Asks one question and returns the answer. */
export type Ask = (question: string) => Promise<string>;

/** Asks until `accept` returns `{ value }` rather than a message saying what is wrong, at most five times. */
async function until<T>(ask: Ask, question: string, accept: (answer: string) => { value: T } | string): Promise<T> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = accept((await ask(question)).trim());
    if (typeof result !== 'string') return result.value;
    console.log(`  ${result}`);
  }
  throw new Error(`No valid answer to "${question.trim()}"; nothing was written.`);
}

function pick(answer: string, choices: Choice[], what: string): { value: string[] } | string {
  const values = list([answer]) ?? [];
  if (!values.length) return `give at least one ${what}`;
  const unknown = values.filter((value) => !resolveChoice(value, choices));
  return unknown.length ? `unknown ${what}: ${unknown.join(', ')}` : { value: values };
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
): Promise<Omit<ScaffoldOptions, 'today'>> {
  const slug =
    given.slug ??
    (await until(ask, 'Slug (English kebab-case; it becomes the URL), e.g. school-meals: ', (answer) =>
      !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(answer)
        ? 'lower-case letters, digits and single hyphens only'
        : existsSync(join(root, 'content', 'initiatives', answer))
          ? `content/initiatives/${answer}/ already exists`
          : { value: answer },
    ));
  const choose = async (what: string, choices: Choice[], several: boolean) => {
    const name = `${what[0]!.toUpperCase()}${what.slice(1)}`;
    console.log(`\n${name}s:\n${describeChoices(choices).replace(/^/gm, '  ')}`);
    const question = several ? `${name}s (ids or names, separated by commas): ` : `${name} (id or name): `;
    return until(ask, question, (answer) => pick(answer, choices, what));
  };
  const theme = given.theme ?? (await choose('theme', vocabulary.themes, false))[0]!;
  const places = given.places ?? (await choose('place', vocabulary.places, true));
  const tags = given.tags ?? (await choose('tag', vocabulary.tags, true));
  if (given.source !== undefined || given.newSource) return { ...given, slug, theme, places, tags };
  console.log(
    `\nSources in content/sources/:\n${vocabulary.sources.map((id) => `  ${id}`).join('\n') || '  (none yet)'}`,
  );
  const source = await until(ask, 'Source (an id above, or "new" to add one): ', (answer) =>
    answer === 'new' || vocabulary.sources.includes(answer) ? { value: answer } : 'type one of the ids above, or new',
  );
  if (source !== 'new') return { slug, theme, places, tags, source };
  const text = (question: string, optional = false) =>
    until(ask, question, (answer) => (answer || optional ? { value: answer } : 'this one is needed'));
  const newSource: NewSource = {
    id: await until(ask, 'New source id (kebab-case, e.g. renmin-2024-01-29): ', (answer) =>
      !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(answer)
        ? 'lower-case letters, digits and single hyphens only'
        : vocabulary.sources.includes(answer)
          ? `content/sources/${answer}.yaml already exists`
          : { value: answer },
    ),
    title: await text('Title, as the source prints it: '),
    publisher: await text('Publisher (in Chinese for a Chinese source): '),
    date: await until(ask, 'Date it was published (YYYY-MM-DD): ', (answer) => {
      const day = date.safeParse(answer);
      return day.success ? { value: answer } : day.error.issues[0]!.message;
    }),
  };
  const publisherEn = await text("Publisher's name in English (Enter to fill in later): ", true);
  const url = await text('Address, or an archived copy (Enter if there is none): ', true);
  if (publisherEn) newSource.publisherEn = publisherEn;
  if (url) newSource.url = url;
  return { slug, theme, places, tags, newSource };
}
