/**
 * `npm run screenshot -- <path> [out.png] [width] [light|dark] [full]`: a PNG of a built page, for the README
 * and for looking at pages. Needs `npm run build` first.
 */
import { launch, serve } from '../harness/browser';

const [path = '/', out = 'screenshot.png', width = '1280', scheme = 'light', full = ''] = process.argv.slice(2);
const server = await serve('dist');
const browser = await launch();
try {
  const context = await browser.newContext({
    viewport: { width: Number(width), height: 900 },
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  // What the page's scripts draw (search results, their excerpts) once its requests have settled.
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: full === 'full' });
  console.log(`${out}: ${path} at ${width}px, ${scheme}`);
} finally {
  await browser.close();
  await server.close();
}
