/** Problems found in content files, and how they are printed for an editor, in the editor's language. */
import type { EditorLanguage } from '../i18n/editor-locale';
import { sayIn, textOf, type CheckKey } from '../i18n/editor/say';

/** One thing an editor has to fix. */
export interface Problem {
  /** Path relative to the project root. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column on that line (UTF-16 code units, as editors count), when known. */
  column?: number;
  /** Dotted field path, e.g. `figures[1].unit`. */
  field?: string;
  /** What is wrong and what to do, in English. */
  message: string;
  /** The message as a key of the check's catalogue (src/i18n/editor/check/), to say it in any language. */
  key?: CheckKey;
  /** The parameters of `key`. */
  params?: readonly unknown[];
  /** `warning`: worth a look, but the check still passes; absent means an error that stops the build. */
  severity?: 'error' | 'warning';
}

/** The problem's message in `language` (its English `message` when it has no key). */
export function problemMessage(problem: Problem, language: EditorLanguage = 'en'): string {
  const text = textOf(problem);
  return text ? sayIn(text, language) : problem.message;
}

/** `file:line:column`, as compilers print a place (editors jump to it). */
export function problemPlace(problem: Problem): string {
  const place = [problem.line, problem.line === undefined ? undefined : problem.column].filter((n) => n !== undefined);
  return [problem.file, ...place].join(':');
}

/** `file:line:column  field: message`, the way compilers print errors, in `language`. */
export function problemLine(problem: Problem, language: EditorLanguage): string {
  const message = problemMessage(problem, language);
  const where = problemPlace(problem);
  return problem.field ? `${where}  ${problem.field}: ${message}` : `${where}  ${message}`;
}

/** `file:line:column  field: message` in English (one argument, so it can be given to `map`). */
export function formatProblem(problem: Problem): string {
  return problemLine(problem, 'en');
}

/** The problems as an editor reads them: a count, then one line each. */
export function problemReport(problems: Problem[], language: EditorLanguage = 'en'): string {
  const heading = sayIn({ key: 'problemsFound', params: [problems.length] }, language);
  return [heading, '', ...problems.map((problem) => `  ${problemLine(problem, language)}`)].join('\n');
}
