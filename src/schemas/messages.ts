/**
 * The schemas' messages for editors, as keys of the content check's catalogue
 * (src/i18n/editor/check/). Zod gets the English text, which Astro prints when it reads content
 * itself; the key and its parameters ride along on the issue (`params.editor`), where the content
 * check finds them and says the message in the editor's language.
 */
import { say, type CheckKey, type CheckParams, type CheckText, type Said } from '../i18n/editor/say';

export { say } from '../i18n/editor/say';

/** What a Zod issue carries for the check: `params.editor`. */
interface Stamped {
  params?: { editor?: CheckText } & Record<string, unknown>;
  input?: unknown;
}

/** The key and parameters of a message, without its English text. */
function keyed(said: Said): CheckText {
  return { key: said.key, params: said.params } as CheckText;
}

/**
 * A Zod `error` for a schema or check: the English message, with the key stamped on the issue.
 * `text` may depend on the issue (its input), as Zod's own error functions may.
 */
export function zodError(text: Said | ((issue: Stamped) => Said)): (issue: Stamped) => string {
  return (issue) => {
    const said = typeof text === 'function' ? text(issue) : text;
    issue.params = { ...issue.params, editor: keyed(said) };
    return said.message;
  };
}

/** A Zod `error` saying `key` with `params`. */
export function says<K extends CheckKey>(key: K, ...params: CheckParams<K>): { error: (issue: Stamped) => string } {
  return { error: zodError(say(key, ...params)) };
}

/** A custom issue for `ctx.addIssue`, saying `said`. */
export function issue(said: Said, path?: PropertyKey[]) {
  return {
    code: 'custom' as const,
    message: said.message,
    params: { editor: keyed(said) },
    ...(path ? { path } : {}),
  };
}

/** The message a Zod issue carries for the check, if a schema gave it one. */
export function issueText(found: object): CheckText | undefined {
  const params = (found as { params?: { editor?: CheckText } }).params;
  return params?.editor;
}
