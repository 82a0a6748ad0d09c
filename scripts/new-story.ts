/**
 * `npm run new-story -- --slug school-meals --theme livelihood --place 南明区 --tag education`
 * Scaffolds content/initiatives/<slug>/ with data.yaml, zh.mdx and en.mdx (and a new source
 * with --source-id …). The story is a draft, shown only by `npm run dev`, until its data file
 * says `status: published`. `--help` lists the options, themes, places and tags. It speaks Chinese
 * or English: `--lang zh|en`, else LC_ALL, LC_MESSAGES or LANG (src/i18n/editor-locale.ts).
 * The day it writes as `published` comes from the project's clock (CASEBOOK_NOW pins it).
 */
import { env, stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { editorMessages } from '../src/i18n/editor';
import { editorLanguage, type EditorLanguage } from '../src/i18n/editor-locale';
import { localDay, now } from '../src/lib/clock';
import { scaffoldStory, type ScaffoldOptions } from '../src/scaffold';
import { askForMissing, readFlags, usage } from '../src/scaffold/cli';
import { readVocabulary } from '../src/scaffold/vocabulary';

async function main(language: EditorLanguage): Promise<void> {
  const text = editorMessages(language).scaffold;
  const root = process.cwd();
  const vocabulary = readVocabulary(root);
  const { help, given } = readFlags(process.argv.slice(2), language);
  if (help) {
    console.log(usage(vocabulary, language));
    return;
  }
  const today = localDay(now());
  const complete = (options: Partial<ScaffoldOptions>): options is Omit<ScaffoldOptions, 'today'> =>
    options.slug !== undefined && options.theme !== undefined && !!options.places?.length && !!options.tags?.length;
  let options: Omit<ScaffoldOptions, 'today'>;
  if (complete(given)) options = given;
  else if (stdin.isTTY && stdout.isTTY) {
    const terminal = createInterface({ input: stdin, output: stdout });
    try {
      options = await askForMissing((question) => terminal.question(question), root, vocabulary, given, language);
    } finally {
      terminal.close();
    }
  } else {
    const missing = (['slug', 'theme', 'places', 'tags'] as const)
      .filter((key) => !given[key]?.length)
      .map((key) => `--${key.replace(/s$/, '')}`);
    throw new Error(`${text.missing(missing)}\n\n${usage(vocabulary, language)}`);
  }
  const { story, files } = await scaffoldStory(root, { ...options, language, today });
  console.log(`${text.created(story, files)}\n\n${text.next(options.slug)}`);
}

try {
  await main(editorLanguage(process.argv.slice(2), env));
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
