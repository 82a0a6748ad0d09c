import { relative } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import { readText } from './read-text';
import { fieldPath, lineOf as linePath, yamlLines, type YamlLines } from './yaml-source';

import { REQUIRED_LOCALES, type Locale } from '../lib/locale';

/**
 * Story files as the exactness checks read them: YAML with the line of every value (comments
 * are not values).
 */

/**
 * A content file's text, or '' when it cannot be read as text (too large, not a file, not UTF-8):
 * the schema check reports those, and the checks here have nothing to add.
 */
export function textOf(root: string, path: string): string {
  const read = readText(root, path);
  return 'text' in read ? read.text : '';
}

/** Parses YAML, keeping lines; `offset` counts the lines above it (MDX frontmatter). */
export function readYaml(root: string, path: string, text: string, offset = 0): YamlLines {
  return yamlLines(root, path, text, offset);
}

/** A YAML file parsed only when a line is needed: most files have nothing to report. */
export interface LazyYaml {
  file: string;
  text: () => string;
  get: () => YamlLines;
}

/** Reads and parses on first use, once; a file that cannot be read (reported by the check) reads as empty. */
export function lazyYaml(root: string, path: string): LazyYaml {
  let text: string | undefined;
  let yaml: YamlLines | undefined;
  const read = () => (text ??= textOf(root, path));
  return { file: relative(root, path), text: read, get: () => (yaml ??= readYaml(root, path, read())) };
}

/** Every scalar of a YAML document with its field path and 1-based line; comments are not scalars. */
export function scalars(yaml: YamlLines): { field: string; value: unknown; line: number }[] {
  const found: { field: string; value: unknown; line: number }[] = [];
  const walk = (node: unknown, field: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        walk(pair.value, field ? `${field}.${key}` : key);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, `${field}[${index}]`));
    } else if (isScalar(node) && node.range) {
      found.push({ field, value: node.value, line: yaml.lines.linePos(node.range[0]).line + yaml.offset });
    }
  };
  walk(yaml.doc.contents, '');
  return found;
}

/** The line of a field such as `figures[1].id` (or of its nearest parent that exists). */
export function lineOf(yaml: YamlLines, field: string): number | undefined {
  return linePath(yaml, fieldPath(field));
}

/** The story files every initiative needs, for messages: zh.mdx, en.mdx. */
export function storyFiles(): string[] {
  return REQUIRED_LOCALES.map((locale) => `${locale}.mdx`);
}

/** One story file, read. */
export interface StoryText {
  file: string;
  locale: Locale;
  body: string;
}
