import { beforeAll, describe, expect, it } from 'vitest';
import { translatePath } from '../../src/lib/paths';
import { distFiles, fileOf, initiativeSlugs, page, requireDist, urlOf } from '../support/dist';

beforeAll(requireDist);

const pages = () => distFiles('.html').map(urlOf);
const translatable = () => pages().filter((url) => url !== '/404.html');

describe('every built page', () => {
  it('has the right <html lang> for its language', () => {
    for (const url of pages()) {
      const lang = page(url)('html').attr('lang');
      expect(lang, url).toBe(url.startsWith('/en/') ? 'en' : 'zh-CN');
    }
  });

  it('has a canonical URL, hreflang alternates that point at each other, and Open Graph tags', () => {
    for (const url of translatable()) {
      const $ = page(url);
      const canonical = new URL($('link[rel=canonical]').attr('href')!);
      expect(canonical.pathname, url).toBe(url);
      const alternates = Object.fromEntries(
        $('link[rel=alternate][hreflang]')
          .toArray()
          .map((link) => [link.attribs.hreflang, new URL(link.attribs.href!).pathname]),
      );
      const other = translatePath(url, url.startsWith('/en/') ? 'zh' : 'en');
      expect(alternates, url).toEqual({
        'zh-CN': url.startsWith('/en/') ? other : url,
        en: url.startsWith('/en/') ? url : other,
        'x-default': url.startsWith('/en/') ? other : url,
      });
      expect(fileOf(other), `${url} → ${other}`).toBeDefined();
      // The other page's alternates point back here.
      const back = page(other)(`link[rel=alternate][hreflang="${url.startsWith('/en/') ? 'en' : 'zh-CN'}"]`).attr(
        'href',
      );
      expect(new URL(back!).pathname).toBe(url);
      expect(
        fileOf(new URL($('meta[property="og:image"]').attr('content')!).pathname),
        `${url} og:image`,
      ).toBeDefined();
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) {
        expect($(`meta[property="${property}"]`).attr('content'), `${url} ${property}`).toBeTruthy();
      }
    }
  });

  it('has a language switch that lands on the same page in the other language', () => {
    for (const url of translatable()) {
      const href = page(url)('a.lang-switch').attr('href');
      expect(href, url).toBe(translatePath(url, url.startsWith('/en/') ? 'zh' : 'en'));
    }
  });

  it('has a Content Security Policy that allows no inline or third-party script', () => {
    for (const url of pages()) {
      const policy = page(url)('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
      expect(policy, url).toMatch(/script-src 'self'(;|$)/);
      expect(policy, url).not.toMatch(/unsafe-inline|https?:/);
      // JSON-LD is data, not script: a CSP does not apply to it.
      expect(page(url)('script:not([src]):not([type="application/ld+json"])').length, url).toBe(0);
    }
  });

  it('has a skip link to the main content and exactly one h1', () => {
    for (const url of pages()) {
      const $ = page(url);
      expect($('a.skip-link').attr('href'), url).toBe('#main');
      expect($('#main').length, url).toBe(1);
      expect($('h1').length, url).toBe(1);
    }
  });
});

describe('stories', () => {
  it('every initiative has a story page in both languages, with title, summary and sources', () => {
    const slugs = initiativeSlugs();
    expect(slugs.length).toBeGreaterThanOrEqual(10);
    for (const slug of slugs) {
      for (const url of [`/stories/${slug}/`, `/en/stories/${slug}/`]) {
        expect(fileOf(url), url).toBeDefined();
        const $ = page(url);
        expect($('article[data-pagefind-body] h1').text().trim(), url).not.toBe('');
        expect($('.lead').text().trim().length, url).toBeGreaterThan(20);
        expect($('#sources + ol cite').text(), url).toMatch(
          url.startsWith('/en/') ? /People's Daily Online.*2024/ : /人民网.*2024年1月29日/,
        );
      }
    }
  });

  it('marks theme, place, tag and year as search filters', () => {
    const $ = page('/stories/huaxi-strawberries/');
    const filters = (name: string) =>
      $(`[data-pagefind-filter="${name}"]`)
        .toArray()
        .map((element) => $(element).text().trim());
    expect(filters('theme')).toEqual(['产业振兴']);
    expect(filters('place')).toEqual(['花溪区']);
    expect(filters('tag')).toContain('农业');
    expect(filters('year')).toEqual(['2023', '2024']);
    expect($('.related[data-pagefind-ignore]').length).toBe(1);
  });

  it('shows related stories and an updates-and-corrections list', () => {
    for (const slug of initiativeSlugs()) {
      for (const url of [`/stories/${slug}/`, `/en/stories/${slug}/`]) {
        const $ = page(url);
        expect($('.related .card').length, url).toBeGreaterThan(0);
        expect($('#corrections').next().text(), url).toMatch(/暂无更正|None so far/);
      }
    }
  });
});

describe('navigation', () => {
  it('reaches every page from the home page in at most three clicks', () => {
    const depth = new Map<string, number>([['/', 0]]);
    const queue = ['/'];
    while (queue.length) {
      const url = queue.shift()!;
      const $ = page(url);
      for (const element of $('a[href]').toArray()) {
        const href = new URL(element.attribs.href!, `http://site${url}`);
        if (href.host !== 'site') continue;
        const target = fileOf(href.pathname) ? urlOf(fileOf(href.pathname)!) : undefined;
        if (!target || !target.endsWith('/') || depth.has(target)) continue;
        depth.set(target, depth.get(url)! + 1);
        queue.push(target);
      }
    }
    for (const url of translatable()) {
      expect(depth.get(url), `${url} is not reachable from /`).toBeDefined();
      expect(depth.get(url)!, url).toBeLessThanOrEqual(3);
    }
  });

  it('the home pages show the headline figure, the three themes and the latest stories', () => {
    const zh = page('/');
    expect(zh('.headline-figure').text()).toBe('3840余件');
    expect(zh('.theme-grid > li').length).toBe(3);
    expect(zh('#latest + .cards .card').length).toBeGreaterThan(0);
    const en = page('/en/');
    expect(en('.headline-figure').text()).toBe('3,840+ matters');
  });
});
