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
    ['example.org/casebook', /SITE_URL "example.org\/casebook" is not an address/],
    ['ftp://example.org/', /SITE_URL "ftp:\/\/example.org\/" must start with https:\/\//],
    ['https://example.org/?x=1', /must not hold a query or fragment/],
  ])('refuses %s, naming SITE_URL and what it needs', (value, message) => {
    expect(() => siteAddress(value, 'https://casebook.example.org/')).toThrow(message);
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
