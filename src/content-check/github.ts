/**
 * The content check on GitHub Actions: each problem as a workflow annotation, so GitHub shows it
 * on the changed line of the pull request, and every problem in the run's summary as a table with
 * its fix in each editor language. See GitHub's "Workflow commands for GitHub Actions".
 */
import { appendFileSync } from 'node:fs';
import type { Problem } from '../lib/problems';

/** One problem's text in each language the summary shows, by language code. */
export type Rendered = Record<string, string>;

/** Escapes the message of a workflow command (after `::`). */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value of a workflow command (`file=…,line=…`). */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::error file=…,line=…,col=…,title=…::message` (`::warning` for a warning). */
export function annotation(problem: Problem, message: string): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line === undefined ? [] : [`line=${problem.line}`]),
    ...(problem.line !== undefined && problem.column !== undefined ? [`col=${problem.column}`] : []),
    ...(problem.field ? [`title=${escapeProperty(problem.field)}`] : []),
  ];
  return `::${problem.severity === 'warning' ? 'warning' : 'error'} ${properties.join(',')}::${escapeData(message)}`;
}

/** A Markdown table cell: no line breaks, no stray pipes. */
function cell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, '<br>');
}

/** Column headings and the summary's title, per language, in the order the columns appear. */
export interface SummaryWords {
  title: string;
  passed: string;
  place: string;
  field: string;
  kind: string;
  error: string;
  warning: string;
  /** The heading of the column holding the message in `language`. */
  message: (language: string) => string;
}

/**
 * The run summary: a heading, then one row per problem with its place, field, kind and its
 * message in every language of `rendered` (the fix is part of each message).
 */
export function summary(problems: Problem[], rendered: Rendered[], languages: string[], words: SummaryWords): string {
  if (problems.length === 0) return `### ${words.title}\n\n${words.passed}\n`;
  const header = [words.place, words.field, words.kind, ...languages.map(words.message)];
  const rows = problems.map((problem, index) => {
    const place = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column]
      .filter((part) => part !== undefined)
      .join(':');
    return [
      `\`${place}\``,
      problem.field ? `\`${problem.field}\`` : '',
      problem.severity === 'warning' ? words.warning : words.error,
      ...languages.map((language) => rendered[index]![language] ?? ''),
    ].map((text, column) => (column < 2 ? text.replaceAll('|', '\\|') : cell(text)));
  });
  return [
    `### ${words.title}`,
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

/** Prints the annotations and appends the summary to `$GITHUB_STEP_SUMMARY` (when it is set). */
export function reportToActions(
  env: NodeJS.ProcessEnv,
  problems: Problem[],
  rendered: Rendered[],
  primary: string,
  languages: string[],
  words: SummaryWords,
  print: (line: string) => void = console.log,
): void {
  problems.forEach((problem, index) => print(annotation(problem, rendered[index]![primary] ?? problem.message)));
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary(problems, rendered, languages, words));
}
