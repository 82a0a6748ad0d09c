/**
 * The language of the editor tools (`npm run new-story`, and later the content check): Chinese or
 * English. A `--lang zh|en` flag decides; without it the first of LC_ALL, LC_MESSAGES and LANG that
 * is set, in the order POSIX gives them: a locale starting with `zh` (zh_CN.UTF-8, zh_TW, zh-Hans)
 * is Chinese, anything else (C, POSIX, en_GB.UTF-8, fr_FR) English. Pure: the caller passes the
 * command line and the environment.
 */
import { editorMessages } from './editor';

/** The languages the editor tools speak. */
export const EDITOR_LANGUAGES = ['zh', 'en'] as const;
export type EditorLanguage = (typeof EDITOR_LANGUAGES)[number];

/** The variables that name the user's language, strongest first. */
export const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/** The language of a locale name such as `zh_CN.UTF-8`, `zh-Hans` or `en_US`. */
export function languageOfLocale(locale: string): EditorLanguage {
  return /^zh(?:[_.@-]|$)/i.test(locale.trim()) ? 'zh' : 'en';
}

/** The language the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty. */
export function environmentLanguage(env: Readonly<Record<string, string | undefined>>): EditorLanguage {
  const locale = LOCALE_VARIABLES.map((name) => env[name]?.trim()).find((value) => !!value);
  return locale ? languageOfLocale(locale) : 'en';
}

/** The value of the last `--lang zh` or `--lang=zh` before any `--`, or undefined. */
function langFlag(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') break;
    if (arg === '--lang') value = argv[++index] ?? '';
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value;
}

/**
 * The editor's language: `--lang` when given, else the environment's. A `--lang` other than zh or
 * en throws, saying so in the environment's language.
 */
export function editorLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): EditorLanguage {
  const fromEnvironment = environmentLanguage(env);
  const flag = langFlag(argv);
  if (flag === undefined) return fromEnvironment;
  const wanted = flag.trim().toLowerCase();
  if ((EDITOR_LANGUAGES as readonly string[]).includes(wanted)) return wanted as EditorLanguage;
  throw new Error(editorMessages(fromEnvironment).tools.unknownLanguage(flag));
}
