/**
 * The content check's messages (`npm run check:content`, the build's first step, the build's
 * guards and the schemas' messages for editors), one entry per message, in every editor language:
 * check/zh.ts and check/en.ts are both of this type, so a message missing from either is a type
 * error. Each says what is wrong and what to do. Content quoted in a message (file names, fields,
 * values, ids) is passed in as written. A parameter of text may be another message (say.ts), said
 * in the same language; lists are passed as lists and joined the way the language joins them.
 */

/** A place a story component or an HTML element is written, as `<Figure>`. */
type Tag = string;

export interface CheckMessages {
  // The report.
  /** The heading above the problems. */
  problemsFound: (count: number) => string;
  /** The heading above the warnings. */
  warningsFound: (count: number) => string;
  /** After the problems of `npm run check:content` (the build says its own). */
  nothingBuilt: string;
  /** After the problems, when the check was the first step of `npm run build`: `out` is dist/. */
  buildStopped: (out: string) => string;
  /** `npm run check:content -- <option>` with an option it does not have. */
  unknownOption: (option: string) => string;
  /** The check passed; `files` are the story files each initiative has. */
  passed: (initiatives: number, files: string[]) => string;
  /** A problem printed by a build guard, then how to learn more. */
  guardMdx: string;
  guardModule: string;
  guardLinks: string;

  // The run summary on GitHub Actions (github.ts).
  summaryTitle: string;
  summaryPassed: string;
  summaryPlace: string;
  summaryField: string;
  summaryKind: string;
  summaryError: string;
  summaryWarning: string;
  /** The heading of the column holding the messages in `language` (a code: zh, en). */
  summaryMessages: (language: string) => string;

  // Files as files (read-text.ts, content-files.ts, limits.ts).
  isLink: (expected: 'file' | 'folder') => string;
  fileNotFolder: string;
  folderNotFile: string;
  notRegularFile: string;
  cannotRead: (code: string) => string;
  utf16: string;
  notUtf8: (byte: string) => string;
  /** `name` is U+0008; `code` the character's code, for its name. */
  controlCharacter: (name: string, code: number) => string;
  tooLarge: (size: string, maxKb: number) => string;
  badName: (max: number) => string;
  notASiteLanguage: (code: string, locales: string[]) => string;
  notReadHere: (holds: string) => string;
  linkNotFollowed: (holds: string) => string;
  folderNotRead: (holds: string) => string;
  holdsStory: (files: string[]) => string;
  holdsPage: (files: string[]) => string;
  holdsInitiatives: string;
  holdsSources: string;
  holdsPages: (pages: string[]) => string;
  holdsMedia: string;
  holdsRoot: (files: string[], folders: string[]) => string;
  /** The bundler was asked for a file of content/ that is not a text, data file or image. */
  notContentModule: (file: string) => string;
  reachedThroughLink: (file: string) => string;
  outsideProject: (file: string, throughLink: boolean) => string;
  /** `file` and what is wrong with it, for a build guard. */
  fileProblem: (file: string, problem: string) => string;
  notATextFile: string;

  // Images by their bytes (image-files.ts).
  svgDeclaration: string;
  svgNotXml: string;
  svgNotText: string;
  svgNotSvg: string;
  svgInstruction: (name: string) => string;
  svgRunsCode: (element: string, runsCode: boolean) => string;
  svgNotDrawing: (element: string) => string;
  svgHandler: (attribute: string, element: string) => string;
  svgHref: (attribute: string, element: string) => string;
  svgLoads: (attribute: string, element: string) => string;
  svgStyleLoads: string;
  imageIsOther: (named: string, actual: string, extension: string) => string;
  notAnImage: (named: string) => string;

  // YAML (yaml-source.ts, limits.ts) and what the schemas leave to a general message.
  notValidYaml: (reason: string) => string;
  yamlAlias: (name: string) => string;
  yamlAnchor: (name: string) => string;
  yamlTooDeep: (max: number) => string;
  vocabularyMissing: string;
  vocabularyNotList: string;
  /** A field that is not there; `field` is its name, or '' for an entry of a list. */
  missingField: (field: string) => string;
  dateNotQuoted: (day: string) => string;
  /** `expected`: array, object, boolean, string, number or another type name; `value` as `shown` gives it. */
  wrongType: (expected: string, value: string) => string;
  textOfLength: (length: number) => string;
  aList: string;
  aGroupOfFields: string;
  unknownFields: (keys: string[]) => string;
  notOneOf: (values: string[]) => string;
  tooFew: (minimum: number) => string;
  tooMany: (maximum: number) => string;
  badFormat: string;
  /** A schema message with no key of its own: the validator's English, passed on. */
  schemaSays: (message: string) => string;

