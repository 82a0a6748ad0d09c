import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';

/**
 * A story as the editor at /admin/ holds it, and back: pure, so the browser and the tests share it.
 *
 * A story is three files (data.yaml, zh.mdx, en.mdx); the editor holds one entry with the facts
 * of data.yaml at the top level, each language's title, summary and body under its code, and the
 * files as they were read (`_files`). Writing starts from those files and changes only what the
 * editor changed: a story opened and saved untouched is written back byte for byte, and a changed
 * field replaces only its own node in the YAML, so comments and the layout of the rest stay.
 */

/** The languages a story is written in, in the order the editor shows them. */
export const STORY_LANGUAGES = ['zh', 'en'] as const;
export type StoryLanguage = (typeof STORY_LANGUAGES)[number];

/** The names of a story's files, relative to its folder. */
export const STORY_FILES = ['data.yaml', 'zh.mdx', 'en.mdx'] as const;
export type StoryFileName = (typeof STORY_FILES)[number];
export type StoryFiles = Record<StoryFileName, string>;

/** One language of a story: its frontmatter fields and its body as typed. */
export interface StoryText {
  title: string;
  summary: string;
  body: string;
}

/** The entry the editor holds. */
export type StoryEntry = Record<string, unknown> & {
  slug: string;
  zh: StoryText;
  en: StoryText;
  /** The files as they were read (empty for a new story). */
  _files?: Partial<StoryFiles>;
};

/** Fields of data.yaml, in the order a new file lists them (existing files keep their own order). */
export const DATA_FIELDS = [
  'theme',
  'places',
  'locality',
  'tags',
  'agencies',
  'period',
  'published',
  'status',
  'sources',
  'keyFigures',
  'figures',
  'derived',
  'charts',
  'corrections',
] as const;

/** Fields of the frontmatter of zh.mdx and en.mdx. */
const FRONTMATTER_FIELDS = ['title', 'summary'] as const;

/** A story file split at its frontmatter: the YAML between the `---` lines and everything after. */
interface SplitStory {
  frontmatter: string;
  /** The blank lines between the closing `---` and the text. */
  gap: string;
  body: string;
}

/** Splits `---\n…\n---\n` from the top of a story file; undefined when it has none. */
export function splitStory(text: string): SplitStory | undefined {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match[0].length);
  const gap = /^(?:[ \t]*\r?\n)*/.exec(rest)![0];
  return { frontmatter: match[1] ?? '', gap, body: rest.slice(gap.length) };
}

/** A value as plain data: YAML dates stay the text they were written as. */
function plain(doc: Document): Record<string, unknown> {
  const value = doc.toJS() as unknown;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * What a value means, whatever a form made of it: empty strings, empty objects and `false`
 * flags dropped (the schema's defaults), numbers typed as text made numbers. Two values that
 * normalise alike write the same file.
 */
export function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (key.startsWith('_')) continue;
      const normal = normalise(item);
      if (normal === undefined || normal === '' || normal === null) continue;
      if ((key === 'headline' || key === 'tableOnly') && normal === false) continue;
      if (typeof normal === 'object' && !Array.isArray(normal) && Object.keys(normal as object).length === 0) continue;
      out[key] = normal;
    }
    return out;
  }
  return value;
}

/** Deep equality of plain data. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keysA = Object.keys(a as object);
    const keysB = Object.keys(b as object);
    return (
      keysA.length === keysB.length &&
      keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
    );
  }
  return false;
}

/** Reads a story's three files into the entry the editor holds. */
export function readStory(slug: string, files: Partial<StoryFiles>): StoryEntry {
  const data = files['data.yaml'] === undefined ? {} : plain(parseDocument(files['data.yaml']));
  const text = (name: 'zh.mdx' | 'en.mdx'): StoryText => {
    const split = splitStory(files[name] ?? '');
    const front = split ? plain(parseDocument(split.frontmatter)) : {};
    const string = (value: unknown) => (typeof value === 'string' ? value : value === undefined ? '' : String(value));
    return { title: string(front.title), summary: string(front.summary), body: split?.body ?? files[name] ?? '' };
  };
  return { ...data, slug, zh: text('zh.mdx'), en: text('en.mdx'), _files: { ...files } };
}

/** A YAML node for `value`, with lists of plain values on one line (`tags: [a, b]`), as the project writes them. */
function makeNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
  return node;
}

/**
 * Sets `key` of a YAML map to `value`, keeping the node where the old and new values agree: in a
 * list, unchanged items keep their node (and their comments); a changed item is made anew.
 */
