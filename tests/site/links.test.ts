import { LinkChecker, LinkState } from 'linkinator';
import { beforeAll, describe, expect, it } from 'vitest';
import { distFiles, requireDist } from '../../harness/dist';

beforeAll(requireDist);

describe('links in dist/', () => {
  it('has no broken internal link or fragment id', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: 'dist',
      recurse: true,
      checkFragments: true,
      checkCss: true,
      // Only the site's own pages: absolute URLs (canonical, feeds) name the deployed host.
      linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
      concurrency: 8,
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
    const report = broken.map(
      (link) =>
        `${link.status ?? ''} ${link.url} (on ${link.parent ?? '?'}) ${link.failureDetails?.map(String).join(' ') ?? ''}`,
    );
    expect(report).toEqual([]);
    // A crawl that found almost nothing would pass vacuously: it must have reached every page.
    const reached = new Set(
      result.links
        .filter((link) => link.state === LinkState.OK)
        .map((link) =>
          link.url
            .replace(/^dist(?=\/)/, '')
            .replace(/^https?:\/\/[^/]+/, '')
            .replace(/[?#].*$/, ''),
        ),
    );
    reached.add('/');
    for (const file of distFiles('.html').filter((file) => file !== '/404.html')) {
      expect(reached.has(file.replace(/index\.html$/, '')), `${file} was never linked`).toBe(true);
    }
  });
});
