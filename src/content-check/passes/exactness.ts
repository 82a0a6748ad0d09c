/**
 * Exactness, on the stories whose data.yaml is valid: no date in the future, no blank left from the
 * scaffold, front matter and text lengths, and figures no language shows (warnings).
 */
import { checkExactness } from '../exactness';
import type { CheckContext } from './context';

export function exactnessPass(context: CheckContext): void {
  const { root, contentDir, initiatives, shownBySlug, problems, unitsById, now } = context;
  context.warnings.push(...checkExactness(root, contentDir, initiatives, shownBySlug, problems, unitsById, now));
}
