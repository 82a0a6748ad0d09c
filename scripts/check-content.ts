/** `npm run check:content`: validates content/ and prints every problem with file, line and fix. */
import { checkContent, problemReport, warningReport } from '../src/content-check';

const { problems, warnings, initiatives } = checkContent(process.cwd());
if (warnings.length) console.warn(`${warningReport(warnings)}\n`);
if (problems.length) {
  console.error(problemReport(problems));
  console.error('\nNothing was built. Fix the files above and run the command again.');
  process.exit(1);
}
console.log(`Content check passed: ${initiatives.size} initiatives, each in Chinese and English.`);