function setNode(doc: Document, key: string, value: unknown, before: unknown): void {
  const node = doc.get(key, true);
  if (Array.isArray(value) && Array.isArray(before) && isSeq(node) && value.length === before.length) {
    value.forEach((item, index) => {
      if (!same(normalise(item), normalise(before[index]))) node.set(index, makeNode(doc, item));
    });
    return;
  }
  if (
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    before &&
    typeof before === 'object' &&
    !Array.isArray(before) &&
    isMap(node)
  ) {
    const map = value as Record<string, unknown>;
    const old = before as Record<string, unknown>;
    for (const field of Object.keys(old)) if (!(field in map)) node.delete(field);
    for (const [field, item] of Object.entries(map)) if (!same(item, old[field])) node.set(field, makeNode(doc, item));
    return;
  }
  doc.set(key, makeNode(doc, value));
}

/** The YAML of `fields` (in `order`), written over `original`'s text where there is one. */
function writeYaml(original: string | undefined, fields: Record<string, unknown>, order: readonly string[]): string {
  const doc = parseDocument(original ?? '');
  const before = normalise(original === undefined ? {} : plain(doc)) as Record<string, unknown>;
  if (same(before, fields) && original !== undefined) return original;
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  for (const key of Object.keys(before)) if (!(key in fields)) doc.delete(key);
  const keys = [...order.filter((key) => key in fields), ...Object.keys(fields).filter((key) => !order.includes(key))];
  for (const key of keys) {
    if (key in before && same(before[key], fields[key])) continue;
    if (key in before) setNode(doc, key, fields[key], before[key]);
    else doc.set(key, makeNode(doc, fields[key]));
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, singleQuote: true });
}

/** The facts of an entry, as data.yaml holds them. */
export function storyData(entry: StoryEntry): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'slug' || key.startsWith('_') || (STORY_LANGUAGES as readonly string[]).includes(key)) continue;
    data[key] = value;
  }
  return normalise(data) as Record<string, unknown>;
}

/**
 * The three files of an entry, as written before formatting. Files whose fields did not change
 * come back as they were read.
 */
export function storyFiles(entry: StoryEntry): StoryFiles {
  const original = entry._files ?? {};
  const story = (language: StoryLanguage): string => {
    const name = `${language}.mdx` as const;
    const text = entry[language] ?? { title: '', summary: '', body: '' };
    const old = original[name];
    const split = old === undefined ? undefined : splitStory(old);
    const fields = normalise({ title: text.title, summary: text.summary }) as Record<string, unknown>;
    const frontmatter = writeYaml(split?.frontmatter, fields, FRONTMATTER_FIELDS);
    const body = text.body ?? '';
    if (old !== undefined && split && frontmatter === split.frontmatter && body === split.body) return old;
    return `---\n${frontmatter}---\n${split?.gap ?? '\n'}${body}`;
  };
  return {
    'data.yaml': writeYaml(original['data.yaml'], storyData(entry), DATA_FIELDS),
    'zh.mdx': story('zh'),
    'en.mdx': story('en'),
  };
}

/**
 * The three files of an entry, data.yaml formatted the way the project's formatter does
 * (Prettier, through `formatYaml`) when it changed.
 */
export async function writeStory(
  entry: StoryEntry,
  formatYaml: (text: string) => Promise<string> | string = (text) => text,
): Promise<StoryFiles> {
  const files = storyFiles(entry);
  if (files['data.yaml'] !== entry._files?.['data.yaml']) files['data.yaml'] = await formatYaml(files['data.yaml']);
  return files;
}

/** A YAML file read into fields (a source), with the text it was read from. */
export function readYamlFile(text: string): Record<string, unknown> {
  return { ...plain(parseDocument(text)), _text: text };
}

/** A YAML file's text from fields, over the text it was read from (`_text`); `omit` names fields the file does not hold. */
export function yamlFileText(
  fields: Record<string, unknown>,
  order: readonly string[],
  omit: readonly string[] = [],
): string {
  const original = typeof fields._text === 'string' ? fields._text : undefined;
  const kept = Object.fromEntries(Object.entries(fields).filter(([key]) => !omit.includes(key)));
  return writeYaml(original, normalise(kept) as Record<string, unknown>, order);
}

/** A YAML file written from fields over the text it was read from: unchanged fields keep their bytes. */
export async function writeYamlFile(
  fields: Record<string, unknown>,
  order: readonly string[],
  formatYaml: (text: string) => Promise<string> | string = (text) => text,
  omit: readonly string[] = [],
): Promise<string> {
  const text = yamlFileText(fields, order, omit);
  return text === fields._text ? text : formatYaml(text);
}
