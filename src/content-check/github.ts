/**
 * The content check on GitHub Actions: each problem as a workflow annotation in the editor's
 * language, so GitHub shows it on the changed line of the pull request, and every problem in the
 * run's summary as a table with its message and fix in every editor language. See GitHub's
 * "Workflow commands for GitHub Actions".
 */
import { appendFileSync } from 'node:fs';
import { EDITOR_LANGUAGES, type EditorLanguage } from '../i18n/editor-locale';
import { say, sayIn } from '../i18n/editor/say';
import { problemMessage, problemPlace, type Problem } from '../lib/problems';

/** Escapes the message of a workflow command (after `::`). */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value of a workflow command (`file=…,line=…`). */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::error file=…,line=…,col=…,title=…::message` (`::warning` for a warning), the message in `language`. */
export function annotation(problem: Problem, language: EditorLanguage): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line === undefined ? [] : [`line=${problem.line}`]),
    ...(problem.line !== undefined && problem.column !== undefined ? [`col=${problem.column}`] : []),
    ...(problem.field ? [`title=${escapeProperty(problem.field)}`] : []),
  ];
  const kind = problem.severity === 'warning' ? 'warning' : 'error';
  return `::${kind} ${properties.join(',')}::${escapeData(problemMessage(problem, language))}`;
}

/**
 * A Markdown table cell: no line breaks, no stray pipes, and `<Figure id="x" />` shown as written
 * rather than taken for HTML (GitHub would drop it); inside `code` it is shown as written anyway.
 */
function cell(text: string): string {
  const html = (part: string) => part.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return text
    .split(/(`[^`\n]*`)/)
    .map((part, index) => (index % 2 ? part : html(part)))
    .join('')
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/\r?\n/g, '<br>');
}

/** The summary's own words. */
type Word =
  | 'summaryTitle'
  | 'summaryPassed'
  | 'summaryPlace'
  | 'summaryField'
  | 'summaryKind'
  | 'summaryError'
  | 'summaryWarning';

/** A word of the summary in every language, `中文 · English`. */
function words(key: Word, languages: readonly EditorLanguage[]): string {
  return languages.map((language) => sayIn(say(key), language)).join(' · ');
}

/**
 * The run summary: a heading, then one row per problem with its place, field, kind and its
 * message in each of `languages` (the fix is part of each message), each column headed in its
 * own language.
 */
export function summary(problems: Problem[], languages: readonly EditorLanguage[] = EDITOR_LANGUAGES): string {
  const title = `### ${words('summaryTitle', languages)}`;
  if (problems.length === 0) return `${title}\n\n${words('summaryPassed', languages)}\n`;
  const header = [
    words('summaryPlace', languages),
    words('summaryField', languages),
    words('summaryKind', languages),
    ...languages.map((language) => sayIn(say('summaryMessages', language), language)),
  ];
  const rows = problems.map((problem) => {
    const code = (text: string) => `\`${text.replaceAll('|', '\\|')}\``;
    return [
      code(problemPlace(problem)),
      problem.field ? code(problem.field) : '',
      cell(words(problem.severity === 'warning' ? 'summaryWarning' : 'summaryError', languages)),
      ...languages.map((language) => cell(problemMessage(problem, language))),
    ];
  });
  return [
    title,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}

/** Whether this process runs as a step of a GitHub Actions workflow. */
export function onActions(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/**
 * Prints an annotation for each problem (errors and warnings alike) in `language`, and appends
 * the summary of them all, in every editor language, to `$GITHUB_STEP_SUMMARY` when it is set.
 */
export function reportToActions(
  env: NodeJS.ProcessEnv,
  problems: Problem[],
  language: EditorLanguage,
  print: (line: string) => void = console.log,
): void {
  for (const problem of problems) print(annotation(problem, language));
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary(problems));
}
