/**
 * Every word the editor at /admin/ shows that Decap CMS does not bring itself (Decap brings its
 * own Chinese and English for its buttons): field names and hints, the check panel, the preview.
 * Pure: the config (Node) and the editor's script (browser) both read it.
 */

/** The languages the editor's interface speaks; the first is the default. */
export const EDITOR_LANGUAGES = ['zh', 'en'] as const;
export type EditorLanguage = (typeof EDITOR_LANGUAGES)[number];

/** Decap CMS's name for each interface language. */
export const DECAP_LOCALE: Record<EditorLanguage, string> = { zh: 'zh_Hans', en: 'en' };

const TEXT = {
  stories: { zh: '案例', en: 'Stories' },
  story: { zh: '案例', en: 'Story' },
  sources: { zh: '来源', en: 'Sources' },
  source: { zh: '来源', en: 'Source' },
  slug: { zh: '网址名（英文小写，用连字符）', en: 'Address name (English, lower case, hyphens)' },
  slugHint: {
    zh: '例如 tea-gardens，成为 /stories/tea-gardens/。建好后不能再改。',
    en: 'For example tea-gardens, which becomes /stories/tea-gardens/. It cannot change later.',
  },
  check: { zh: '内容检查', en: 'Content check' },
  theme: { zh: '主题', en: 'Theme' },
  places: { zh: '地点', en: 'Places' },
  locality: { zh: '更具体的地点（乡镇、村）', en: 'A finer place (township, village)' },
  tags: { zh: '标签', en: 'Tags' },
  agencies: { zh: '实施单位', en: 'Agencies' },
  agency: { zh: '单位', en: 'Agency' },
  period: { zh: '时间段', en: 'Period' },
  periodHint: {
    zh: "'2023'、'2023-11'、'2023-11/2024-01'，或 '../2024-01' 表示“截至2024年1月”",
    en: "'2023', '2023-11', '2023-11/2024-01', or '../2024-01' for “as of January 2024”",
  },
  published: { zh: '发布日期（YYYY-MM-DD）', en: 'Published (YYYY-MM-DD)' },
  status: { zh: '状态', en: 'Status' },
  statusPublished: { zh: '发布', en: 'Published' },
  statusDraft: { zh: '草稿（不上线）', en: 'Draft (not on the site)' },
  storySources: { zh: '引用的来源', en: 'Sources cited' },
  keyFigures: { zh: '要点数字（卡片）', en: 'Key figures (cards)' },
  keyFiguresHint: { zh: '填写下面数字的 id，按显示顺序', en: 'Ids of the figures below, in the order shown' },
  figures: { zh: '数字', en: 'Figures' },
  figure: { zh: '数字', en: 'Figure' },
  id: { zh: 'id（英文小写，用连字符）', en: 'Id (English, lower case, hyphens)' },
  figureIdHint: {
    zh: '正文里写作 <Figure id="这个id" />',
    en: 'Written in the text as <Figure id="this-id" />',
  },
  value: { zh: '数值（纯数字，基本单位）', en: 'Value (a plain number in base units)' },
  valueHint: { zh: '3.2亿元写作 320000000', en: '3.2亿元 is 320000000' },
  unit: { zh: '单位', en: 'Unit' },
  qualifier: { zh: '限定词', en: 'Qualifier' },
  qualifierExact: { zh: '确数', en: 'exact' },
  qualifierAtLeast: { zh: '余（“以上”）', en: 'at least (余, “more than”)' },
  qualifierAbout: { zh: '约', en: 'about (约)' },
  qualifierNearly: { zh: '近', en: 'nearly (近)' },
  label: { zh: '说明', en: 'Label' },
  labelZh: { zh: '中文', en: 'Chinese' },
  labelEn: { zh: '英文', en: 'English' },
  headline: { zh: '全站头条数字', en: "The site's headline figure" },
  tableOnly: { zh: '只在数字表中显示', en: 'Only in the figures table' },
  derived: { zh: '推算数字', en: 'Derived figures' },
  derivedOne: { zh: '推算数字', en: 'Derived figure' },
  op: { zh: '算法', en: 'Operation' },
  opShare: { zh: '占比 share（部分 ÷ 整体）', en: 'share (part ÷ whole)' },
  opRatio: { zh: '比值 ratio（a ÷ b）', en: 'ratio (a ÷ b)' },
  opDifference: { zh: '差 difference（a − b）', en: 'difference (a − b)' },
  of: { zh: '由哪两个数字算出（id）', en: 'From which two figures (ids)' },
  charts: { zh: '图表', en: 'Charts' },
  chart: { zh: '图表', en: 'Chart' },
  chartIdHint: {
    zh: '正文里单独一行写 <Chart id="这个id" />',
    en: 'Placed in the text on a line of its own: <Chart id="this-id" />',
  },
  kind: { zh: '类型', en: 'Kind' },
  kindBar: { zh: '柱状图 bar', en: 'bar' },
  kindPart: { zh: '部分与整体 part-of-whole', en: 'part-of-whole' },
  kindCards: { zh: '数字卡片 key-figures', en: 'key-figures' },
  whole: { zh: '整体（仅部分与整体图）', en: 'Whole (part-of-whole only)' },
  chartFigures: { zh: '图中的数字（id）', en: 'Figures in the chart (ids)' },
  title: { zh: '标题', en: 'Title' },
  note: { zh: '注释（可选）', en: 'Note (optional)' },
  corrections: { zh: '更正', en: 'Corrections' },
  correction: { zh: '更正', en: 'Correction' },
  date: { zh: '日期（YYYY-MM-DD）', en: 'Date (YYYY-MM-DD)' },
  zhStory: { zh: '中文稿 zh.mdx', en: 'Chinese story (zh.mdx)' },
  enStory: { zh: '英文稿 en.mdx', en: 'English story (en.mdx)' },
  summary: { zh: '摘要', en: 'Summary' },
  summaryHint: {
    zh: '一两句平实的话，不写数字',
    en: 'One or two plain sentences, without numbers',
  },
  body: { zh: '正文', en: 'Text' },
  publisher: { zh: '发布者', en: 'Publisher' },
  sourceTitle: { zh: '标题（按来源原文）', en: 'Title (as the source prints it)' },
  titleEn: { zh: '标题英译', en: 'Title in English' },
  author: { zh: '作者', en: 'Author' },
  language: { zh: '语言代码（zh、en）', en: 'Language code (zh, en)' },
  url: { zh: '网址', en: 'Address (URL)' },
  archived: { zh: '存档网址', en: 'Archived copy (URL)' },
  sourceNote: { zh: '来源性质说明', en: 'What kind of source this is' },
  sourceId: {
    zh: '来源 id（发布者-日期，例如 renmin-2024-01-29）',
    en: 'Source id (publisher-date, e.g. renmin-2024-01-29)',
  },
  insert: { zh: '插入', en: 'Insert' },
  insertFigure: { zh: '数字', en: 'Figure' },
  insertChart: { zh: '图表', en: 'Chart' },
  insertBackground: { zh: '背景', en: 'Background' },
  insertReading: { zh: '我们的解读', en: 'Our reading' },
  background: { zh: '背景', en: 'Background' },
  reading: { zh: '本站解读', en: 'Our reading' },
  derivedMark: { zh: '推算', en: 'derived' },
  unknownFigure: { zh: '未知数字', en: 'unknown figure' },
  unknownChart: { zh: '未知图表', en: 'unknown chart' },
  checkRun: { zh: '检查', en: 'Check' },
  checkRunning: { zh: '正在检查……', en: 'Checking…' },
  checkPassed: { zh: '内容检查通过，可以保存。', en: 'The content check passes: ready to save.' },
  checkNotRun: {
    zh: '保存前会运行与 npm run check:content 相同的内容检查。',
    en: 'Saving first runs the same content check as npm run check:content.',
  },
  checkFailed: {
    zh: '内容检查发现 {n} 个问题，未保存。请修改后再保存：',
    en: 'The content check found {n} problem(s); nothing was saved. Fix them, then save again:',
  },
  checkWarnings: { zh: '值得一看（不影响保存）：', en: 'Worth a look (saving is not stopped):' },
  checkUnavailable: {
    zh: '这里无法运行内容检查；拉取请求上的检查（CI）会运行它。',
    en: 'The content check cannot run here; it runs on the pull request (CI).',
  },
  checkError: { zh: '内容检查无法运行：', en: 'The content check could not run:' },
  switchLanguage: { zh: 'English', en: '中文' },
} as const satisfies Record<string, Record<EditorLanguage, string>>;

export type LabelKey = keyof typeof TEXT;

/** One word or sentence in the editor's language, with `{name}` filled in. */
export function label(key: LabelKey, language: EditorLanguage, values: Record<string, string | number> = {}): string {
  return TEXT[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The editor's language from a page address (`?lang=en`), Chinese unless English is asked for. */
export function editorLanguage(search: string): EditorLanguage {
  const asked = new URLSearchParams(search).get('lang');
  return (EDITOR_LANGUAGES as readonly string[]).includes(asked ?? '') ? (asked as EditorLanguage) : 'zh';
}
