import type { StoryComponentName } from '../../../lib/story-components';
import type { CheckMessages } from './messages';

/** 内容检查的中文提示。引用的内容（文件名、字段名、取值、id）照原样写出。 */

const and = (items: string[]) => items.join(' 和 ');
const list = (items: string[], none = '（无）') => items.join('、') || none;
const LANGUAGE = new Intl.DisplayNames(['zh'], { type: 'language', fallback: 'code' });
const languageText = (code: string) => `${LANGUAGE.of(code)}文本（\`${code}:\`）`;
const IMAGES = '图片（PNG、JPEG、WebP、AVIF、GIF 或 SVG）';
const WHERE_IMAGES_GO =
  '请把图片文件放在案例自己的文件夹里，写成 ![图片内容](photo.png)；几个案例共用的图片放在 content/media/，写成 ![图片内容](../../media/photo.png)。';

/** 编辑最常遇到的控制字符。 */
const CONTROL_NAMES: Record<number, string> = {
  0x00: '空字符 NUL',
  0x08: '退格符',
  0x0b: '垂直制表符',
  0x0c: '换页符',
  0x1b: '转义符',
  0x7f: '删除符 DEL',
};

/** Markdown 本身就能写的 HTML 元素，改用的写法。 */
const MARKDOWN_FOR: Record<string, string> = {
  a: 'Markdown 链接 [文字](https://…)',
  img: '带替代文字的 Markdown 图片 ![图片内容](photo.jpg)',
  p: '段落之间空一行',
  em: '*文字*',
  i: '*文字*',
  strong: '**文字**',
  b: '**文字**',
  ul: '以“- ”开头的行',
  ol: '以“1. ”开头的行',
  li: '以“- ”开头的行',
  blockquote: '以“> ”开头的行',
  code: '`代码`',
  pre: '用 ``` 围起来的代码块',
  hr: '只有 --- 的一行',
  table: 'Markdown 表格 | a | b |',
  h1: '## 标题',
  h2: '## 标题',
  h3: '### 标题',
  h4: '#### 标题',
  h5: '#### 标题',
  h6: '#### 标题',
  del: '~~文字~~',
  s: '~~文字~~',
};

/** 每个案例组件的用途和写法。 */
const USAGE: Record<StoryComponentName, string> = {
  Figure: '<Figure id="spaces" /> 显示 data.yaml 里的一个数字，带限定词和单位',
  Chart: '<Chart id="applications-by-age" /> 画出 data.yaml 中 `charts:` 下声明的图表',
  Background: '<Background>…</Background> 标出来源没有说明的背景',
  Reading: '<Reading>…</Reading> 标出本站自己的解读',
};

const MEDIA = { link: '链接', image: '图片' } as const;
const FIELD = { title: '标题', summary: '摘要', note: '说明' } as const;

