/**
 * The `_headers` file: who may frame what. Rules never overlap on the framing headers, so whichever
 * way a host merges overlapping rules, an embed page may be framed and nothing else may.
 */
import { describe, expect, it } from 'vitest';
import {
  headerRules,
  headersFile,
  headersFor,
  parseHeadersFile,
  ruleMatches,
  type SiteEntry,
} from '../../src/lib/security';
import { adminHeaders } from '../../src/admin/integration';

/** A built site as folders of entries: a name ending in / is a folder. */
const tree: Record<string, string[]> = {
  '/': ['index.html', '404.html', 'favicon.svg', '_astro/', 'stories/', 'embed/', 'en/', 'pagefind/'],
  '/en/': ['index.html', 'rss.xml', 'stories/', 'embed/'],
};
const list = (path: string): SiteEntry[] =>
  (tree[path] ?? []).map((name) => ({ name: name.replace(/\/$/, ''), folder: name.endsWith('/') }));
const embeds = ['/embed/', '/en/embed/'];

const framing = (rules: ReturnType<typeof headerRules>, path: string) => {
  const headers = headersFor(rules, path);
  return { policy: headers.get('content-security-policy') ?? '', frameOptions: headers.get('x-frame-options') };
};

describe('header rules', () => {
  const rules = headerRules(list, embeds);

  it.each([
    '/',
    '/index.html',
    '/404.html',
    '/favicon.svg',
    '/stories/a/',
    '/stories/a/charts/b.png',
    '/pagefind/pagefind.js',
    '/en/',
    '/en/rss.xml',
    '/en/stories/a/',
  ])('%s may not be framed, by one policy', (path) => {
    const { policy, frameOptions } = framing(rules, path);
    expect(policy).toMatch(/; frame-ancestors 'none'$/);
    expect(policy).not.toContain(',');
    expect(frameOptions).toBe('DENY');
  });

  it.each(['/embed/a/b/', '/en/embed/a/b/'])('%s may be framed by any site, and is not to be indexed', (path) => {
    const { policy, frameOptions } = framing(rules, path);
    expect(policy).toMatch(/; frame-ancestors \*$/);
    expect(policy).not.toContain(',');
    expect(frameOptions).toBeUndefined();
    expect(headersFor(rules, path).get('x-robots-tag')).toBe('noindex');
  });

  it('gives every path the common headers', () => {
    for (const path of ['/', '/embed/a/b/', '/en/stories/a/'])
      expect(headersFor(rules, path).get('x-content-type-options')).toBe('nosniff');
  });

  it('puts paths under the base path', () => {
    const based = headerRules(list, embeds, '/casebook');
    expect(based.every((rule) => rule.path.startsWith('/casebook/'))).toBe(true);
    expect(framing(based, '/casebook/embed/a/b/').policy).toMatch(/frame-ancestors \*$/);
    expect(framing(based, '/casebook/stories/a/').policy).toMatch(/frame-ancestors 'none'$/);
  });

  it('reads back the file it writes', () => {
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
  });
});

describe('ruleMatches', () => {
  it.each([
    ['/*', '/anything/at/all', true],
    ['/stories/*', '/stories/', true],
    ['/stories/*', '/stories/a/b.png', true],
    ['/stories/*', '/storiesx', false],
    ['/', '/', true],
    ['/', '/en/', false],
    ['/a.b', '/aXb', false],
  ])('%s matches %s: %s', (rule, path, matches) => {
    expect(ruleMatches(rule, path)).toBe(matches);
  });
});

describe('the editor’s rule', () => {
  it('covers /admin/ under the base path the site is served at, and nothing outside it', () => {
    for (const base of ['', '/casebook']) {
      const rules = parseHeadersFile(adminHeaders(base, "default-src 'self'"));
      expect(headersFor(rules, `${base}/admin/`).get('content-security-policy')).toBe(
        "default-src 'self'; frame-ancestors 'none'",
      );
      expect(headersFor(rules, `${base}/admin/index.html`).get('x-robots-tag')).toBe('noindex');
      expect(headersFor(rules, `${base}/stories/`).size).toBe(0);
    }
    expect(headersFor(parseHeadersFile(adminHeaders('/casebook', 'x')), '/admin/').size).toBe(0);
  });
});
