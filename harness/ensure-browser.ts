/**
 * Makes sure the browser tests have Chromium and a Chinese font. When either is missing and we
 * run as root on Debian, installs Debian's `chromium` and `fonts-noto-cjk`; otherwise throws with
 * a message saying how to get them. Run before the first test that needs a browser: by
 * `npm test` and by the global setup of every test project that starts one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromePath } from './browser';

function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

/** Returns the Chromium the browser tests will use, installing it first where it can. */
export function ensureBrowser(log: (line: string) => void = console.log): string {
  const needBrowser = !chromePath();
  const needFont = !hasChineseFont();
  if (!needBrowser && !needFont) return chromePath()!;

  const packages = [...(needBrowser ? ['chromium'] : []), ...(needFont ? ['fonts-noto-cjk'] : [])];
  const canInstall = process.getuid?.() === 0 && existsSync('/etc/debian_version');
  if (!canInstall) {
    if (needBrowser)
      throw new Error(
        [
          'The browser tests need Chromium, and none was found.',
          '  On Debian or Ubuntu: sudo apt-get install chromium fonts-noto-cjk',
          '  Or point CHROME_PATH at a Chromium or Chrome binary: CHROME_PATH=/path/to/chrome npm test',
        ].join('\n'),
      );
    log('No Chinese font found (fonts-noto-cjk): Chinese text in screenshots will show as boxes.');
    return chromePath()!;
  }

  log(`Installing ${packages.join(' and ')} with apt-get for the browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0)
      throw new Error(`apt-get ${args.join(' ')} failed. Install ${packages.join(' ')} by hand or set CHROME_PATH.`);
  }
  const installed = chromePath();
  if (!installed) throw new Error('Chromium was installed but /usr/bin/chromium is missing; set CHROME_PATH.');
  return installed;
}
