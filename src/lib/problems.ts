/** Problems found in content files, and how they are printed for an editor. */

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
  /** What is wrong and what to do. */
  message: string;
  /** `warning`: worth a look, but the check still passes; absent means an error that stops the build. */
  severity?: 'error' | 'warning';
}

/** `file:line:column  field: message`, the way compilers print errors (editors jump to the place). */
export function formatProblem(problem: Problem): string {
  const place = [problem.line, problem.line === undefined ? undefined : problem.column].filter((n) => n !== undefined);
  const where = [problem.file, ...place].join(':');
  return problem.field ? `${where}  ${problem.field}: ${problem.message}` : `${where}  ${problem.message}`;
}

/** The problems as an editor reads them: a count, then one line each. */
export function problemReport(problems: Problem[]): string {
  const lines = problems.map((problem) => `  ${formatProblem(problem)}`);
  return [`Content check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:`, '', ...lines].join(
    '\n',
  );
}
