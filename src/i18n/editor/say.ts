/**
 * Messages as keys. A message of the content check is made as a key of the catalogue's `check`
 * section with its parameters (`say('unknownTheme', 'housing', ids)`), so it can be said in any
 * editor language when it is printed; its English text goes along as `message` for whatever prints
 * it without choosing a language. The parameters are type-checked against the catalogue.
 */
import type { EditorLanguage } from '../editor-locale';
import type { CheckMessages } from './check/messages';
import { EDITOR_CATALOGUES } from './index';

/** A message of the content check, by name. */
export type CheckKey = keyof CheckMessages;

/** A parameter as given: where the catalogue takes text, another message may stand, said in the same language. */
type Param<T> = T extends string
  ? string | CheckText
  : T extends readonly string[]
    ? readonly (string | CheckText)[]
    : T;

/** The parameters a message takes, in order. */
export type CheckParams<K extends CheckKey> = CheckMessages[K] extends (...args: infer A) => string
  ? { [I in keyof A]: Param<A[I]> }
  : [];

/** A message to be said in some language: its key and parameters. */
export type CheckText = { [K in CheckKey]: { key: K; params: CheckParams<K> } }[CheckKey];

/** A message with its English text, ready to spread into a Problem. */
export type Said = CheckText & { message: string };

function isText(value: unknown): value is CheckText {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'key' in value && 'params' in value;
}

/** The message `text` in `language`; messages given as parameters are said in the same language. */
export function sayIn(text: CheckText, language: EditorLanguage): string {
  const entry = EDITOR_CATALOGUES[language].check[text.key] as string | ((...args: unknown[]) => string);
  if (typeof entry === 'string') return entry;
  const resolve = (param: unknown): unknown =>
    isText(param) ? sayIn(param, language) : Array.isArray(param) ? param.map(resolve) : param;
  return entry(...(text.params as readonly unknown[]).map(resolve));
}

/** The message `key` with its parameters, and its English text. */
export function say<K extends CheckKey>(key: K, ...params: CheckParams<K>): Said {
  const text = { key, params } as CheckText;
  return { ...text, message: sayIn(text, 'en') };
}

/** The key and parameters of a message that carries them (a Problem, an issue), else undefined. */
export function textOf(value: { key?: unknown; params?: unknown }): CheckText | undefined {
  return isText(value) ? value : undefined;
}
