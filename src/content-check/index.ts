import { join } from 'node:path';
import { now as clockNow } from '../lib/clock';
import { formatProblem, type Problem } from '../lib/problems';
import type { InitiativeData } from '../schemas/initiative';
import { siteUrl } from './site-links';
import { checkContext } from './passes/context';
import { exactnessPass } from './passes/exactness';
import { filesPass } from './passes/files';
import { languagesPass } from './passes/languages';
import { sitePass } from './passes/site';
import { sourcesPass } from './passes/sources';
import { headlinePass, storyDataPass } from './passes/story-data';
import { storyTextsPass } from './passes/story-texts';
import { folderNamePass, storiesPass, storyContext } from './passes/stories';
import { vocabularyPass } from './passes/vocabularies';

export { formatProblem, problemReport, type Problem } from '../lib/problems';
export { warningReport } from './exactness';
export { storyFiles } from './story-files';

/** Everything the check read, for callers that want the data as well as the problems. */
export interface ContentReport {
  problems: Problem[];
  /** Things worth a look that do not fail the check (`severity: 'warning'`). */
  warnings: Problem[];
  /** Slugs of initiatives whose data.yaml is valid. */
  initiatives: Map<string, InitiativeData>;
}

/**
 * Checks the whole content folder, in passes over a shared context (passes/): files as files
 * (content-files.ts), vocabularies and sources, each story's data (schemas, cross-references,
 * figure ids, charts) and texts in every language (story components, image alt text and files),
 * what its languages disagree on, the site's own pages and links, and exactness (dates,
 * placeholders, hand-typed numbers); `now` (the one clock, lib/clock.ts) decides what is "in the
 * future", `site` which full addresses are the site's own. Reads only; writes nothing, and never
 * reads what a symbolic link points at.
 */
export function checkContent(
  root: string,
  contentDir = join(root, 'content'),
  now = clockNow(process.env),
  site = siteUrl(),
): ContentReport {
  const context = checkContext(root, contentDir, now, site);
  filesPass(context);
  vocabularyPass(context);
  sourcesPass(context);
  storiesPass(context);
  // Story by story, so that a story's problems are reported together: its folder, its data, its
  // texts, then what its languages disagree on.
  for (const slug of context.slugs) {
    const story = storyContext(context, slug);
    folderNamePass(context, story);
    storyDataPass(context, story);
    storyTextsPass(context, story);
    languagesPass(context, story);
  }
  headlinePass(context);
  sitePass(context);
  exactnessPass(context);
  return { problems: once(context.problems), warnings: context.warnings, initiatives: context.initiatives };
}

/**
 * Each problem once. A link or a folder where a file belongs is met by the file check and again by
 * its reader: say it once. A field still holding the scaffold's blank is told to be filled in, not
 * also that a blank is no date.
 */
function once(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  const blank = (problem: Problem) => `${problem.file}|${problem.field}`;
  const blanks = new Set(problems.filter((problem) => problem.key === 'placeholderYaml').map(blank));
  return problems.filter(
    (problem) =>
      (problem.key === 'placeholderYaml' || !blanks.has(blank(problem))) &&
      !seen.has(formatProblem(problem)) &&
      seen.add(formatProblem(problem)),
  );
}
