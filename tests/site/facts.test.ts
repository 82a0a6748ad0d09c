import { beforeAll, describe, expect, it } from 'vitest';
import { initiativeSlugs, page, requireDist } from '../support/dist';

beforeAll(requireDist);

/**
 * The figures the source's fact sheet gives each initiative, as each language must state them in
 * the story text (with their qualifiers), plus names a story must mention.
 */
const FACTS: Record<string, { zh: string[]; en: string[] }> = {
  'media-public-inquiry': { zh: ['3840余件', '三到一重', '融媒问政'], en: ['3,840+ matters', 'Rongmei Wenzheng'] },
  'student-passport-desk': {
    zh: ['598证次', '288证次', '310证次', '48.2%'],
    en: ['598 applications', '288 applications', '310 applications', '48.2%'],
  },
  'old-city-parking': {
    zh: ['7个', '3840个', '400余个', '耐火厂'],
    en: ['7 car-park projects', '3,840 parking spaces', '400+ parking spaces'],
  },
  'qingzhen-school-buses': { zh: ['5条', '清镇市交通运输局'], en: ['5 bus lines', 'Qingzhen'] },
  'huaxi-strawberries': {
    zh: ['近40年', '5000余亩', '7000吨', '3.2亿元', '约1.4吨/亩', '约6.4万元/亩'],
    en: [
      'nearly 40 years',
      '5,000+ mu',
      '7,000 tonnes',
      '¥320 million',
      'about 1.4 tonnes per mu',
      'about ¥64,000 per mu',
    ],
  },
  'five-ones-programme': {
    zh: ['一乡一业', '一村一品', '一产一企', '一家一特', '一人一技', '强省会'],
    en: ['Five ones'],
  },
  'shanshu-lakeside-homestays': {
    zh: ['20万人', '800万元', '40元/人', '杉树村'],
    en: ['200,000 visitors', '¥8 million', '¥40 per visitor', 'Shanshu'],
  },
  'gaozhai-forest-economy': {
    zh: ['1000余亩', '杠寨国有林场', '公司+合作社+基地+农户'],
    en: ['1,000+ mu', 'Gangzhai'],
  },
  'xiuwen-rural-tourism': {
    zh: ['40栋', '25栋', '20余次', '六爽', '中国最具魅力文化旅游名县'],
    en: ['40 homestays', '25 farm restaurants', '20+ events'],
  },
  'fengqiao-tax-mediation': {
    zh: ['1.5万余条', '12345', '12366', '王先生', '小事不出厅'],
    en: ['15,000+ cases', '12345', '12366', 'Mr Wang'],
  },
};

describe('every story states the figures of its facts', () => {
  it('covers every initiative', () => {
    expect(Object.keys(FACTS).sort()).toEqual(initiativeSlugs().sort());
  });

  for (const [slug, facts] of Object.entries(FACTS)) {
    for (const locale of ['zh', 'en'] as const) {
      it(`${slug} (${locale})`, () => {
        const $ = page(locale === 'zh' ? `/stories/${slug}/` : `/en/stories/${slug}/`);
        // The story body only: key-figure cards and the figures table do not count.
        const body = $('article .prose').text().replace(/\s+/g, ' ');
        for (const fact of facts[locale]) expect(body, `${slug}/${locale} should state “${fact}”`).toContain(fact);
      });
    }
  }

  it('renders figures from data, marked with their ids, never typed in the text', () => {
    const $ = page('/en/stories/student-passport-desk/');
    expect($('.prose [data-figure="applications"]').first().text()).toBe('598 applications');
    expect($('.prose [data-figure="minors-share"]').hasClass('derived')).toBe(true);
    expect($('.key-figure[data-figure="minors-share"] .badge').text()).toBe('derived');
  });

  it('the five-ones story links to the industry stories it frames, in both languages', () => {
    for (const [prefix, url] of [
      ['/stories/', '/stories/five-ones-programme/'],
      ['/en/stories/', '/en/stories/five-ones-programme/'],
    ] as const) {
      const links = page(url)('.prose a')
        .toArray()
        .map((a) => a.attribs.href);
      for (const slug of [
        'huaxi-strawberries',
        'shanshu-lakeside-homestays',
        'gaozhai-forest-economy',
        'xiuwen-rural-tourism',
      ]) {
        expect(links).toContain(`${prefix}${slug}/`);
      }
    }
  });
});
