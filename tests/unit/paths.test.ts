import { describe, expect, it } from 'vitest';
import { localeOfPath, localePath, neutralPath, storyOfPath, translatePath } from '../../src/lib/paths';

describe('URLs in two languages', () => {
  it.each([
    ['/', '/en/'],
    ['/stories/', '/en/stories/'],
    ['/stories/huaxi-strawberries/', '/en/stories/huaxi-strawberries/'],
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

  it('finds the story of a story page', () => {
    expect(storyOfPath('/stories/old-city-parking/')).toBe('old-city-parking');
    expect(storyOfPath('/en/stories/old-city-parking/')).toBe('old-city-parking');
    expect(storyOfPath('/stories/')).toBeUndefined();
    expect(storyOfPath('/tags/parking/')).toBeUndefined();
  });
});
