import { formatProblem, type Problem } from '../lib/problems';
import type { EditorLanguage } from './labels';

/**
 * A problem of the content check as the editor shows it, in the editor's language. The check's
 * messages are the check's own (`formatProblem`, as `npm run check:content` prints them); this is
 * the one place that chooses their language, so a translated catalogue of the check's messages
 * plugs in here and nowhere else.
 */
export function problemText(problem: Problem, language: EditorLanguage): string {
  void language;
  return formatProblem(problem);
}
