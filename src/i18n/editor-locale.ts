/**
 * The language of the editor tools (`npm run new-story`, `npm run check:content`): Chinese or
 * English. A `--lang zh|en` flag decides; without it the first of LC_ALL, LC_MESSAGES and LANG that
 * is set, in the order POSIX gives them: a locale starting with `zh` (zh_CN.UTF-8, zh_TW, zh-Hans)
 * is Chinese, any other language (en_GB.UTF-8, fr_FR) English. A locale that names no language
 * (none set, C, POSIX, C.UTF-8) gives the caller's default: English in a terminal; the content
 * check on GitHub Actions, whose runners set C.UTF-8, defaults to Chinese for the project's
 * editors. Pure: the caller passes the command line and the environment.
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

/** Whether a locale names no language: the POSIX locale (C, POSIX, C.UTF-8), which servers and CI runners start with. */
export function namesNoLanguage(locale: string): boolean {
  return /^(?:C|POSIX)(?:[.@]|$)/i.test(locale.trim());
}

/**
 * The language the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG that is set and not
 * empty; `unnamed` when none is, or when it names no language (C, POSIX).
 */
export function environmentLanguage(
  env: Readonly<Record<string, string | undefined>>,
  unnamed: EditorLanguage = 'en',
): EditorLanguage {
  const locale = LOCALE_VARIABLES.map((name) => env[name]?.trim()).find((value) => !!value);
  return locale && !namesNoLanguage(locale) ? languageOfLocale(locale) : unnamed;
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
 * The editor's language: `--lang` when given, else the environment's (`unnamed` when it names
 * none). A `--lang` other than zh or en throws, saying so in the environment's language.
 */
export function editorLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  unnamed: EditorLanguage = 'en',
): EditorLanguage {
  const fromEnvironment = environmentLanguage(env, unnamed);
  const flag = langFlag(argv);
  if (flag === undefined) return fromEnvironment;
  const wanted = flag.trim().toLowerCase();
  if ((EDITOR_LANGUAGES as readonly string[]).includes(wanted)) return wanted as EditorLanguage;
  throw new Error(editorMessages(fromEnvironment).tools.unknownLanguage(flag));
}
