import { describe, expect, it } from 'vitest';
import { fillFallbacks } from '../../src/i18n/locales';
import { alternates, localeOfPath, localePath, neutralPath, translatePath } from '../../src/lib/locale';

describe('URLs in two languages', () => {
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
    expect(alternates('/stories/x/')).toEqual([
      { locale: 'zh', tag: 'zh-CN', name: '中文', path: '/stories/x/' },
      { locale: 'en', tag: 'en', name: 'English', path: '/en/stories/x/' },
    ]);
  });

  it('keeps text given in every language as it is', () => {
    expect(fillFallbacks({ zh: '甲', en: 'A' })).toEqual({ zh: '甲', en: 'A' });
  });
});
