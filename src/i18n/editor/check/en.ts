import type { StoryComponentName } from '../../../lib/story-components';
import type { CheckMessages } from './messages';

/** The content check in English. */

const and = (items: string[]) => items.join(' and ');
const list = (items: string[], none = '(none)') => items.join(', ') || none;
const plural = (count: number, one: string, other = `${one}s`) => `${count} ${count === 1 ? one : other}`;
const LANGUAGE = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const languageText = (code: string) => `the ${LANGUAGE.of(code)} text (\`${code}:\`)`;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const IMAGES = 'images (PNG, JPEG, WebP, AVIF, GIF or SVG)';
const WHERE_IMAGES_GO =
  "Put the file in the story's own folder and write ![what it shows](photo.png); a picture several stories share goes in content/media/, written ![what it shows](../../media/photo.png).";

/** Names for the control characters an editor is most likely to meet. */
const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x1b: 'escape',
  0x7f: 'DEL',
};

/** The Markdown to write instead of an HTML element that Markdown already has. */
const MARKDOWN_FOR: Record<string, string> = {
  a: 'a Markdown link, [text](https://…)',
  img: 'a Markdown image with alt text, ![what it shows](photo.jpg)',
  p: 'a blank line between paragraphs',
  em: '*text*',
  i: '*text*',
  strong: '**text**',
  b: '**text**',
  ul: 'lines starting with "- "',
  ol: 'lines starting with "1. "',
  li: 'lines starting with "- "',
  blockquote: 'lines starting with "> "',
  code: '`code`',
  pre: 'a fenced code block (```)',
  hr: 'a line with ---',
  table: 'a Markdown table, | a | b |',
  h1: '## Heading',
  h2: '## Heading',
  h3: '### Heading',
  h4: '#### Heading',
  h5: '#### Heading',
  h6: '#### Heading',
  del: '~~text~~',
  s: '~~text~~',
};

/** What each story component is for, with an example. */
const USAGE: Record<StoryComponentName, string> = {
  Figure: '<Figure id="spaces" /> shows a figure from data.yaml, with its qualifier and unit',
  Chart: '<Chart id="applications-by-age" /> draws a chart declared under `charts:` in data.yaml',
  Background: '<Background>…</Background> marks context the sources do not state',
  Reading: "<Reading>…</Reading> marks the site's own reading of the facts",
};