  // Numbers and dates as written (schemas/common.ts).
  writtenAs: (text: string, problem: string) => string;
  notFinite: string;
  largerThanSafe: string;
  tooManyDecimals: (max: number) => string;
  exponent: (text: string) => string;
  notPlainDigits: (text: string, value: number) => string;
  moreDigitsThanKept: (text: string, value: number) => string;
  /** `reasons` from noMonth, noDay, monthHasDays, noHour, noMinute, noSecond, noTimeZone. */
  notARealDate: (text: string, withTime: boolean, reasons: string[]) => string;
  noMonth: (month: number) => string;
  noDay: (day: number) => string;
  /** `month` 1–12. */
  monthHasDays: (month: number, year: number, days: number) => string;
  noHour: (hour: number) => string;
  noMinute: (minute: number) => string;
  noSecond: (second: number) => string;
  noTimeZone: (zone: string) => string;
  dateFormat: string;
  dayHasTime: (text: string, day: string) => string;
  dateHasTime: (iso: string) => string;
  writeDateAs: (day: string) => string;
  periodFormat: string;
  periodOpenEnd: string;
  periodNoSuchDay: (text: string, month: number, year: number, days: number) => string;
  periodBackwards: (end: string, start: string) => string;
  kebabNeeded: string;
  kebabFormat: string;
  needsLanguageText: (code: string) => string;
  emptyLanguageText: (code: string) => string;
  needsEveryLanguage: (codes: string[]) => string;

  // Web addresses (schemas/web-address.ts).
  addressNeeded: string;
  notAWebAddress: (scheme: string) => string;
  addressHasSpace: string;
  addressNotFull: string;
  addressHasUser: string;
  addressNoPublicHost: (host: string) => string;
  archiveNotHttps: string;
  notAnArchive: (host: string) => string;
  sourceHttp: string;

  // The schemas' own messages.
  valuePlain: string;
  qualifierOneOf: (qualifiers: string[]) => string;
  derivationOneOf: (ops: string[]) => string;
  derivedOfTwo: string;
  needsPlace: string;
  needsTagList: string;
  needsTag: string;
  needsAgency: string;
  statusOneOf: string;
  needsSource: string;
  correctionBeforePublished: (date: string, published: string) => string;
  shareOverWhole: (a: string, aValue: number, b: string, bValue: number) => string;
  chartKindOneOf: (kinds: string[]) => string;
  chartFiguresList: string;
  chartNeedsFigure: string;
  orderWhole: string;
  placeIdFormat: string;
  placeCodeFormat: string;
  placeKindOneOf: (kinds: string[]) => string;
  languageCode: string;
  sourceTitleEmpty: string;
  unitCount: string;
  titleMissing: string;
  titleShort: string;
  titleLong: (max: number) => string;
  summaryMissing: string;
  summaryShort: string;
  summaryLong: (max: number) => string;
  /** `field` is title or summary. */
  holdsHtml: (html: string, field: 'title' | 'summary') => string;

  // Stories and their data (content-check/passes/, charts.ts).
  idTwice: (id: string) => string;
  noInitiatives: string;
  folderName: (slug: string) => string;
  dataMissing: (files: string[]) => string;
  storyMissing: (files: string[]) => string;
  unknownTheme: (theme: string, ids: string[]) => string;
  unknownPlace: (place: string, ids: string[]) => string;
  unknownTag: (tag: string, ids: string[]) => string;
  unknownSource: (source: string, ids: string[]) => string;
  unknownUnit: (unit: string, ids: string[]) => string;
  negativeCount: (value: number, unit: string) => string;
  fractionalCount: (value: number, unit: string) => string;
  negativeDifference: (a: string, aValue: number, b: string, bValue: number) => string;
  figureIdTwice: (id: string) => string;
  sourceNotListed: (source: string) => string;
  notStated: (input: string, stated: string[]) => string;
  dividesByZero: (id: string) => string;
  unknownKeyFigure: (id: string, ids: string[]) => string;
  shownInOne: (id: string, shownIn: string[], missing: string) => string;
  headlines: (count: number, list: string[]) => string;
  chartIdTwice: (id: string) => string;
  chartUnknownFigure: (id: string, ids: string[]) => string;
  chartFigureTwice: (id: string) => string;
  wholeOnlyPartOfWhole: string;
  barNeedsTwo: string;
  barUnits: (id: string, unit: string, first: string, firstUnit: string) => string;
  needsWhole: string;
  wholeIsPart: (id: string) => string;
  wholeNotPositive: (id: string, value: number) => string;
  partUnit: (id: string, unit: string, whole: string, wholeUnit: string) => string;
  partNegative: (id: string, value: number) => string;
  partsExceedWhole: (sum: number, whole: string, value: number) => string;
  chartTyped: (number: string, id: string, field: 'title' | 'note') => string;

  // Inexact figures in arithmetic (lib/bounds.ts).
  /** A value with its qualifier (exact, at-least, about, nearly), as a message names it: "more than 3000". */
  valueAs: (qualifier: string, value: number) => string;
  /** A figure with its qualifier and value: `"spaces" (more than 3000)`. */
  figureAs: (id: string, qualifier: string, value: number) => string;
  /** A derived figure its inputs leave unknown (`a` and `b` from figureAs): refused. */
  derivedUnknown: (id: string, op: string, a: string, b: string) => string;
  /** A derived figure only its bounds or an estimate of which is known: shown as `shown` (valueAs). */
  derivedInexact: (id: string, op: string, a: string, b: string, shown: string) => string;
  /** A part-of-whole chart whose shares or remainder its figures do not tell (figureAs each). */
  chartUnknownRest: (id: string, whole: string, parts: string[]) => string;
  /** A part-of-whole chart whose shares or remainder are bounds or estimates worked out from inexact figures. */
  chartInexact: (id: string, whole: string, parts: string[]) => string;

