import { describe, expect, it } from 'vitest';
import { fallbackChain, fillFallbacks, LOCALE_DEFINITIONS } from '../../src/i18n/locales';
import { alternates, localeOfPath, localePath, neutralPath, translatePath } from '../../src/lib/locale';

describe('URLs in every language', () => {
  it.each([
    ['/', '/en/'],
    ['/stories/', '/en/stories/'],
    ['/stories/some-story/', '/en/stories/some-story/'],
    ['/places/520103/', '/en/places/520103/'],
    ['/rss.xml', '/en/rss.xml'],
  ])('%s ↔ %s', (zh, en) => {
    expect(translatePath(zh, 'en')).toBe(en);
    expect(translatePath(en, 'zh')).toBe(zh);
    expect(translatePath(zh, 'zh')).toBe(zh);
    expect(translatePath(en, 'en')).toBe(en);
    expect(localeOfPath(zh)).toBe('zh');
    expect(localeOfPath(en)).toBe('en');
  });

  it('keeps the query and fragment', () => {
    expect(translatePath('/stories/?theme=livelihood#list', 'en')).toBe('/en/stories/?theme=livelihood#list');
    expect(translatePath('/en/stories/?tag=tax', 'zh')).toBe('/stories/?tag=tax');
  });

  it('does not mistake a path that merely starts with "en"', () => {
    expect(localeOfPath('/english-corner/')).toBe('zh');
    expect(translatePath('/english-corner/', 'en')).toBe('/en/english-corner/');
    expect(neutralPath('/en')).toBe('/');
  });

  it('builds paths from neutral ones', () => {
    expect(localePath('zh', 'about/')).toBe('/about/');
    expect(localePath('en', '/about/')).toBe('/en/about/');
  });

  it('lists every language version of a page, default first', () => {
    const versions = alternates('/stories/x/');
    // Today's languages, written out …
    expect(versions.slice(0, 2)).toEqual([
      { locale: 'zh', tag: 'zh-CN', name: '中文', path: '/stories/x/' },
      { locale: 'en', tag: 'en', name: 'English', path: '/en/stories/x/' },
    ]);
    // … and every configured one, the default at the root and each other under its code.
    expect(versions).toEqual(
      LOCALE_DEFINITIONS.map(({ code, tag, name }, index) => ({
        locale: code,
        tag,
        name,
        path: index === 0 ? '/stories/x/' : `/${code}/stories/x/`,
      })),
    );
  });

  it('keeps text given in every language as it is', () => {
    const text = Object.fromEntries(LOCALE_DEFINITIONS.map(({ code }) => [code, `text in ${code}`]));
    expect(fillFallbacks(text)).toEqual(text);
  });

  it('fills a language with a fallback from its fallback, and only such a language', () => {
    const required = LOCALE_DEFINITIONS.filter((definition) => !('fallback' in definition));
    const written = Object.fromEntries(required.map(({ code }) => [code, `text in ${code}`]));
    const filled = fillFallbacks(written);
    for (const { code } of LOCALE_DEFINITIONS) {
      const from = fallbackChain(code).find((candidate) => candidate in written);
      expect(filled[code], code).toBe(`text in ${from}`);
    }
    // A language with neither text nor a fallback's stays empty.
    const [first, ...rest] = required;
    expect(Object.keys(fillFallbacks({})).length).toBe(0);
    if (first && rest.length) expect(fillFallbacks({ [first.code]: 'x' })).not.toHaveProperty(rest[0]!.code);
  });
});
