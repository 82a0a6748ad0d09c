import { describe, expect, it } from 'vitest';
import { excerptParts, safeResultPath, withFullStops } from '../../src/lib/search-excerpt';
import { localeDefinition } from '../../src/lib/locale';

describe('search excerpts', () => {
  it('splits highlighted words from plain text', () => {
    expect(excerptParts('花溪区种<mark>草莓</mark>已有几十年，<mark>草莓</mark>')).toEqual([
      { text: '花溪区种', mark: false },
      { text: '草莓', mark: true },
      { text: '已有几十年，', mark: false },
      { text: '草莓', mark: true },
    ]);
  });

  it('highlights the word, not the space Pagefind marks with it', () => {
    expect(excerptParts('a <mark>tax </mark>office')).toEqual([
      { text: 'a ', mark: false },
      { text: 'tax', mark: true },
      { text: ' office', mark: false },
    ]);
  });

  it('keeps markup from the page as text: only <mark> is markup', () => {
    const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>tax</mark> <b>bold</b><script>x</script>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', mark: false },
      { text: 'tax', mark: true },
      { text: ' <b>bold</b><script>x</script>', mark: false },
    ]);
    expect(excerptParts('<MARK>a</MARK> <mark class="x">b</mark>')).toEqual([
      { text: '<MARK>a</MARK> <mark class="x">b', mark: false },
    ]);
    expect(excerptParts('')).toEqual([]);
  });

  it('links only to paths on this site', () => {
    expect(safeResultPath('/stories/some-story/')).toBe('/stories/some-story/');
    expect(safeResultPath('/en/stories/x/#figures')).toBe('/en/stories/x/#figures');
    for (const bad of ['javascript:alert(1)', '//evil.example/', 'https://evil.example/', '/\\evil', 'stories/x/', ''])
      expect(safeResultPath(bad), bad).toBeUndefined();
  });

  it('writes the stops Pagefind puts between blocks of Chinese text as 。, not ". "', () => {
    const stop = localeDefinition('zh').fullStop;
    expect(withFullStops('花溪草莓：从种果子到育种苗. 产业振兴. 2023年11月—2024年1月.', stop)).toBe(
      '花溪草莓：从种果子到育种苗。产业振兴。2023年11月—2024年1月。',
    );
    // A stop after a highlighted word, and Latin text and numbers inside Chinese, kept as they are.
    expect(withFullStops('种<mark>草莓</mark>. 亩产约1.4万元. Fengqiao. 枫桥', stop)).toBe(
      '种<mark>草莓</mark>。亩产约1.4万元。Fengqiao. 枫桥',
    );
    // A language that ends sentences with "." keeps Pagefind's stops.
    expect(withFullStops('Huaxi strawberries. Rural tourism.', localeDefinition('en').fullStop)).toBe(
      'Huaxi strawberries. Rural tourism.',
    );
  });
});