  // Story texts (texts.ts, story-body.ts, mdx-safety.ts, mdx-policy.ts, markdown-html.ts).
  needsFrontmatter: string;
  noStoryText: string;
  pageMissing: (page: string, files: string[]) => string;
  mdxSyntax: (explanation: string, parser: string) => string;
  didYouMean: (written: string, example: string) => string;
  mustCloseItself: (name: string, example: string) => string;
  htmlMustCloseItself: (name: string) => string;
  neverClosed: (name: string, component: boolean) => string;
  notAComponent: (name: string, components: string[]) => string;
  mdxHtmlComment: string;
  strayLessThan: string;
  unclosedBrace: string;
  strayClosingTag: string;
  invalidMdx: string;
  unknownFigureId: (id: string, ids: string[]) => string;
  unknownChartId: (id: string, ids: string[]) => string;
  chartPlacedTwice: (id: string) => string;
  chartNotPlaced: (id: string) => string;
  typedByHand: (typed: string, id: string) => string;
  /** A number typed in other digits or with invisible characters: `digits` full-width, other or ''. */
  typedAs: (shown: string, visible: string, digits: string, hidden: string[]) => string;
  imageNoAlt: (url: string, example: string) => string;
  imageMissing: (url: string, media: boolean) => string;
  expressionAttribute: (tag: Tag, code: string) => string;
  attributeTwice: (tag: Tag, name: string) => string;
  attributeNeedsValue: (tag: Tag, name: string) => string;
  attributeIsCode: (tag: Tag, name: string, code: string, example: string) => string;
  attributeEmpty: (tag: Tag, name: string) => string;
  fragment: string;
  /** `component` is the story component's name (Figure, Chart, …). */
  componentNeeds: (tag: Tag, attribute: string, component: string) => string;
  componentWrapsNothing: (tag: Tag, example: string) => string;
  htmlWrapsNothing: (tag: Tag, name: string) => string;
  badLang: (tag: Tag, value: string) => string;
  lookAlike: (written: string, escape: string, component: string, example: string) => string;
  strayCloseBrace: string;
  noImports: (components: string[]) => string;
  noExports: string;
  mdxComment: string;
  codeExpression: (code: string) => string;
  importLikeLine: (word: string) => string;
  nodeNotAllowed: (type: string) => string;
  noScript: (tag: Tag) => string;
  noStyle: (tag: Tag) => string;
  noHead: (tag: Tag) => string;
  noEmbed: (tag: Tag) => string;
  noForm: (tag: Tag) => string;
  noSvg: (tag: Tag) => string;
  /** An element Markdown writes itself: `element` is its name (a, img, p, …). */
  useMarkdown: (tag: Tag, element: string) => string;
  htmlNotAllowed: (tag: Tag, allowed: string[]) => string;
  eventHandler: (tag: Tag, name: string) => string;
  styleAttribute: (tag: Tag) => string;
  attributeNotTaken: (tag: Tag, allowed: string[], name: string) => string;
  /** `kind`: link or image. */
  codeAddress: (kind: 'link' | 'image', scheme: string) => string;
  dataAddress: (kind: 'link' | 'image') => string;
  linkScheme: (scheme: string) => string;
  linkLeavesSite: (url: string) => string;
  imageOtherSite: (url: string) => string;
  imageSitePath: (url: string) => string;
  imageNotLocal: (url: string) => string;
  markdownHtmlComment: string;
  markdownDeclaration: (start: string, allowed: string[]) => string;
  componentInMarkdown: (written: string) => string;
  headingExtra: (names: string[]) => string;
  headingAnchor: (id: string) => string;

  // Links to the site (site-links.ts); `resolved` is where a relative link leads, or ''.
  linkNoSlash: (url: string, resolved: string, fixed: string) => string;
  linkToDraft: (slug: string) => string;
  linkNoStory: (url: string, resolved: string, slugs: string[]) => string;
  linkNoPage: (url: string, resolved: string, story: string, about: string) => string;
  linkOtherLanguage: (path: string, fixed: string) => string;

  // Exactness and warnings (exactness.ts, editor-warnings.ts).
  placeholder: (quoted: string) => string;
  /** `field` is the YAML field holding it: `period` gets its own fix. */
  placeholderYaml: (quoted: string, field: string) => string;
  sourceInFuture: (date: string) => string;
  publishedInFuture: (date: string) => string;
  /** `inputs` is empty for a stated figure. */
  typedInFrontmatter: (typed: string, id: string, inputs: string[], field: string) => string;
  neverShown: (id: string, files: string[]) => string;
  tooLong: (times: string, locale: string, length: string, median: string) => string;
}
