/**
 * Page weight of the built site: for each page type, the HTML and everything it loads
 * (CSS, JS, fonts), raw and gzip-compressed. Needs `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const PAGES = {
  'story (zh)': '/stories/student-passport-desk/',
  'story (en)': '/en/stories/student-passport-desk/',
  'home (zh)': '/',
  'home (en)': '/en/',
  'stories list (en)': '/en/stories/',
  'places (zh)': '/places/',
  'figures (en)': '/en/figures/',
  'search (zh)': '/search/',
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (data: Buffer) => gzipSync(data, { level: 9 }).length;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

console.log('page                 html (gzip)   css+js+fonts (gzip)   total (gzip)   scripts');
for (const [name, url] of Object.entries(PAGES)) {
  const html = readFileSync(join(DIST, url, 'index.html'));
  const text = html.toString('utf8');
  const assets = [...text.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  const assetBytes = assets.map((asset) => gz(readFileSync(join(DIST, asset)))).reduce((sum, size) => sum + size, 0);
  const scripts = assets.filter((asset) => asset.endsWith('.js')).length;
  console.log(
    `${name.padEnd(20)} ${kb(gz(html)).padStart(11)}   ${kb(assetBytes).padStart(19)}   ${kb(gz(html) + assetBytes).padStart(12)}   ${scripts}`,
  );
}