const OPS: Record<string, string> = { difference: 'minus', share: 'as a share of', ratio: 'divided by' };
const QUALIFIED: Record<string, (value: number) => string> = {
  exact: (value) => `exactly ${value}`,
  'at-least': (value) => `more than ${value}`,
  about: (value) => `about ${value}`,
  nearly: (value) => `nearly ${value}`,
};
export const check: CheckMessages = {
  problemsFound: (count) => `Content check found ${plural(count, 'problem')}:`,
  warningsFound: (count) => `Content check: ${plural(count, 'warning')} (worth a look; nothing fails):`,
  nothingBuilt: 'Nothing was built. Fix the files above and run the command again.',
  buildStopped: (out) => `Nothing was built; ${out} was left as it was.`,
  unknownOption: (option) => `there is no option ${option}: the content check takes only --lang zh or --lang en`,
  passed: (count, files) => `Content check passed: ${count} initiatives, each with ${and(files)}.`,
  guardMdx: 'This story holds something stories may not; `npm run check:content` explains each problem.',
  guardModule: 'The build loads nothing else from content/; `npm run check:content` explains each problem.',
  guardLinks: 'The build reads nothing through a link; `npm run check:content` explains each problem.',

  summaryTitle: 'Content check',
  summaryPassed: 'No problems: every story passed the content check.',
  summaryPlace: 'Place',
  summaryField: 'Field',
  summaryKind: 'Kind',
  summaryError: 'error',
  summaryWarning: 'warning',
  summaryMessages: (language) => (language === 'zh' ? 'Chinese' : language === 'en' ? 'English' : language),

  isLink: (expected) =>
    `is a symbolic link, and content must be the ${expected}s themselves (a link can point anywhere): put the ${expected} itself here.`,
  fileNotFolder: 'is a file where a folder is expected: make it a folder, or delete it.',
  folderNotFile: 'is a folder where a file is expected: put the file itself here.',
  notRegularFile: 'is not a regular file: put a plain file here.',
  cannotRead: (code) => `cannot be read (${code}).`,
  utf16: 'is saved as UTF-16; save it as UTF-8 (without BOM) instead.',
  notUtf8: (byte) =>
    `is not UTF-8 text: byte ${byte} here is not valid UTF-8 (the file was probably saved as GBK or Latin-1). Save it as UTF-8, e.g. in VS Code with "Save with Encoding" → UTF-8.`,
  controlCharacter: (name, code) =>
    `holds the invisible control character ${name}${CONTROL_NAMES[code] ? ` (${CONTROL_NAMES[code]})` : ''} here; control characters are not allowed in text. Delete it (it often comes from copying out of a PDF or a word processor).`,
  tooLarge: (size, max) => `is ${size}; a content file may be at most ${max} KB: shorten it or split it`,
  badName: (max) =>
    `has a name content may not have: use at most ${max} letters a–z, digits, "-" and "_", with a dot only before the extension (e.g. night-market-2.png).`,
  notASiteLanguage: (code, locales) =>
    `"${code}" (${LANGUAGE.of(code)}) is not a language of the site (${locales.join(', ')}), so nothing reads this file: delete it, or add the language to src/i18n/locales.ts first.`,
  notReadHere: (holds) =>
    `is not a file the site reads: ${holds}. Delete it; notes for other editors belong in the pull request.`,
  linkNotFollowed: (holds) =>
    `is a symbolic link, which the site never follows, in a place the site reads nothing: ${holds}. Delete it.`,
  folderNotRead: (holds) =>
    `is a folder the site does not read: ${holds}. Move what belongs elsewhere, and delete the folder.`,
  holdsStory: (files) => `a story folder holds only data.yaml, ${files.join(', ')} and ${IMAGES}`,
  holdsPage: (files) => `a page folder holds only ${files.join(', ')} and ${IMAGES}`,
  holdsInitiatives: 'content/initiatives/ holds one folder per story',
  holdsSources: 'content/sources/ holds one YAML file per source, named <source-id>.yaml',
  holdsPages: (pages) => `content/pages/ holds one folder per page of the site: ${pages.join(', ')}`,
  holdsMedia: `content/media/ holds only ${IMAGES} shared by several stories`,
  holdsRoot: (files, folders) => `content/ holds ${files.join(', ')} and the folders ${folders.join(', ')}`,
  notContentModule: (file) =>
    `${file} is not a story, page, data file or image, and nothing in content/ is loaded as code: delete it.`,
  reachedThroughLink: (file) => `${file} is reached through a symbolic link; content must be the files themselves.`,
  outsideProject: (file, link) =>
    `${file} leads outside the project (${link ? 'through a symbolic link' : 'it is outside'}); the site is built from its own files only.`,
  fileProblem: (file, problem) => `${file} ${problem}`,
  notATextFile: 'is not a regular file: content files are text files',

  svgDeclaration:
    'holds a <!DOCTYPE> or <!ENTITY> declaration, which can pull in other files: export the SVG again without it.',
  svgNotXml: 'is not an SVG image: it is not well-formed XML. Export it again from the drawing program, or as PNG.',
  svgNotText: 'is not an SVG image: it is not text. Export it again as SVG, or as PNG.',
  svgNotSvg: 'is not an SVG image: its outermost element is not <svg>. Export it again as SVG or PNG.',
  svgInstruction: (name) =>
    `holds the processing instruction <${name}>, which can load a stylesheet: export the SVG again without it.`,
  svgRunsCode: (element, runs) =>
    `holds a <${element}> element, which ${runs ? 'runs code' : 'can run code or load another file'}: an SVG image may only draw. Remove it, or convert the image to PNG.`,
  svgNotDrawing: (element) =>
    `holds a <${element}> element, which is not part of a drawing: remove it, or convert the image to PNG.`,
  svgHandler: (attribute, element) =>
    `has an event handler ${attribute}="…" on <${element}>, which runs code: an SVG image may only draw. Remove the attribute, or convert the image to PNG.`,
  svgHref: (attribute, element) =>
    `has ${attribute}="…" on <${element}> pointing outside the picture: an SVG image may only refer to its own parts (#id). Remove it, or convert the image to PNG.`,
  svgLoads: (attribute, element) =>
    `has ${attribute}="…" on <${element}> that loads a file (url(…) or @import): an SVG image may only refer to its own parts (url(#id)). Remove it, or convert the image to PNG.`,
  svgStyleLoads: 'has a <style> element that loads a file (url(…) or @import): remove it, or convert the image to PNG.',
  imageIsOther: (named, actual, extension) =>
    `is named as a ${named} image but is a ${actual} image: rename it to end in .${extension} (and change the name where the story uses it).`,
  notAnImage: (named) =>
    `is not a ${named} image: its bytes are not an image's (it may be text or another kind of file renamed). Export the picture again as PNG, JPEG, WebP or AVIF.`,

  notValidYaml: (reason) => `is not valid YAML: ${reason}. Check indentation and quote text containing ": " or "#".`,
  yamlAlias: (name) =>
    `uses a YAML alias (*${name}), which repeats a value from elsewhere: write the value out in full here`,
  yamlAnchor: (name) => `uses a YAML anchor (&${name}): remove it and write each value out in full where it is used`,
  yamlTooDeep: (max) =>
    `nests lists and fields more than ${max} levels deep: content needs 4 at most; check the indentation`,
  vocabularyMissing: 'is missing: create it as a YAML list (see README)',
  vocabularyNotList: 'must be a YAML list: each entry starts with "- "',
  missingField: (field) => `is missing: add a line ${field ? `\`${field}:\`` : 'this entry'} with a value`,
  dateNotQuoted: (day) => `is read as a date because it is not in quotes; put it in quotes, e.g. '${day}'`,
  wrongType: (expected, value) => {
    const kinds: Record<string, string> = {
      array: 'a list, e.g. [a, b]',
      object: 'fields, one `name: value` per line',
      boolean: 'true or false',
      string: 'text',
    };
    return `must be ${kinds[expected] ?? `a ${expected}`}, not ${value}`;
  },
  textOfLength: (length) => `text of ${length} characters`,
  aList: 'a list',
  aGroupOfFields: 'a group of fields',
  unknownFields: (keys) =>
    `has unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}: check the spelling or remove ${keys.length > 1 ? 'them' : 'it'}`,
  notOneOf: (values) => `must be one of: ${values.join(', ')}`,
  tooFew: (minimum) => `needs at least ${minimum}`,
  tooMany: (maximum) => `may have at most ${maximum}`,
  badFormat: 'is not written in the form this field needs',
  schemaSays: (message) => message,

  writtenAs: (text, problem) => `${text} ${problem}`,
  notFinite:
    'is not a number a reader can read (infinity or "not a number"): write the value in plain digits, e.g. 3840',
  largerThanSafe: 'is larger than 9007199254740991, the largest number the site keeps exact: check the digits',
  tooManyDecimals: (max) => `has more than ${max} decimals: round it as the source does, e.g. 48.2`,
  exponent: (text) => `${text} is written with an exponent: write it in plain digits, e.g. 1500 rather than 1.5e3`,
  notPlainDigits: (text, value) => `${text} is not written in plain decimal digits: write it as ${value}`,
  moreDigitsThanKept: (text, value) =>
    `${text} has more digits than the site can keep exact (it would read ${value}): check the digits`,
  notARealDate: (text, time, reasons) =>
    `${text} is not a real ${time ? 'date and time' : 'date'}: ${reasons.join(', ')}; write it as YYYY-MM-DD`,
  noMonth: (month) => `there is no month ${month}`,
  noDay: (day) => `there is no day ${day}`,
  monthHasDays: (month, year, days) => `${MONTHS[month - 1] ?? `month ${month}`} ${year} has ${days} days`,
  noHour: (hour) => `there is no hour ${hour}`,
  noMinute: (minute) => `there is no minute ${minute}`,
  noSecond: (second) => `there is no second ${second}`,
  noTimeZone: (zone) => `there is no time zone ${zone}`,
  dateFormat: 'must be a date written as YYYY-MM-DD, e.g. 2024-01-29',
  dayHasTime: (text, day) => `${text} has a time of day: a date here is a day, written ${day}`,
  dateHasTime: (iso) => `has a time of day (${iso}): a date here is a day, written YYYY-MM-DD`,
  writeDateAs: (day) => `write the date as YYYY-MM-DD: ${day}`,
  periodFormat:
    'must be a year (`2023`), a month (`2023-11`), a range (`2023-11/2024-01`) or `../2024-01` for "as of"; put it in quotes',
  periodOpenEnd: 'an open range needs an end: `../2024-01`',
  periodNoSuchDay: (text, month, year, days) =>
    `${text} is not a real date: ${MONTHS[month - 1] ?? `month ${month}`} ${year} has ${days} days; fix the day`,
  periodBackwards: (end, start) =>
    `ends (${end}) before it starts (${start}): write the earlier date first, \`${end}/${start}\``,
  kebabNeeded: 'needs an id in kebab-case, e.g. `school-buses`',
  kebabFormat: 'must be kebab-case: lower-case letters, digits and single hyphens, e.g. `school-buses`',
  needsLanguageText: (code) => `needs ${languageText(code)}`,
  emptyLanguageText: (code) => `${languageText(code)} is empty`,
  needsEveryLanguage: (codes) =>
    `needs one line per language, ${and(codes.map((code) => `\`${code}:\``))}, with the text in each`,

  addressNeeded: 'must be a full web address starting with https://',
  notAWebAddress: (scheme) => `is a ${scheme}: address, not a web page: give the https:// address of the page`,
  addressHasSpace:
    'holds a space, line break or invisible character: remove it (a space inside an address is written %20)',
  addressNotFull: 'must be a full web address starting with https://, e.g. https://www.example.com/news/1.html',
  addressHasUser: 'holds a user name or password (the part before "@"): give the address of the page alone',
  addressNoPublicHost: (host) =>
    `names no public site ("${host}"): give the address readers can open, e.g. https://www.example.com/news/1.html`,
  archiveNotHttps: 'must start with https:// (archives serve every copy over https)',
  notAnArchive: (host) =>
    `is not on a web archive ("${host}"): save the page at https://web.archive.org/ (or archive.ph, perma.cc) and give that address; put the original under \`url:\``,
  sourceHttp:
    'is http://, which is not encrypted: give the https:// address if the page has one, or save it at https://web.archive.org/ and add `archived:`',

  valuePlain: 'must be a plain number without units or commas, e.g. 3840 or 320000000',
  qualifierOneOf: (qualifiers) =>
    `must be one of: ${qualifiers.join(', ')} (the source's 余 is at-least, 约 about, 近 nearly)`,
  derivationOneOf: (ops) => `must be one of: ${ops.join(', ')}`,
  derivedOfTwo: 'must list exactly two figure ids, e.g. `of: [minors, applications]`',
  needsPlace: 'needs at least one place id from content/places.yaml',
  needsTagList: 'needs a list of tag ids from content/tags.yaml, e.g. `tags: [parking]`',
  needsTag: 'needs at least one tag id from content/tags.yaml',
  needsAgency: 'name at least one agency, with `zh:` and `en:`',
  statusOneOf: 'must be `published` or `draft`',
  needsSource: 'cite at least one source id from content/sources/',
  correctionBeforePublished: (date, published) =>
    `${date} is before the story was published (${published}): a correction comes after publication; check both dates`,
  shareOverWhole: (a, aValue, b, bValue) =>
    `"${a}" (${aValue}) is more than "${b}" (${bValue}), so the share would be over 100%: a share is \`of: [part, whole]\`; check the order and both values`,
  chartKindOneOf: (kinds) =>
    `must be one of: ${kinds.join(', ')} (bar compares figures of one unit; part-of-whole splits one figure into parts; key-figures shows cards)`,
  chartFiguresList: 'needs a list of figure ids from this data.yaml, e.g. `figures: [minors, adults]`',
  chartNeedsFigure: 'list at least one figure id',
  orderWhole: 'must be a whole number: 1 for the first',
  placeIdFormat: 'must be a six-digit administrative code or a kebab-case id',
  placeCodeFormat: 'must be a six-digit GB/T 2260 code',
  placeKindOneOf: (kinds) => `must be one of: ${kinds.join(', ')}`,
  languageCode: 'must be a language code such as `zh` or `en`',
  sourceTitleEmpty: 'is empty: give the title as the source prints it',
  unitCount: 'needs `count: true` (whole things are counted) or `count: false` (a measure)',
  titleMissing: 'needs a `title:` line in the frontmatter (between the two `---` lines)',
  titleShort: 'the title is too short: write a headline of a few words',
  titleLong: (max) => `the title is longer than ${max} characters: shorten it`,
  summaryMissing: 'needs a `summary:` line in the frontmatter: one or two sentences',
  summaryShort: 'the summary is too short: write one or two full sentences',
  summaryLong: (max) => `the summary is longer than ${max} characters: keep it to one or two sentences`,
  holdsHtml: (html, field) =>
    `holds HTML (${html}), but the ${field} is shown as plain text, so it would appear as written: remove it and write the words alone (a character such as & as itself).`,

  idTwice: (id) => `"${id}" is listed twice: ids must be unique`,
  noInitiatives: 'holds no initiatives: add one with `npm run new-story`',
  folderName: (slug) => `folder name "${slug}" must be English kebab-case (it becomes the URL), e.g. school-buses`,
  dataMissing: (files) =>
    `is missing: every initiative needs data.yaml beside ${and(files)} (\`npm run new-story\` writes one)`,
  storyMissing: (files) => `is missing: every story needs ${and(files)} (\`npm run new-story\` writes them)`,
  unknownTheme: (theme, ids) => `unknown theme "${theme}"; use one of: ${ids.join(', ')}`,
  unknownPlace: (place, ids) => `unknown place "${place}"; use an id from content/places.yaml: ${ids.join(', ')}`,
  unknownTag: (tag, ids) =>
    `unknown tag "${tag}"; use an id from content/tags.yaml or add the tag there: ${ids.join(', ')}`,
  unknownSource: (source, ids) =>
    `unknown source "${source}"; add content/sources/${source}.yaml or use an existing id: ${ids.join(', ')}`,
  unknownUnit: (unit, ids) => `unknown unit "${unit}"; use one of: ${ids.join(', ')}, or add it to content/units.yaml`,
  negativeCount: (value, unit) =>
    `${value} is negative, but \`${unit}\` counts things: a count is 0 or more. For a fall, state both counts and derive the difference`,
  fractionalCount: (value, unit) =>
    `${value} is not a whole number, but \`${unit}\` counts things: write the count the source states (check the decimal point), or pick a unit that measures`,
  negativeDifference: (a, aValue, b, bValue) =>
    `"${a}" (${aValue}) minus "${b}" (${bValue}) is negative, but both count things: put the larger first, \`of: [${b}, ${a}]\`, or check the values`,
  figureIdTwice: (id) => `"${id}" is used twice: figure ids must be unique in a story`,
  sourceNotListed: (source) => `"${source}" is not in this story's \`sources:\` list; add it there`,
  notStated: (input, stated) =>
    `"${input}" is not a stated figure of this story; derive only from ids under \`figures:\`: ${list(stated)}`,
  dividesByZero: (id) => `divides by "${id}", which is zero`,
  unknownKeyFigure: (id, ids) => `unknown figure id "${id}"; use one of: ${list(ids)}`,
  shownInOne: (id, shownIn, missing) =>
    `figure "${id}" is shown in ${and(shownIn)} but not in ${missing}: write <Figure id="${id}" /> there too (every language tells the same story), or add \`tableOnly: true\` to show it only in the figures table`,
  headlines: (count, found) => `only one figure may be the site's headline, but ${count} are: ${found.join(', ')}`,
  chartIdTwice: (id) => `"${id}" is used twice: chart ids must be unique in a story`,
  chartUnknownFigure: (id, ids) =>
    `unknown figure id "${id}"; use one of: ${list(ids, '(none: add figures to data.yaml first)')}`,
  chartFigureTwice: (id) => `"${id}" is listed twice in this chart; list each figure once`,
  wholeOnlyPartOfWhole: 'only a part-of-whole chart takes `whole:`; remove it or set `kind: part-of-whole`',
  barNeedsTwo: 'a bar chart compares figures: list at least two, or use `kind: key-figures` for a single figure',
  barUnits: (id, unit, first, firstUnit) =>
    `"${id}" is counted in ${unit} but "${first}" in ${firstUnit}: bars must share one unit. Put them in separate charts, or use \`kind: key-figures\``,
  needsWhole: 'a part-of-whole chart needs `whole:`, the id of the figure that the parts belong to',
  wholeIsPart: (id) => `"${id}" is the whole, so it cannot also be one of the parts under \`figures:\``,
  wholeNotPositive: (id, value) => `"${id}" is ${value}: a whole must be more than zero`,
  partUnit: (id, unit, whole, wholeUnit) =>
    `"${id}" is counted in ${unit} but the whole "${whole}" in ${wholeUnit}: parts must share the whole's unit`,
  partNegative: (id, value) => `"${id}" is ${value}: a part cannot be negative`,
  partsExceedWhole: (sum, whole, value) =>
    `the parts add up to ${sum}, more than the whole "${whole}" (${value}): check the ids and the figures`,
  chartTyped: (number, id, field) =>
    `the number ${number} is typed by hand; a chart shows its figures itself, so leave "${id}" out of the ${field}`,

  valueAs: (qualifier, value) => (QUALIFIED[qualifier] ?? QUALIFIED.exact!)(value),
  figureAs: (id, qualifier, value) => `"${id}" (${(QUALIFIED[qualifier] ?? QUALIFIED.exact!)(value)})`,
  derivedUnknown: (id, op, a, b) =>
    `"${id}" cannot be worked out: ${a} ${OPS[op] ?? op} ${b} could be almost anything, since a "more than" figure against another "more than" one (or "nearly" against "nearly") can differ by any amount. Derive it from two figures that are not both "more than" nor both "nearly", or state the figure the source gives`,
  derivedInexact: (id, op, a, b, shown) =>
    `"${id}" is ${a} ${OPS[op] ?? op} ${b}, which is not exact: the site shows it as ${shown}. Check that the sources allow this, or derive it from exact figures`,
  chartUnknownRest: (id, whole, parts) =>
    `chart "${id}": the whole ${whole} and the parts ${and(parts)} do not tell the parts' shares of the whole or what they leave of it (a "more than" figure against another "more than" one, or "nearly" against "nearly", can differ by any amount), so the chart shows those as "not known". Where the source gives exact figures, use them`,
  chartInexact: (id, whole, parts) =>
    `chart "${id}": the shares of the whole ${whole} and what ${and(parts)} leave of it are worked out from inexact figures, so the chart shows them as "more than", "nearly" or "about": check that they read as the sources allow`,

  needsFrontmatter:
    'needs frontmatter: start the file with a line `---`, then `title:` and `summary:`, then another `---`',
  noStoryText: 'has no story text after the frontmatter',
  pageMissing: (page, files) => `is missing: the ${page} page needs ${and(files)} in content/pages/${page}/`,
  mdxSyntax: (explanation, parser) => `${explanation} (The MDX parser says: ${parser})`,
  didYouMean: (written, example) =>
    `<${written}> is not a story component: did you mean ${example}? Component names start with a capital letter.`,
  mustCloseItself: (name, example) => `<${name}> must close itself: write ${example}, with " />" at the end.`,
  htmlMustCloseItself: (name) => `<${name}> must close itself in MDX: write <${name} />.`,
  neverClosed: (name, component) =>
    `<${name}> is never closed: add </${name}> after the text it wraps${component ? ', on a line of its own with a blank line before it' : ''}.`,
  notAComponent: (name, components) => `<${name}> is not a story component. Stories may use: ${components.join(', ')}.`,
  mdxHtmlComment:
    'HTML comments <!-- … --> are not allowed in MDX. Delete it; leave notes for other editors in the pull request.',
  strayLessThan:
    'a "<" that does not start a tag: in MDX "<" opens a component. To show the character, write \\< (e.g. \\<5%); for a link use [text](https://…).',
  unclosedBrace:
    'a "{" that is never closed: in MDX braces mark code, which stories cannot contain. Write \\{ to show the character.',
  strayClosingTag:
    'a closing tag that does not match an open one: check that every opening tag, such as <Background>, has its closing tag.',
  invalidMdx: 'is not valid MDX here; fix the text at this place.',
  unknownFigureId: (id, ids) =>
    `unknown figure id "${id}". Use one of the ids in data.yaml: ${list(ids, '(none: add figures to data.yaml first)')}.`,
  unknownChartId: (id, ids) =>
    `unknown chart id "${id}". Use one of the charts in data.yaml: ${list(ids, '(none: declare charts under `charts:` in data.yaml first)')}.`,
  chartPlacedTwice: (id) => `chart "${id}" is placed twice; place each chart once.`,
  chartNotPlaced: (id) =>
    `chart "${id}" is declared in data.yaml but not placed here: add <Chart id="${id}" /> on a line of its own where it belongs, in every language, or remove it from data.yaml.`,
  typedByHand: (typed, id) =>
    `the number ${typed} is typed by hand; write <Figure id="${id}" /> so the text always matches data.yaml.`,
  typedAs: (shown, visible, digits, hidden) =>
    `${shown} (${[
      ...(digits ? [`${visible} in ${digits} digits`] : []),
      ...(hidden.length ? [`with the invisible character ${hidden.join(', ')} inside`] : []),
    ].join(', ')})`,
  imageNoAlt: (url, example) =>
    `image ${url} has no alt text: describe it inside the square brackets, ![like this](${example}).`,
  imageMissing: (url, media) =>
    `image ${url} does not exist: put the file ${media ? 'in content/media/' : 'next to this text'} or fix the name.`,
  expressionAttribute: (tag, code) =>
    `${tag}: {${code}} is code, which stories cannot contain; write each attribute as name="text".`,
  attributeTwice: (tag, name) => `${tag}: ${name}="…" is given twice; keep one.`,
  attributeNeedsValue: (tag, name) => `${tag}: ${name} needs a value in quotes, e.g. ${name}="…".`,
  attributeIsCode: (tag, name, code, example) =>
    `${tag}: ${name}={${code}} is code; attribute values must be text in quotes, e.g. ${name}="${example}".`,
  attributeEmpty: (tag, name) => `${tag}: ${name}="" is empty; write a value between the quotes.`,
  fragment: 'fragments <>…</> are not allowed in stories; delete the <> and </>.',
  componentNeeds: (tag, attribute, component) =>
    `${tag} needs ${attribute}="…": ${USAGE[component as StoryComponentName] ?? tag}.`,
  componentWrapsNothing: (tag, example) => `${tag} does not wrap text: write it on its own, ${example}.`,
  htmlWrapsNothing: (tag, name) => `${tag} does not wrap text; write <${name} /> on its own.`,
  badLang: (tag, value) => `${tag}: lang="${value}" is not a language tag; use zh-CN or en.`,
  lookAlike: (written, escape, component, example) =>
    `"${written}" ${escape === '＜' ? 'is typed with full-width ＜ ／ ＞' : `has an escaped "<" (${escape})`}, so it shows as text instead of a ${component}: type it with plain < / >, ${example}.`,
  strayCloseBrace:
    'a "}" with no "{" before it: in MDX braces mark code. Delete it, or write \\} to show the character.',
  noImports: (components) =>
    `imports are not allowed in stories: ${components.join(', ')} are available without one. Delete the line.`,
  noExports:
    'exports are not allowed in stories: an export is code that runs when the site is built. Delete it; figures belong in data.yaml.',
  mdxComment:
    'comments {/* … */} are not allowed: in MDX anything in {…} is code. Delete it; leave notes for other editors in the pull request.',
  codeExpression: (code) =>
    `{${code}} is code, which stories cannot contain. Delete the braces; write \\{ to show a brace, <Figure id="…" /> for a figure.`,
  importLikeLine: (word) =>
    `this line starts like an ${word}, and stories cannot import or export code. Delete it, or start the sentence differently.`,
  nodeNotAllowed: (type) => `${type} is not allowed in stories; use plain Markdown.`,
  noScript: (tag) => `${tag} is not allowed: stories cannot run code. Delete it.`,
  noStyle: (tag) =>
    `${tag} is not allowed: the site's stylesheet styles every story, and the Content Security Policy forbids inline styles. Delete it.`,
  noHead: (tag) =>
    `${tag} is not allowed: a page's <head> (metadata, redirects, base address) belongs to the site layout, not to a story. Delete it.`,
  noEmbed: (tag) =>
    `${tag} is not allowed: stories cannot embed other pages or media players. Link to it instead: [what it is](https://…).`,
  noForm: (tag) => `${tag} is not allowed: stories cannot hold forms or buttons. Delete it.`,
  noSvg: (tag) => `${tag} is not allowed in stories. Delete it; for a picture use ![what it shows](photo.png).`,
  useMarkdown: (tag, element) => `${tag} is not allowed: write ${MARKDOWN_FOR[element] ?? 'Markdown'} instead.`,
  htmlNotAllowed: (tag, allowed) =>
    `${tag} is not allowed in stories. Use Markdown; the only HTML allowed is ${allowed.join(', ')}.`,
  eventHandler: (tag, name) =>
    `${tag}: ${name}="…" is an event handler, and stories cannot run code. Remove the attribute.`,
  styleAttribute: (tag) =>
    `${tag}: style="…" is not allowed; the site's stylesheet styles every story. Remove the attribute.`,
  attributeNotTaken: (tag, allowed, name) =>
    `${tag} takes ${allowed.length ? `only ${allowed.map((attribute) => `${attribute}="…"`).join(' and ')}` : 'no attributes'}; remove ${name}="…".`,
  codeAddress: (kind, scheme) =>
    `this ${kind} is a ${scheme}: address, which runs code when followed; stories cannot run code. ${kind === 'image' ? WHERE_IMAGES_GO : 'Link to an https:// address or a page on this site.'}`,
  dataAddress: (kind) =>
    `this ${kind} is a data: address, which can hide a page or a script; it is not allowed. ${kind === 'image' ? WHERE_IMAGES_GO : 'Link to an https:// address or a page on this site.'}`,
  linkScheme: (scheme) =>
    `this link uses ${scheme}:, which is not allowed; use https://…, mailto:… or a path on this site such as /stories/….`,
  linkLeavesSite: (url) =>
    `link "${url}" starts with "//", which leaves the site for whatever host follows: write the whole address, https://…, or a path on this site such as /stories/….`,
  imageOtherSite: (url) =>
    `image "${url}" is on another site, and the site shows only images that come with its content (other sites' images are blocked). ${WHERE_IMAGES_GO}`,
  imageSitePath: (url) =>
    `image "${url}" is a path on the site, but images come with the content, not from the site's own folders. ${WHERE_IMAGES_GO}`,
  imageNotLocal: (url) =>
    `image "${url}" must be a PNG, JPEG, WebP, AVIF, GIF or SVG file with a plain name, in the story's own folder or content/media/ ("../" elsewhere and package paths reach outside them). ${WHERE_IMAGES_GO}`,
  markdownHtmlComment:
    'HTML comments <!-- … --> are not allowed. Delete it; leave notes for other editors in the pull request.',
  markdownDeclaration: (start, allowed) =>
    `"${start}…" is not allowed: only the HTML elements ${allowed.join(', ')} may be used. Delete it.`,
  componentInMarkdown: (written) =>
    `<${written}> is a story component, and this file is Markdown, where components do not work: write the text itself.`,
  headingExtra: (names) => `a heading may carry only an anchor, {#name}; remove ${names.join(', ')}.`,
  headingAnchor: (id) =>
    `the anchor {#${id}} must be lowercase letters, digits and "-", starting with a letter, e.g. {#corrections}.`,

  linkNoSlash: (url, resolved, fixed) =>
    `links to ${resolved ? `${url} (that is ${resolved})` : url} without its closing "/": write ${fixed}.`,
  linkToDraft: (slug) =>
    `links to the story "${slug}", which is still a draft and has no page yet: remove the link until it is published.`,
  linkNoStory: (url, resolved, slugs) =>
    `links to a story that does not exist: ${resolved ? `${url} (that is ${resolved})` : url}. Known stories: ${slugs.join(', ')}.`,
  linkNoPage: (url, resolved, story, about) =>
    `links to ${resolved ? `${url} (that is ${resolved})` : url}, a page the site does not have: check the address, e.g. ${story} for a story or ${about}.`,
  linkOtherLanguage: (path, fixed) => `links to the other language's page ${path}; link to ${fixed} instead.`,

  placeholder: (quoted) =>
    `still holds a placeholder from \`npm run new-story\` (${quoted}): replace it with real text, or keep \`status: draft\` in data.yaml until it is done`,
  placeholderYaml: (quoted, field) =>
    `still holds a placeholder from \`npm run new-story\` (${quoted}): ${
      field === 'period'
        ? "write when the initiative ran or when its figures apply, in quotes: '2023', '2023-11', '2023-11/2024-01' or '../2024-01' (as of)"
        : 'fill in the real value'
    }, or keep \`status: draft\` until it is done`,
  sourceInFuture: (date) => `${date} is in the future: write the date the source was published`,
  publishedInFuture: (date) =>
    `${date} is in the future: a published story needs the day it goes out (today or earlier); keep \`status: draft\` until then`,
  typedInFrontmatter: (typed, id, inputs, field) =>
    `the number ${typed} is typed by hand: it is ${
      inputs.length ? `the derived figure "${id}" (computed from "${inputs.join('" and "')}")` : `the figure "${id}"`
    } in data.yaml. A ${field} cannot hold <Figure>, so say it in words (e.g. "nearly half", "thousands") and let the key figures give the number`,
  neverShown: (id, files) =>
    `"${id}" is defined but never shown: write <Figure id="${id}" /> in ${and(files)}, list it under keyFigures, or delete it`,
  tooLong: (times, locale, length, median) =>
    `is ${times} times as long as the median story in ${locale}.mdx files (${length} characters against ${median}, spaces not counted): readers on phones may not reach the end; cut it back or split it into two stories`,
};
