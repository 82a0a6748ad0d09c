import { describe, expect, it } from 'vitest';
import {
  FEW_RESULTS,
  freshStories,
  otherLanguageResult,
  otherLocales,
  pagefindLanguage,
  typedInOtherLanguages,
  wantsOtherLanguages,
  withoutEndings,
} from '../../src/lib/search-languages';
import { LOCALES } from '../../src/lib/locale';

describe('search across languages', () => {
  it('looks in the other languages only for words that found few stories in the page’s own', () => {
    expect(wantsOtherLanguages('strawberries', 0)).toBe(true);
    expect(wantsOtherLanguages('strawberries', FEW_RESULTS - 1)).toBe(true);
    expect(wantsOtherLanguages('strawberries', FEW_RESULTS)).toBe(false);
    // Filters alone: every story is in every language, so the page's language has them all.
    expect(wantsOtherLanguages('', 0)).toBe(false);
    // Every language but the page's, in the site's order (today's two, and any added after them).
    expect(otherLocales('zh')[0]).toBe('en');
    expect(otherLocales('zh')).not.toContain('zh');
    expect(otherLocales('zh')).toHaveLength(LOCALES.length - 1);
    expect(pagefindLanguage('zh')).toBe('zh-cn');
  });

  it('takes words in another language’s script, and none of the page’s, as that language’s, to be loaded at once', () => {
    expect(typedInOtherLanguages('草莓', 'en')).toEqual(['zh']);
    expect(typedInOtherLanguages('strawberries', 'zh')).toEqual(['en']);
    expect(typedInOtherLanguages('strawberries', 'en')).toEqual([]);
    expect(typedInOtherLanguages('草莓', 'zh')).toEqual([]);
    // Latin letters among Han characters are the Chinese page's own (GDP 增长), and mixed words on the
    // English page wait for its own search; figures alone are no language's.
    expect(typedInOtherLanguages('GDP 增长', 'zh')).toEqual([]);
    expect(typedInOtherLanguages('草莓 farms', 'en')).toEqual([]);
    expect(typedInOtherLanguages('2024', 'zh')).toEqual([]);
  });

  it('says which language a result is in and where the same story is in the page’s', () => {
    expect(otherLanguageResult('/en/stories/huaxi/', 'zh')).toEqual({
      locale: 'en',
      tag: 'en',
      here: '/stories/huaxi/',
    });
    expect(otherLanguageResult('/stories/huaxi/', 'en')).toEqual({
      locale: 'zh',
      tag: 'zh-CN',
      here: '/en/stories/huaxi/',
    });
    expect(otherLanguageResult('/stories/huaxi/', 'zh')).toBeUndefined();
  });

  it('leaves out stories the page’s language found, and repeats, up to a limit', () => {
    const urls = ['/en/stories/a/', '/en/stories/b/', '/en/stories/c/', '/en/stories/b/', '/en/stories/d/'];
    expect(freshStories(urls, ['/stories/a/'], 'zh', 5)).toEqual([1, 2, 4]);
    expect(freshStories(urls, [], 'zh', 2)).toEqual([0, 1]);
  });

  it.each([
    ['strawberry', 'strawberr'],
    ['strawberries', 'strawberr'],
    ['homestays', 'homestay'],
    ['parking', 'park'],
    ['buses', 'bus'],
    ['bus', 'bus'],
    ['mediation', 'mediation'],
    ['Parked cars', 'Park car'],
  ])('takes English endings off %s for a search of the English index from another page: %s', (words, sent) => {
    expect(withoutEndings(words, 'en')).toBe(sent);
  });

  it('leaves words alone in a language without endings, and an exact phrase in quotes', () => {
    expect(withoutEndings('草莓 strawberries', 'zh')).toBe('草莓 strawberries');
    expect(withoutEndings('"school buses"', 'en')).toBe('"school buses"');
  });
});
