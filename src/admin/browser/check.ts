/**
 * The content check for the entry the editor holds: the files it would write are sent to the
 * local backend of `npm run edit`, which runs `checkContent` on content/ with those files in
 * place (the same rules as `npm run check:content`). What it finds is shown in the entry's check
 * panel, in the editor's language, and an entry with problems is not saved.
 */
import type { Problem } from '../../lib/problems';
import { label, type EditorLanguage } from '../labels';
import { problemText } from '../problem-text';

/** What the check panel shows. */
export interface CheckState {
  status: 'idle' | 'running' | 'passed' | 'failed' | 'unavailable' | 'error';
  problems: Problem[];
  warnings: Problem[];
  message?: string;
}

type Listener = (state: CheckState) => void;
const listeners = new Set<Listener>();
let state: CheckState = { status: 'idle', problems: [], warnings: [] };

/** The panel's current state, and a way to hear of changes. */
export function checkState(): CheckState {
  return state;
}
export function onCheck(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function setCheck(next: CheckState): void {
  state = next;
  for (const listener of listeners) listener(state);
}

type Report = { problems: Problem[]; warnings: Problem[] };
type Checker = (files: Record<string, string>) => Promise<Report>;
let checker: Checker | undefined;

/** The local backend's /api/check. */
function serverChecker(url: string): Checker {
  return async (files) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ files }),
    });
    const result = (await response.json()) as Partial<Report> & { error?: string };
    if (!response.ok || !result.problems) throw new Error(result.error ?? `HTTP ${response.status}`);
    return { problems: result.problems, warnings: result.warnings ?? [] };
  };
}

/** The check bundled beside the editor (check/), loaded the first time it is needed. */
function browserChecker(base: string): Checker {
  let loaded: Promise<
    [(content: Record<string, string>, files: Record<string, string>) => Report, Record<string, string>]
  >;
  return async (files) => {
    loaded ??= Promise.all([
      import(/* @vite-ignore */ new URL('check/casebook-check.js', base).href).then(
        (module: { checkEntry: (content: Record<string, string>, files: Record<string, string>) => Report }) =>
          module.checkEntry,
      ),
      fetch(new URL('check/content.json', base)).then((response) => response.json() as Promise<Record<string, string>>),
    ]);
    const [checkEntry, content] = await loaded;
    return checkEntry(content, files);
  };
}

/** Where the check runs: the local backend, the page itself, or nowhere here. */
export function setChecker(mode: 'server' | 'browser' | 'none', base: string): void {
  checker =
    mode === 'server'
      ? serverChecker(new URL('/api/check', base).href)
      : mode === 'browser'
        ? browserChecker(base)
        : undefined;
}

/** Runs the check on `files` (path → text) and shows the result; true when nothing stops saving. */
export async function runCheck(files: Record<string, string>, language: EditorLanguage): Promise<boolean> {
  if (!checker) {
    setCheck({ status: 'unavailable', problems: [], warnings: [], message: label('checkUnavailable', language) });
    return true;
  }
  setCheck({ status: 'running', problems: [], warnings: [] });
  try {
    const { problems, warnings } = await checker(files);
    setCheck({ status: problems.length ? 'failed' : 'passed', problems, warnings });
    return problems.length === 0;
  } catch (error) {
    setCheck({
      status: 'error',
      problems: [],
      warnings: [],
      message: `${label('checkError', language)} ${error instanceof Error ? error.message : String(error)}`,
    });
    return false;
  }
}

/** The check's problems as one message, for the notice Decap shows when saving stops. */
export function failureMessage(problems: Problem[], language: EditorLanguage): string {
  return [
    label('checkFailed', language, { n: problems.length }),
    ...problems.map((p) => problemText(p, language)),
  ].join('\n');
}
