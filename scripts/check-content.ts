/** `npm run check:content`: validates content/ and prints every problem with file, line and fix. */
import { checkContent, problemReport } from '../src/content-check';

const { problems, initiatives } = checkContent(process.cwd());
if (problems.length) {
  console.error(problemReport(problems));
  console.error('\nNothing was built. Fix the files above and run the command again.');
  process.exit(1);
}
console.log(`Content check passed: ${initiatives.size} initiatives, each in Chinese and English.`);
