/**
 * Words a reader might type, and the story each must find among the first three results: used by
 * the search browser test and by bench/search-bench.ts. Content-specific on purpose: when a story
 * changes its wording, change its words here. Most are not from titles.
 */
export const SEARCH_WORDS: Record<'zh' | 'en', { word: string; slug: string }[]> = {
  zh: [
    { word: '草莓', slug: 'huaxi-strawberries' },
    { word: '停车', slug: 'old-city-parking' },
    { word: '护照', slug: 'student-passport-desk' },
    { word: '民宿', slug: 'shanshu-lakeside-homestays' },
    { word: '调解', slug: 'fengqiao-tax-mediation' },
    { word: '公交', slug: 'qingzhen-school-buses' },
    { word: '社保', slug: 'fengqiao-tax-mediation' },
    { word: '食用菌', slug: 'gaozhai-forest-economy' },
    { word: '农家乐', slug: 'xiuwen-rural-tourism' },
    { word: '未成年人', slug: 'student-passport-desk' },
    { word: '医院', slug: 'old-city-parking' },
    { word: '湖泊', slug: 'shanshu-lakeside-homestays' },
    { word: '热线', slug: 'fengqiao-tax-mediation' },
    { word: '五个一', slug: 'five-ones-programme' },
  ],
  en: [
    { word: 'strawberries', slug: 'huaxi-strawberries' },
    { word: 'parking', slug: 'old-city-parking' },
    { word: 'passport', slug: 'student-passport-desk' },
    { word: 'homestays', slug: 'xiuwen-rural-tourism' },
    { word: 'mediation', slug: 'fengqiao-tax-mediation' },
    { word: 'buses', slug: 'qingzhen-school-buses' },
    { word: 'hotline', slug: 'fengqiao-tax-mediation' },
    { word: 'selenium', slug: 'gaozhai-forest-economy' },
    { word: 'fungi', slug: 'gaozhai-forest-economy' },
    { word: 'minors', slug: 'student-passport-desk' },
    { word: 'seedlings', slug: 'huaxi-strawberries' },
    { word: 'farmhouses', slug: 'xiuwen-rural-tourism' },
    { word: 'hospital', slug: 'old-city-parking' },
    { word: 'grassroots', slug: 'media-public-inquiry' },
  ],
};
