import { describe, expect, it } from 'vitest';
import { rebaseHtml, siteAddress, withBase, withoutBase } from '../../src/lib/base';

describe('SITE_URL', () => {
  it.each([
    [undefined, { site: 'https://casebook.example.org/', base: '/' }],
    ['', { site: 'https://casebook.example.org/', base: '/' }],
    ['  ', { site: 'https://casebook.example.org/', base: '/' }],
    ['https://example.org', { site: 'https://example.org/', base: '/' }],
    ['https://example.org/casebook/', { site: 'https://example.org/casebook/', base: '/casebook' }],
    ['https://example.org/a/casebook', { site: 'https://example.org/a/casebook/', base: '/a/casebook' }],
  ])('%j → %j', (value, expected) => {
    expect(siteAddress(value, 'https://casebook.example.org/')).toEqual(expected);
  });

  it.each([
    ['HTTPS://Example.ORG:8443/Casebook', { site: 'https://example.org:8443/Casebook/', base: '/Casebook' }],
    ['http://[::1]:4321/a_b/c-d.e~f/', { site: 'http://[::1]:4321/a_b/c-d.e~f/', base: '/a_b/c-d.e~f' }],
    // A host name in another script is used in its ASCII form.
    ['https://案例.中国/casebook/', { site: 'https://xn--fsqx61d.xn--fiqs8s/casebook/', base: '/casebook' }],
  ])('accepts %j as %j', (value, expected) => {
    expect(siteAddress(value)).toEqual(expected);
  });

  // Each is refused as written, before anything runs, with what SITE_URL needs instead.
  it.each([
    ['example.org/casebook', 'is not an address: give the full address the site is served at'],
    ['https://example.org:99999/', 'is not an address'],
    ['ftp://example.org/', 'must start with https:// (or http://)'],
    ['javascript:alert(1)//example.org/', 'must start with https:// (or http://)'],
    ['file:///srv/casebook/', 'must start with https:// (or http://)'],
    ['https:/example.org/casebook/', 'must start with https:// (or http://)'],
    ['https://example.org/my casebook/', 'holds a space or control character'],
    ['https://example.org/case\tbook/', 'holds a space or control character'],
    ['https://exa\nmple.org/', 'holds a space or control character'],
    ['https://user:secret@example.org/', 'must not hold a user name or password'],
    ['https://example.org/?x=1', 'must not hold a query or fragment'],
    ['https://example.org/casebook/?', 'must not hold a query or fragment'],
    ['https://example.org/#top', 'must not hold a query or fragment'],
    ['https:///example.org/', 'has a host name that is not valid'],
    ['https://exa"mple.org/', 'has a host name that is not valid'],
    ['https://example.org\\casebook', 'has a host name that is not valid'],
    ['https://example.org//casebook/', 'has an empty part ("//") in its path'],
    ['https://example.org/a//b', 'has an empty part ("//") in its path'],
    ['https://example.org/案例/', 'has "案" in its path: a path may hold only ASCII letters, digits and - . _ ~'],
    ['https://example.org/%E6%A1%88%E4%BE%8B/', 'has "%" in its path'],
    ['https://example.org/case"book/', `has "\\"" in its path`],
    ["https://example.org/case'book/", `has "'" in its path`],
    ['https://example.org/<b>/', 'has "<" in its path'],
    ['https://example.org/a/../casebook/', 'has "." or ".." as a part of its path'],
  ])('refuses %j, naming SITE_URL and what it needs', (value, message) => {
    expect(() => siteAddress(value)).toThrow(`SITE_URL ${JSON.stringify(value)} ${message}`);
    expect(() => siteAddress(value)).toThrow(/, e\.g\. https:\/\/example\.org\/casebook\/$/);
  });
});

describe('the base path', () => {
  it('is added to site-absolute paths once, and removed again', () => {
    expect(withBase('/en/stories/', '/casebook')).toBe('/casebook/en/stories/');
    expect(withBase('/casebook/en/', '/casebook')).toBe('/casebook/en/');
    expect(withBase('#figures', '/casebook')).toBe('#figures');
    expect(withBase('//cdn.example/x', '/casebook')).toBe('//cdn.example/x');
    expect(withBase('/en/', '')).toBe('/en/');
    expect(withoutBase('/casebook/en/stories/', '/casebook')).toBe('/en/stories/');
    expect(withoutBase('/casebook', '/casebook')).toBe('/');
    expect(withoutBase('/casebooks/', '/casebook')).toBe('/casebooks/');
  });

  it('rebases the links an editor wrote in a story body, and nothing else', () => {
    const html =
      '<a href="/en/stories/x/">x</a> <a href="#figure-a">1</a> <img src="/og/a.png" alt=""> <a href="https://e.org/">e</a>';
    expect(rebaseHtml(html, '/casebook')).toBe(
      '<a href="/casebook/en/stories/x/">x</a> <a href="#figure-a">1</a> <img src="/casebook/og/a.png" alt=""> <a href="https://e.org/">e</a>',
    );
    expect(rebaseHtml(html, '')).toBe(html);
  });
});
