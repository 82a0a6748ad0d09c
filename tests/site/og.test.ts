import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { neutralPath } from '../../src/lib/locale';
import { pngSize } from '../../src/og/png';
import { DIST, distFiles, fileOf, page, requireDist, urlOf } from '../../harness/dist';

beforeAll(requireDist);

const storyPages = () =>
  distFiles('.html')
    .map(urlOf)
    .filter((url) => /^\/stories\/[^/]+\/$/.test(neutralPath(url)));

/** The built PNG an og:image URL points at, with its size. */
function socialImage(url: string): { path: string; size: { width: number; height: number } } {
  const content = page(url)('meta[property="og:image"]').attr('content');
  expect(content, `${url} og:image`).toBeTruthy();
  const path = new URL(content!).pathname;
  const file = fileOf(path);
  expect(file, `${url}: og:image ${path} is not in dist/`).toBeDefined();
  return { path, size: pngSize(readFileSync(join(DIST, file!))) };
}

describe('social cards', () => {
  it('every story page points og:image at a 1200×630 PNG of its own', () => {
    const pages = storyPages();
    expect(pages.length).toBeGreaterThanOrEqual(20);
    const images = new Set<string>();
    for (const url of pages) {
      const { path, size } = socialImage(url);
      expect(size, url).toEqual({ width: 1200, height: 630 });
      images.add(path);
      const $ = page(url);
      expect($('meta[property="og:image:width"]').attr('content'), url).toBe('1200');
      expect($('meta[property="og:image:height"]').attr('content'), url).toBe('630');
      expect($('meta[name="twitter:card"]').attr('content'), url).toBe('summary_large_image');
      // The alt text says what the card says: at least the story's title.
      expect($('meta[property="og:image:alt"]').attr('content'), url).toContain($('h1').text().trim());
    }
    expect(images.size, 'one card per story page').toBe(pages.length);
  });

  it('the home pages have cards of their own, in their language', () => {
    for (const [url, name] of [
      ['/', '贵阳实事案例集'],
      ['/en/', 'Guiyang Casebook'],
    ] as const) {
      const { size } = socialImage(url);
      expect(size, url).toEqual({ width: 1200, height: 630 });
      expect(page(url)('meta[property="og:image:alt"]').attr('content'), url).toMatch(new RegExp(`^${name}`));
    }
    expect(socialImage('/').path).not.toBe(socialImage('/en/').path);
  });
});
