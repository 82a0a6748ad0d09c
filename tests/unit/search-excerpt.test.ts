import { describe, expect, it } from 'vitest';
import { excerptParts, safeResultPath } from '../../src/lib/search-excerpt';

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
});
