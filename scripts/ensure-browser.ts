/**
 * Makes sure the browser tests have Chromium and a Chinese font. When either is missing and we
 * run as root on Debian, installs Debian's `chromium` and `fonts-noto-cjk`; otherwise stops with
 * a message saying how to get them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromePath } from './support/browser';

function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

const needBrowser = !chromePath();
const needFont = !hasChineseFont();
if (!needBrowser && !needFont) {
  console.log(`Browser tests will use ${chromePath()}.`);
  process.exit(0);
}

const packages = [...(needBrowser ? ['chromium'] : []), ...(needFont ? ['fonts-noto-cjk'] : [])];
const canInstall = process.getuid?.() === 0 && existsSync('/etc/debian_version');
if (!canInstall) {
  if (needBrowser) {
    console.error(
      [
        'The browser tests need Chromium, and none was found.',
        '  On Debian or Ubuntu: sudo apt-get install chromium fonts-noto-cjk',
        '  Or point CHROME_PATH at a Chromium or Chrome binary: CHROME_PATH=/path/to/chrome npm test',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.warn('No Chinese font found (fonts-noto-cjk): Chinese text in screenshots will show as boxes.');
  process.exit(0);
}

console.log(`Installing ${packages.join(' and ')} with apt-get for the browser tests…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', '--no-install-recommends', ...packages],
]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed. Install ${packages.join(' ')} by hand or set CHROME_PATH.`);
    process.exit(1);
  }
}
if (!chromePath()) {
  console.error('Chromium was installed but /usr/bin/chromium is missing; set CHROME_PATH.');
  process.exit(1);
}
console.log(`Browser tests will use ${chromePath()}.`);
