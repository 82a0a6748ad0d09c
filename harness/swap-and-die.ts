/**
 * Run by Node in a process of its own: swaps `<scratch>` into `<root>/dist` and prints each step
 * of the swap as it is done, killing itself with SIGKILL after the step named `<stop>` (none: the
 * swap runs to the end). `links=off` makes symbolic links fail as they do where there are none.
 *
 *   node harness/swap-and-die.ts <root> <scratch> [stop] [links=off]
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const [root = '', scratch = '', stop = '', links = ''] = process.argv.slice(2);
if (links === 'links=off') {
  fs.symlinkSync = () => {
    throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
  };
  syncBuiltinESMExports();
}
const { swapIn } = await import('../src/build/output.ts');
swapIn(root, scratch, (step) => {
  console.log(step);
  if (step === stop) process.kill(process.pid, 'SIGKILL');
});
