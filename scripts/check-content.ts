/** `npm run check:content`: validates content/ and prints every problem with file, line and fix. */
import { checkContent, formatProblem } from '../src/lib/content-check';

const { problems, initiatives } = checkContent(process.cwd());
if (problems.length) {
  console.error(`Content check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  console.error('\nNothing was built. Fix the files above and run the command again.');
  process.exit(1);
}
console.log(`Content check passed: ${initiatives.size} initiatives, each in Chinese and English.`);
