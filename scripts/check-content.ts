/**
 * `npm run check:content`: validates content/ and prints every problem with file, line and fix.
 * "In the future" is judged by the project's clock (CASEBOOK_NOW pins it).
 */
import { checkContent, problemReport, storyFiles, warningReport } from '../src/content-check';
import { now } from '../src/lib/clock';

const { problems, warnings, initiatives } = checkContent(process.cwd(), undefined, now());
if (warnings.length) console.warn(`${warningReport(warnings)}\n`);
if (problems.length) {
  console.error(problemReport(problems));
  // Run by `npm run build`, this is the first step: the build says what it left as it was.
  if (!process.env.CASEBOOK_BUILD) console.error('\nNothing was built. Fix the files above and run the command again.');
  process.exit(1);
}
console.log(`Content check passed: ${initiatives.size} initiatives, each with ${storyFiles()}.`);
