import { describe, expect, it } from 'vitest';
import { excerptParts, resultExcerpt, safeResultPath, withFullStops } from '../../src/lib/search-excerpt';
import { STORY_SECTIONS } from '../../src/lib/story-sections';
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

  describe('which excerpt a result shows', () => {
    const around = Object.values(STORY_SECTIONS);
    const page = '/en/stories/any-story/';
    const start = {
      url: page,
      excerpt: 'Huaxi’s <mark>strawberries</mark>. Agriculture. Rural tourism.',
      locations: [1, 30],
    };
    const keyFigures = {
      url: `${page}#key-figures`,
      excerpt: '7,000 tonnes <mark>strawberries</mark>',
      locations: [44, 51, 66],
    };
    const measures = {
      url: `${page}#measures`,
      excerpt: 'Huaxi treated <mark>strawberries</mark> as a strength',
      locations: [151, 188],
    };
    const perMu = {
      url: `${page}#per-mu`,
      excerpt: 'the <mark>strawberry</mark> industry as a whole',
      locations: [481],
    };
    const result = (sub_results: (typeof start)[]) => ({ excerpt: start.excerpt, sub_results });

    it('comes from the story’s text, where most words are found, not from its title and labels', () => {
      expect(resultExcerpt(result([start, keyFigures, perMu, measures]), around)).toBe(measures.excerpt);
      expect(resultExcerpt(result([start, perMu, { ...measures, locations: [200] }]), around)).toBe(perMu.excerpt);
    });

    it('reads a section’s id as the page writes it (Chinese ids are percent-encoded in the address)', () => {
      const zh = { url: '/stories/x/#%E6%8E%AA%E6%96%BD', excerpt: '加快<mark>草莓</mark>产业', locations: [172] };
      const figures = {
        url: `/stories/x/#${STORY_SECTIONS.figures}`,
        excerpt: '<mark>草莓</mark>年产量',
        locations: [1, 2, 3],
      };
      expect(resultExcerpt(result([start, figures, zh]), around)).toBe(zh.excerpt);
      // An id that is not valid percent-encoding is a section of the text all the same, not an error.
      const odd = { url: '/stories/x/#100%', excerpt: '<mark>草莓</mark>增产', locations: [9] };
      expect(resultExcerpt(result([start, figures, odd]), around)).toBe(odd.excerpt);
    });

    it('falls back to the figures and sources, then to none at all', () => {
      expect(resultExcerpt(result([start, keyFigures, { ...measures, locations: [] }]), around)).toBe(
        keyFigures.excerpt,
      );
      expect(resultExcerpt(result([start, { ...measures, locations: [] }]), around)).toBe('');
    });

    it('keeps Pagefind’s excerpt for a page it did not split', () => {
      expect(resultExcerpt({ excerpt: 'a <mark>word</mark>' }, around)).toBe('a <mark>word</mark>');
      expect(resultExcerpt({ excerpt: 'a <mark>word</mark>', sub_results: [] }, around)).toBe('a <mark>word</mark>');
      expect(resultExcerpt({ excerpt: 'a <mark>word</mark>', sub_results: [start] }, around)).toBe(
        'a <mark>word</mark>',
      );
    });
  });
});
