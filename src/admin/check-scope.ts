import type { Problem } from '../lib/problems';
import { storySlug } from './browser/backend';

/**
 * Of everything the content check reports, what concerns an entry: the problems of the files it
 * would write and of its story folder. Shared by the local backend and the check in the browser.
 */
export function entryProblems<T extends { problems: Problem[]; warnings: Problem[] }>(
  report: T,
  files: Record<string, string>,
): { problems: Problem[]; warnings: Problem[] } {
  const paths = Object.keys(files);
  const folders = paths.map((path) =>
    storySlug(path) === undefined && !/\/(?:zh|en)\.mdx$/.test(path) ? path : path.slice(0, path.lastIndexOf('/')),
  );
  const concerns = (problem: Problem) =>
    folders.some((folder) => problem.file === folder || problem.file.startsWith(`${folder}/`)) ||
    paths.some((path) => problem.message.includes(path));
  return { problems: report.problems.filter(concerns), warnings: report.warnings.filter(concerns) };
}