const OPS: Record<string, string> = { difference: '减去', share: '占', ratio: '除以' };
const QUALIFIED: Record<string, (value: number) => string> = {
  exact: (value) => `确数 ${value}`,
  'at-least': (value) => `${value}余`,
  about: (value) => `约${value}`,
  nearly: (value) => `近${value}`,
};
export const check: CheckMessages = {
  problemsFound: (count) => `内容检查发现 ${count} 个问题：`,
  warningsFound: (count) => `内容检查：${count} 条提醒（值得看一看，不影响通过）：`,
  nothingBuilt: '没有生成网站。请修改上面列出的文件，再运行一次这个命令。',
  buildStopped: (out) => `没有生成网站；${out} 保持原样。`,
  unknownOption: (option) => `没有 ${option} 这个参数：内容检查只接受 --lang zh 或 --lang en`,
  passed: (count, files) => `内容检查通过：共 ${count} 个案例，每个都有 ${and(files)}。`,
  guardMdx: '这个案例含有案例里不允许的内容；运行 `npm run check:content` 可以看到每个问题的说明。',
  guardModule: '生成网站时只从 content/ 读取正文、数据和图片；运行 `npm run check:content` 可以看到每个问题的说明。',
  guardLinks: '生成网站时不会通过符号链接读取任何文件；运行 `npm run check:content` 可以看到每个问题的说明。',

  summaryTitle: '内容检查',
  summaryPassed: '没有问题：每个案例都通过了内容检查。',
  summaryPlace: '位置',
  summaryField: '字段',
  summaryKind: '类型',
  summaryError: '错误',
  summaryWarning: '提醒',
  summaryMessages: (language) => (language === 'zh' ? '中文说明' : language === 'en' ? '英文说明' : `${language} 说明`),

  isLink: (expected) =>
    `是一个符号链接；内容必须是${expected === 'file' ? '文件' : '文件夹'}本身（链接可能指向任何地方）：请把${expected === 'file' ? '文件' : '文件夹'}本身放在这里。`,
  fileNotFolder: '这里应该是文件夹，却是一个文件：请改成文件夹，或者删掉它。',
  folderNotFile: '这里应该是文件，却是一个文件夹：请把文件本身放在这里。',
  notRegularFile: '不是普通文件：请在这里放一个普通文件。',
  cannotRead: (code) => `无法读取（${code}）。`,
  utf16: '是用 UTF-16 编码保存的；请改存为 UTF-8（不带 BOM）。',
  notUtf8: (byte) =>
    `不是 UTF-8 文本：这里的字节 ${byte} 不是有效的 UTF-8（文件可能是用 GBK 或 Latin-1 保存的）。请改存为 UTF-8，例如在 VS Code 里用“通过编码保存”→ UTF-8。`,
  controlCharacter: (name, code) =>
    `这里有一个看不见的控制字符 ${name}${CONTROL_NAMES[code] ? `（${CONTROL_NAMES[code]}）` : ''}，文本里不允许有控制字符。请删掉它（它常常来自从 PDF 或文字处理软件里复制的文字）。`,
  tooLarge: (size, max) => `有 ${size}；内容文件最大 ${max} KB：请删减或拆分`,
  badName: (max) =>
    `文件名不符合要求：最多 ${max} 个字符，只用英文字母 a–z、数字、“-”和“_”，只在扩展名前用一个点（例如 night-market-2.png）。`,
  notASiteLanguage: (code, locales) =>
    `“${code}”（${LANGUAGE.of(code)}）不是本站的语言（${locales.join('、')}），所以没有任何地方会读这个文件：请删掉它，或者先把这种语言加到 src/i18n/locales.ts。`,
  notReadHere: (holds) =>
    `不是网站会读取的文件：${holds}。请删掉它；给其他编辑的说明请写在拉取请求（pull request）里。`,
  linkNotFollowed: (holds) =>
    `是一个符号链接，网站从不跟随链接，而且这里也不放任何网站要读的东西：${holds}。请删掉它。`,
  folderNotRead: (holds) => `是一个网站不会读取的文件夹：${holds}。请把里面该放到别处的东西移走，再删掉这个文件夹。`,
  holdsStory: (files) => `案例文件夹里只能放 data.yaml、${files.join('、')} 和${IMAGES}`,
  holdsPage: (files) => `页面文件夹里只能放 ${files.join('、')} 和${IMAGES}`,
  holdsInitiatives: 'content/initiatives/ 里每个案例一个文件夹',
  holdsSources: 'content/sources/ 里每个来源一个 YAML 文件，文件名是 <来源 id>.yaml',
  holdsPages: (pages) => `content/pages/ 里网站的每个页面一个文件夹：${pages.join('、')}`,
  holdsMedia: `content/media/ 里只放几个案例共用的${IMAGES}`,
  holdsRoot: (files, folders) => `content/ 里只放 ${files.join('、')} 和文件夹 ${folders.join('、')}`,
  notContentModule: (file) =>
    `${file} 不是案例、页面、数据文件或图片，content/ 里的任何东西都不会被当作代码载入：请删掉它。`,
  reachedThroughLink: (file) => `${file} 是通过符号链接找到的；内容必须是文件本身。`,
  outsideProject: (file, link) => `${file} ${link ? '通过符号链接指向' : '位于'}项目之外；网站只用项目自己的文件生成。`,
  fileProblem: (file, problem) => `文件 ${file} ${problem}`,
  notATextFile: '不是普通文件：内容文件必须是文本文件',

  svgDeclaration: '含有 <!DOCTYPE> 或 <!ENTITY> 声明，可能引入别的文件：请重新导出不带声明的 SVG。',
  svgNotXml: '不是 SVG 图片：它不是格式正确的 XML。请用绘图软件重新导出，或者导出为 PNG。',
  svgNotText: '不是 SVG 图片：它不是文本。请重新导出为 SVG 或 PNG。',
  svgNotSvg: '不是 SVG 图片：最外层的元素不是 <svg>。请重新导出为 SVG 或 PNG。',
  svgInstruction: (name) => `含有处理指令 <${name}>，可能载入样式表：请重新导出不带它的 SVG。`,
  svgRunsCode: (element, runs) =>
    `含有 <${element}> 元素，它${runs ? '会运行代码' : '可能运行代码或载入别的文件'}：SVG 图片只能用来画图。请删掉它，或者把图片转成 PNG。`,
  svgNotDrawing: (element) => `含有 <${element}> 元素，它不属于图画：请删掉它，或者把图片转成 PNG。`,
  svgHandler: (attribute, element) =>
    `<${element}> 上有事件处理属性 ${attribute}="…"，它会运行代码：SVG 图片只能用来画图。请删掉这个属性，或者把图片转成 PNG。`,
  svgHref: (attribute, element) =>
    `<${element}> 上的 ${attribute}="…" 指向图片之外：SVG 图片只能引用自己的部分（#id）。请删掉它，或者把图片转成 PNG。`,
  svgLoads: (attribute, element) =>
    `<${element}> 上的 ${attribute}="…" 会载入文件（url(…) 或 @import）：SVG 图片只能引用自己的部分（url(#id)）。请删掉它，或者把图片转成 PNG。`,
  svgStyleLoads: '含有会载入文件（url(…) 或 @import）的 <style> 元素：请删掉它，或者把图片转成 PNG。',
  imageIsOther: (named, actual, extension) =>
    `文件名表明是 ${named} 图片，实际却是 ${actual} 图片：请把文件名改成以 .${extension} 结尾（案例里用到它的地方也要改）。`,
  notAnImage: (named) =>
    `不是 ${named} 图片：文件内容不是图片（可能是改了名的文本或其他文件）。请把图片重新导出为 PNG、JPEG、WebP 或 AVIF。`,

  notValidYaml: (reason) => `不是有效的 YAML（解析器的原话：${reason}）。请检查缩进；含有“: ”或“#”的文字要加引号。`,
  yamlAlias: (name) => `用了 YAML 别名（*${name}），它会重复别处的值：请在这里把值完整写出来`,
  yamlAnchor: (name) => `用了 YAML 锚点（&${name}）：请删掉它，在每个用到的地方把值完整写出来`,
  yamlTooDeep: (max) => `列表和字段嵌套超过了 ${max} 层：内容最多只需要 4 层，请检查缩进`,
  vocabularyMissing: '缺少这个文件：请按 YAML 列表的格式创建它（见 README）',
  vocabularyNotList: '必须是 YAML 列表：每一项以“- ”开头',
  missingField: (field) => `缺少这一项：请加上一行 ${field ? `\`${field}:\`` : '这一项'}，并写上值`,
  dateNotQuoted: (day) => `没有加引号，被读成了日期；请加上引号，例如 '${day}'`,
  wrongType: (expected, value) => {
    const kinds: Record<string, string> = {
      array: '列表，例如 [a, b]',
      object: '字段，每行一个 `名称: 值`',
      boolean: 'true 或 false',
      string: '文字',
      number: '数字',
    };
    return `应该是${kinds[expected] ?? ` ${expected}`}，而不是${value}`;
  },
  textOfLength: (length) => `一段 ${length} 个字符的文字`,
  aList: '一个列表',
  aGroupOfFields: '一组字段',
  unknownFields: (keys) => `有不认识的字段 ${keys.join('、')}：请检查拼写，或者删掉`,
  notOneOf: (values) => `只能是以下之一：${values.join('、')}`,
  tooFew: (minimum) => `至少要有 ${minimum} 个`,
  tooMany: (maximum) => `最多只能有 ${maximum} 个`,
  badFormat: '写法不符合这个字段的要求',
  schemaSays: (message) => `不符合要求（校验程序的说明：${message}）`,

  writtenAs: (text, problem) => `数字 ${text} ${problem}`,
  notFinite: '不是读者能看懂的数字（无穷大或“非数字”）：请用普通数字写出这个值，例如 3840',
  largerThanSafe: '大于 9007199254740991，这是网站能精确保存的最大数字：请检查数字',
  tooManyDecimals: (max) => `小数超过 ${max} 位：请照来源的写法取舍，例如 48.2`,
  exponent: (text) => `${text} 用了指数写法：请写成普通数字，例如写 1500，不写 1.5e3`,
  notPlainDigits: (text, value) => `${text} 不是普通的十进制数字：请写成 ${value}`,
  moreDigitsThanKept: (text, value) => `${text} 的位数超出了网站能精确保存的范围（会被读成 ${value}）：请检查数字`,
  notARealDate: (text, time, reasons) =>
    `${text} 不是真实存在的${time ? '日期和时间' : '日期'}：${reasons.join('，')}；请写成 YYYY-MM-DD`,
  noMonth: (month) => `没有 ${month} 月`,
  noDay: (day) => `没有 ${day} 日`,
  monthHasDays: (month, year, days) => `${year} 年 ${month} 月只有 ${days} 天`,
  noHour: (hour) => `没有 ${hour} 点`,
  noMinute: (minute) => `没有第 ${minute} 分钟`,
  noSecond: (second) => `没有第 ${second} 秒`,
  noTimeZone: (zone) => `没有 ${zone} 这个时区`,
  dateFormat: '必须是写成 YYYY-MM-DD 的日期，例如 2024-01-29',
  dayHasTime: (text, day) => `${text} 带有时刻：这里的日期只写哪一天，写成 ${day}`,
  dateHasTime: (iso) => `带有时刻（${iso}）：这里的日期只写哪一天，写成 YYYY-MM-DD`,
  writeDateAs: (day) => `日期请写成 YYYY-MM-DD：${day}`,
  periodFormat:
    '必须是年份（`2023`）、月份（`2023-11`）、时间段（`2023-11/2024-01`），或者表示“截至”的 `../2024-01`；请加引号',
  periodOpenEnd: '只写了开头的时间段需要一个结束时间：`../2024-01`',
  periodNoSuchDay: (text, month, year, days) =>
    `${text} 不是真实存在的日期：${year} 年 ${month} 月只有 ${days} 天；请改正日期`,
  periodBackwards: (end, start) =>
    `结束时间（${end}）早于开始时间（${start}）：请把早的日期写在前面，\`${end}/${start}\``,
  kebabNeeded: '需要一个小写英文加连字符的 id，例如 `school-buses`',
  kebabFormat: '只能用小写英文字母、数字和单个连字符，例如 `school-buses`',
  needsLanguageText: (code) => `缺少${languageText(code)}`,
  emptyLanguageText: (code) => `${languageText(code)}是空的`,
  needsEveryLanguage: (codes) =>
    `每种语言要各写一行：${codes.map((code) => `\`${code}:\``).join('和')}，每行写上该语言的文字`,

  addressNeeded: '必须是以 https:// 开头的完整网址',
  notAWebAddress: (scheme) => `是 ${scheme}: 地址，不是网页：请写这个网页的 https:// 地址`,
  addressHasSpace: '含有空格、换行或看不见的字符：请删掉它（网址里的空格写作 %20）',
  addressNotFull: '必须是以 https:// 开头的完整网址，例如 https://www.example.com/news/1.html',
  addressHasUser: '含有用户名或密码（“@”前面的部分）：只写网页的地址',
  addressNoPublicHost: (host) =>
    `不是公开网站的地址（“${host}”）：请写读者能打开的地址，例如 https://www.example.com/news/1.html`,
  archiveNotHttps: '必须以 https:// 开头（网页存档都通过 https 提供）',
  notAnArchive: (host) =>
    `不是网页存档网站的地址（“${host}”）：请在 https://web.archive.org/（或 archive.ph、perma.cc）保存这个网页，写上存档的地址；原文地址写在 \`url:\` 下`,
  sourceHttp:
    '是 http:// 地址，没有加密：如果网页有 https:// 地址，请写那个地址；或者在 https://web.archive.org/ 保存一份，再加上 `archived:`',

  valuePlain: '必须是不带单位和逗号的纯数字，例如 3840 或 320000000',
  qualifierOneOf: (qualifiers) =>
    `只能是以下之一：${qualifiers.join('、')}（来源说“余”写 at-least，“约”写 about，“近”写 nearly）`,
  derivationOneOf: (ops) => `只能是以下之一：${ops.join('、')}`,
  derivedOfTwo: '必须正好列出两个数字 id，例如 `of: [minors, applications]`',
  needsPlace: '至少要写一个 content/places.yaml 里的地点 id',
  needsTagList: '需要一个 content/tags.yaml 里的标签 id 列表，例如 `tags: [parking]`',
  needsTag: '至少要写一个 content/tags.yaml 里的标签 id',
  needsAgency: '至少写一个实施单位，带 `zh:` 和 `en:`',
  statusOneOf: '只能是 `published` 或 `draft`',
  needsSource: '至少要引用一个 content/sources/ 里的来源 id',
  correctionBeforePublished: (date, published) =>
    `${date} 早于案例的发布日期（${published}）：更正应在发布之后；请检查这两个日期`,
  shareOverWhole: (a, aValue, b, bValue) =>
    `“${a}”（${aValue}）大于“${b}”（${bValue}），占比会超过 100%：占比的写法是 \`of: [部分, 整体]\`；请检查顺序和这两个数字`,
  chartKindOneOf: (kinds) =>
    `只能是以下之一：${kinds.join('、')}（bar 比较同一单位的数字；part-of-whole 把一个数字分成几部分；key-figures 显示数字卡片）`,
  chartFiguresList: '需要一个本 data.yaml 里的数字 id 列表，例如 `figures: [minors, adults]`',
  chartNeedsFigure: '至少要列出一个数字 id',
  orderWhole: '必须是正整数：第一个写 1',
  placeIdFormat: '必须是六位行政区划代码，或者小写英文加连字符的 id',
  placeCodeFormat: '必须是六位 GB/T 2260 行政区划代码',
  placeKindOneOf: (kinds) => `只能是以下之一：${kinds.join('、')}`,
  languageCode: '必须是语言代码，例如 `zh` 或 `en`',
  sourceTitleEmpty: '是空的：请照来源原文写上标题',
  unitCount: '需要写 `count: true`（按个数计数的东西）或 `count: false`（度量）',
  titleMissing: 'frontmatter（两行 `---` 之间）里需要一行 `title:`',
  titleShort: '标题太短：请写一个由几个词组成的标题',
  titleLong: (max) => `标题超过了 ${max} 个字符：请缩短`,
  summaryMissing: 'frontmatter 里需要一行 `summary:`：一两句话',
  summaryShort: '摘要太短：请写一两句完整的话',
  summaryLong: (max) => `摘要超过了 ${max} 个字符：请控制在一两句话`,
  holdsHtml: (html, field) =>
    `含有 HTML（${html}），但${FIELD[field] ?? field}是按纯文本显示的，它会原样出现在页面上：请删掉它，只写文字（& 这样的字符直接写）。`,

  idTwice: (id) => `“${id}”出现了两次：id 不能重复`,
  noInitiatives: '里面没有任何案例：请用 `npm run new-story` 添加一个',
  folderName: (slug) => `文件夹名“${slug}”必须是小写英文加连字符（它会成为网址），例如 school-buses`,
  dataMissing: (files) =>
    `缺少这个文件：每个案例在 ${and(files)} 旁边都需要一个 data.yaml（\`npm run new-story\` 会生成）`,
  storyMissing: (files) => `缺少这个文件：每个案例都需要 ${and(files)}（\`npm run new-story\` 会生成）`,
  unknownTheme: (theme, ids) => `没有“${theme}”这个主题；可选：${ids.join('、')}`,
  unknownPlace: (place, ids) => `没有“${place}”这个地点；请用 content/places.yaml 里的 id：${ids.join('、')}`,
  unknownTag: (tag, ids) =>
    `没有“${tag}”这个标签；请用 content/tags.yaml 里的 id，或者先把这个标签加到那里：${ids.join('、')}`,
  unknownSource: (source, ids) =>
    `没有“${source}”这个来源；请添加 content/sources/${source}.yaml，或者用已有的 id：${ids.join('、')}`,
  unknownUnit: (unit, ids) => `没有“${unit}”这个单位；可选：${ids.join('、')}，或者把它加到 content/units.yaml`,
  negativeCount: (value, unit) =>
    `${value} 是负数，但 \`${unit}\` 是计数单位：个数不能小于 0。要表示减少，请写出前后两个数字，再用 difference 推算差值`,
  fractionalCount: (value, unit) =>
    `${value} 不是整数，但 \`${unit}\` 是计数单位：请照来源写出个数（检查小数点），或者换一个度量单位`,
  negativeDifference: (a, aValue, b, bValue) =>
    `“${a}”（${aValue}）减去“${b}”（${bValue}）是负数，但两者都是个数：请把大的写在前面，\`of: [${b}, ${a}]\`，或者检查这两个数字`,
  figureIdTwice: (id) => `“${id}”用了两次：同一个案例里的数字 id 不能重复`,
  sourceNotListed: (source) => `“${source}”不在这个案例的 \`sources:\` 列表里；请把它加进去`,
  notStated: (input, stated) =>
    `“${input}”不是这个案例直接给出的数字；只能从 \`figures:\` 下的 id 推算：${list(stated)}`,
  dividesByZero: (id) => `除数“${id}”是零`,
  unknownKeyFigure: (id, ids) => `没有“${id}”这个数字 id；可选：${list(ids)}`,
  shownInOne: (id, shownIn, missing) =>
    `数字“${id}”在 ${and(shownIn)} 里出现了，${missing} 里却没有：请在那里也写上 <Figure id="${id}" />（各语言讲的是同一个故事），或者加上 \`tableOnly: true\`，只在数字表里显示它`,
  headlines: (count, found) => `全站只能有一个头条数字，现在有 ${count} 个：${found.join('、')}`,
  chartIdTwice: (id) => `“${id}”用了两次：同一个案例里的图表 id 不能重复`,
  chartUnknownFigure: (id, ids) => `没有“${id}”这个数字 id；可选：${list(ids, '（无：请先在 data.yaml 里添加数字）')}`,
  chartFigureTwice: (id) => `“${id}”在这个图表里列了两次；每个数字只列一次`,
  wholeOnlyPartOfWhole: '只有 part-of-whole 图表才用 `whole:`；请删掉它，或者写 `kind: part-of-whole`',
  barNeedsTwo: '条形图是用来比较数字的：请至少列出两个；只有一个数字时请用 `kind: key-figures`',
  barUnits: (id, unit, first, firstUnit) =>
    `“${id}”的单位是 ${unit}，“${first}”的单位却是 ${firstUnit}：条形图里的数字必须是同一个单位。请把它们放进不同的图表，或者用 \`kind: key-figures\``,
  needsWhole: 'part-of-whole 图表需要 `whole:`，写上各部分所属的那个整体数字的 id',
  wholeIsPart: (id) => `“${id}”是整体，不能同时作为 \`figures:\` 下的一个部分`,
  wholeNotPositive: (id, value) => `“${id}”是 ${value}：整体必须大于零`,
  partUnit: (id, unit, whole, wholeUnit) =>
    `“${id}”的单位是 ${unit}，整体“${whole}”的单位却是 ${wholeUnit}：各部分必须和整体用同一个单位`,
  partNegative: (id, value) => `“${id}”是 ${value}：部分不能是负数`,
  partsExceedWhole: (sum, whole, value) => `各部分加起来是 ${sum}，超过了整体“${whole}”（${value}）：请检查 id 和数字`,
  chartTyped: (number, id, field) =>
    `数字 ${number} 是手打的；图表会自己显示它的数字，所以${FIELD[field] ?? field}里不要写“${id}”`,

  valueAs: (qualifier, value) => (QUALIFIED[qualifier] ?? QUALIFIED.exact!)(value),
  figureAs: (id, qualifier, value) => `“${id}”（${(QUALIFIED[qualifier] ?? QUALIFIED.exact!)(value)}）`,
  derivedUnknown: (id, op, a, b) =>
    `“${id}”无法推算：${a}${OPS[op] ?? op}${b}，结果可能是几乎任何值——两个“余”数（或两个“近”数）之间相差多少都有可能。用来推算的两个数字不能都带“余”，也不能都带“近”；否则请直接写来源给出的数字`,
  derivedInexact: (id, op, a, b, shown) =>
    `“${id}”是${a}${OPS[op] ?? op}${b}，不是确数：网站会显示为“${shown}”。请确认来源支持这样的说法，或者改用确数来推算`,
  chartUnknownRest: (id, whole, parts) =>
    `图表“${id}”：从整体${whole}和部分${parts.join('、')}算不出各部分占整体的比例，也算不出剩下多少（两个“余”数或两个“近”数之间相差多少都有可能），图表会把这些标为“无法推算”。来源给出确数时，请用确数`,
  chartInexact: (id, whole, parts) =>
    `图表“${id}”：各部分占整体${whole}的比例和${parts.join('、')}之外剩下的部分，是用不精确的数字算出的，图表会标上“余”“近”或“约”：请确认这样的说法符合来源`,

  needsFrontmatter: '缺少 frontmatter：文件要以一行 `---` 开头，然后写 `title:` 和 `summary:`，再用一行 `---` 结束',
  noStoryText: 'frontmatter 后面没有正文',
  pageMissing: (page, files) => `缺少这个文件：${page} 页面在 content/pages/${page}/ 里需要 ${and(files)}`,
  mdxSyntax: (explanation, parser) => `${explanation}（MDX 解析器的原话：${parser}）`,
  didYouMean: (written, example) => `<${written}> 不是案例组件：你是想写 ${example} 吗？组件名以大写字母开头。`,
  mustCloseItself: (name, example) => `<${name}> 必须自己闭合：请写成 ${example}，末尾是“ />”。`,
  htmlMustCloseItself: (name) => `在 MDX 里 <${name}> 必须自己闭合：请写成 <${name} />。`,
  neverClosed: (name, component) =>
    `<${name}> 没有结束标签：请在它包住的文字后面加上 </${name}>${component ? '，单独占一行，前面空一行' : ''}。`,
  notAComponent: (name, components) => `<${name}> 不是案例组件。案例里可以用：${components.join('、')}。`,
  mdxHtmlComment: 'MDX 里不允许 HTML 注释 <!-- … -->。请删掉它；给其他编辑的说明请写在拉取请求里。',
  strayLessThan:
    '这个“<”不是标签的开头：在 MDX 里“<”表示组件。要显示这个字符，请写 \\<（例如 \\<5%）；链接请写 [文字](https://…)。',
  unclosedBrace: '这个“{”没有闭合：在 MDX 里花括号表示代码，案例里不能有代码。要显示这个字符，请写 \\{。',
  strayClosingTag: '这个结束标签没有对应的开始标签：请检查每个开始标签（例如 <Background>）都有结束标签。',
  invalidMdx: '这里不是有效的 MDX；请修改这个位置的文字。',
  unknownFigureId: (id, ids) =>
    `没有“${id}”这个数字 id。请用 data.yaml 里的 id：${list(ids, '（无：请先在 data.yaml 里添加数字）')}。`,
  unknownChartId: (id, ids) =>
    `没有“${id}”这个图表 id。请用 data.yaml 里的图表：${list(ids, '（无：请先在 data.yaml 的 `charts:` 下声明图表）')}。`,
  chartPlacedTwice: (id) => `图表“${id}”放了两次；每个图表只放一次。`,
  chartNotPlaced: (id) =>
    `图表“${id}”在 data.yaml 里声明了，但这里没有放：请在合适的位置单独一行写上 <Chart id="${id}" />（每种语言都要写），或者从 data.yaml 里删掉它。`,
  typedByHand: (typed, id) => `数字 ${typed} 是手打的；请写 <Figure id="${id}" />，正文才会始终和 data.yaml 一致。`,
  typedAs: (shown, visible, digits, hidden) =>
    `${shown}（${[
      ...(digits ? [`即 ${visible}，用的是${digits === 'full-width' ? '全角' : '其他文字的'}数字`] : []),
      ...(hidden.length ? [`中间夹着看不见的字符 ${hidden.join('、')}`] : []),
    ].join('，')}）`,
  imageNoAlt: (url, example) => `图片 ${url} 没有替代文字：请在方括号里描述图片内容，![像这样](${example})。`,
  imageMissing: (url, media) =>
    `图片 ${url} 不存在：请把文件放到${media ? ' content/media/ 里' : '这个文件旁边'}，或者改正文件名。`,
  expressionAttribute: (tag, code) => `${tag}：{${code}} 是代码，案例里不能有代码；每个属性请写成 名称="文字"。`,
  attributeTwice: (tag, name) => `${tag}：${name}="…" 写了两次；请只保留一个。`,
  attributeNeedsValue: (tag, name) => `${tag}：${name} 需要一个加引号的值，例如 ${name}="…"。`,
  attributeIsCode: (tag, name, code, example) =>
    `${tag}：${name}={${code}} 是代码；属性值必须是加引号的文字，例如 ${name}="${example}"。`,
  attributeEmpty: (tag, name) => `${tag}：${name}="" 是空的；请在引号之间写上值。`,
  fragment: '案例里不允许片段 <>…</>；请删掉 <> 和 </>。',
  componentNeeds: (tag, attribute, component) =>
    `${tag} 需要 ${attribute}="…"：${USAGE[component as StoryComponentName] ?? tag}。`,
  componentWrapsNothing: (tag, example) => `${tag} 不能包住文字：请单独写成 ${example}。`,
  htmlWrapsNothing: (tag, name) => `${tag} 不能包住文字；请单独写成 <${name} />。`,
  badLang: (tag, value) => `${tag}：lang="${value}" 不是语言标记；请用 zh-CN 或 en。`,
  lookAlike: (written, escape, component, example) =>
    `“${written}”${escape === '＜' ? '用的是全角的 ＜ ／ ＞' : `里的“<”被转义了（${escape}）`}，会显示成文字，而不是 ${component}：请用半角的 < / > 来写，${example}。`,
  strayCloseBrace: '这个“}”前面没有“{”：在 MDX 里花括号表示代码。请删掉它；要显示这个字符，请写 \\}。',
  noImports: (components) => `案例里不允许 import：${components.join('、')} 不用导入就能用。请删掉这一行。`,
  noExports: '案例里不允许 export：export 是生成网站时会运行的代码。请删掉它；数字应写在 data.yaml 里。',
  mdxComment: '不允许注释 {/* … */}：在 MDX 里 {…} 里的任何东西都是代码。请删掉它；给其他编辑的说明请写在拉取请求里。',
  codeExpression: (code) =>
    `{${code}} 是代码，案例里不能有代码。请删掉花括号；要显示花括号请写 \\{，数字请用 <Figure id="…" />。`,
  importLikeLine: (word) => `这一行的开头像 ${word} 语句，而案例里不能导入或导出代码。请删掉它，或者换一种方式开头。`,
  nodeNotAllowed: (type) => `案例里不允许 ${type}；请用普通的 Markdown。`,
  noScript: (tag) => `不允许 ${tag}：案例里不能运行代码。请删掉它。`,
  noStyle: (tag) => `不允许 ${tag}：每个案例都由网站的样式表统一排版，内容安全策略也禁止内嵌样式。请删掉它。`,
  noHead: (tag) => `不允许 ${tag}：页面的 <head>（元数据、跳转、基准地址）属于网站的版式，不属于案例。请删掉它。`,
  noEmbed: (tag) => `不允许 ${tag}：案例里不能嵌入别的网页或播放器。请改为链接：[它是什么](https://…)。`,
  noForm: (tag) => `不允许 ${tag}：案例里不能有表单或按钮。请删掉它。`,
  noSvg: (tag) => `案例里不允许 ${tag}。请删掉它；图片请写 ![图片内容](photo.png)。`,
  useMarkdown: (tag, element) => `不允许 ${tag}：请改用${MARKDOWN_FOR[element] ?? ' Markdown'}。`,
  htmlNotAllowed: (tag, allowed) => `案例里不允许 ${tag}。请用 Markdown；允许的 HTML 只有 ${allowed.join('、')}。`,
  eventHandler: (tag, name) => `${tag}：${name}="…" 是事件处理属性，案例里不能运行代码。请删掉这个属性。`,
  styleAttribute: (tag) => `${tag}：不允许 style="…"，每个案例都由网站的样式表统一排版。请删掉这个属性。`,
  attributeNotTaken: (tag, allowed, name) =>
    `${tag} ${allowed.length ? `只能有 ${allowed.map((attribute) => `${attribute}="…"`).join(' 和 ')}` : '不能带任何属性'}；请删掉 ${name}="…"。`,
  codeAddress: (kind, scheme) =>
    `这个${MEDIA[kind] ?? kind}是 ${scheme}: 地址，打开时会运行代码；案例里不能运行代码。${kind === 'image' ? WHERE_IMAGES_GO : '请链接到 https:// 地址或本站的页面。'}`,
  dataAddress: (kind) =>
    `这个${MEDIA[kind] ?? kind}是 data: 地址，里面可能藏着网页或脚本，不允许使用。${kind === 'image' ? WHERE_IMAGES_GO : '请链接到 https:// 地址或本站的页面。'}`,
  linkScheme: (scheme) => `这个链接用了 ${scheme}:，不允许；请用 https://…、mailto:… 或本站的路径，例如 /stories/…。`,
  linkLeavesSite: (url) =>
    `链接“${url}”以“//”开头，会离开本站、去往后面写的任意网站：请写完整的地址 https://…，或本站的路径，例如 /stories/…。`,
  imageOtherSite: (url) =>
    `图片“${url}”在别的网站上，而本站只显示随内容一起提交的图片（别的网站的图片会被拦截）。${WHERE_IMAGES_GO}`,
  imageSitePath: (url) =>
    `图片“${url}”是网站上的路径，但图片要随内容一起提交，不能取自网站自己的文件夹。${WHERE_IMAGES_GO}`,
  imageNotLocal: (url) =>
    `图片“${url}”必须是文件名普通的 PNG、JPEG、WebP、AVIF、GIF 或 SVG 文件，放在案例自己的文件夹或 content/media/ 里（其他“../”路径和软件包路径会跑到这两处之外）。${WHERE_IMAGES_GO}`,
  markdownHtmlComment: '不允许 HTML 注释 <!-- … -->。请删掉它；给其他编辑的说明请写在拉取请求里。',
  markdownDeclaration: (start, allowed) =>
    `不允许“${start}…”：只能使用这些 HTML 元素：${allowed.join('、')}。请删掉它。`,
  componentInMarkdown: (written) =>
    `<${written}> 是案例组件，而这个文件是 Markdown，组件在这里不起作用：请直接写出文字。`,
  headingExtra: (names) => `标题只能带一个锚点 {#名称}；请删掉 ${names.join('、')}。`,
  headingAnchor: (id) => `锚点 {#${id}} 只能用小写英文字母、数字和“-”，并以字母开头，例如 {#corrections}。`,

  linkNoSlash: (url, resolved, fixed) =>
    `链接到 ${resolved ? `${url}（即 ${resolved}）` : url}，末尾少了“/”：请写成 ${fixed}。`,
  linkToDraft: (slug) => `链接到案例“${slug}”，它还是草稿，还没有页面：请等它发布后再加这个链接。`,
  linkNoStory: (url, resolved, slugs) =>
    `链接到一个不存在的案例：${resolved ? `${url}（即 ${resolved}）` : url}。现有的案例：${slugs.join('、')}。`,
  linkNoPage: (url, resolved, story, about) =>
    `链接到 ${resolved ? `${url}（即 ${resolved}）` : url}，本站没有这个页面：请检查地址，案例的地址形如 ${story}，关于页是 ${about}。`,
  linkOtherLanguage: (path, fixed) => `链接到了另一种语言的页面 ${path}；请改为链接到 ${fixed}。`,

  placeholder: (quoted) =>
    `还留着 \`npm run new-story\` 生成的占位文字（${quoted}）：请换成真实内容，或者在完成之前让 data.yaml 保持 \`status: draft\``,
  placeholderYaml: (quoted, field) =>
    `还留着 \`npm run new-story\` 生成的占位文字（${quoted}）：${
      field === 'period'
        ? "请写上实施时间或数字所对应的时间，加引号：'2023'、'2023-11'、'2023-11/2024-01' 或 '../2024-01'（截至）"
        : '请填上真实的值'
    }，或者在完成之前保持 \`status: draft\``,
  sourceInFuture: (date) => `${date} 是将来的日期：请写来源发表的日期`,
  publishedInFuture: (date) =>
    `${date} 是将来的日期：已发布的案例要写它上线的那一天（今天或更早）；在那之前请保持 \`status: draft\``,
  typedInFrontmatter: (typed, id, inputs, field) =>
    `数字 ${typed} 是手打的：它是 data.yaml 里的${
      inputs.length ? `推算数字“${id}”（由“${inputs.join('”和“')}”算出）` : `数字“${id}”`
    }。${FIELD[field as 'title' | 'summary'] ?? field}里不能用 <Figure>，请用文字表达（例如“近一半”“数千”），具体数字交给关键数字卡片`,
  neverShown: (id, files) =>
    `“${id}”定义了但从未显示：请在 ${and(files)} 里写上 <Figure id="${id}" />，或者把它列在 keyFigures 下，或者删掉它`,
  tooLong: (times, locale, length, median) =>
    `长度是 ${locale}.mdx 案例中位数的 ${times} 倍（${length} 个字符，中位数 ${median}，不计空格）：手机上的读者可能读不完；请删减，或者拆成两个案例`,
};
