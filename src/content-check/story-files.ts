import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Locale } from '../lib/locale';

/**
 * Story files as the exactness checks read them: YAML with the line of every value (comments
 * are not values).
 */

/** A YAML text and where its lines are. */
export interface YamlText {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** Lines before the YAML (the `---` of MDX frontmatter). */
  offset: number;
}

/** Parses YAML, keeping lines; `offset` counts the lines above it (MDX frontmatter). */
export function readYaml(root: string, path: string, text = readFileSync(path, 'utf8'), offset = 0): YamlText {
  const lines = new LineCounter();
  return { file: relative(root, path), doc: parseDocument(text, { lineCounter: lines }), lines, offset };
}

/** A YAML file parsed only when a line is needed: most files have nothing to report. */
export interface LazyYaml {
  file: string;
  text: () => string;
  get: () => YamlText;
}

/** Reads and parses on first use, once. */
export function lazyYaml(root: string, path: string): LazyYaml {
  let text: string | undefined;
  let yaml: YamlText | undefined;
  const read = () => (text ??= readFileSync(path, 'utf8'));
  return { file: relative(root, path), text: read, get: () => (yaml ??= readYaml(root, path, read())) };
}

/** Every scalar of a YAML document with its field path and 1-based line; comments are not scalars. */
export function scalars(yaml: YamlText): { field: string; value: unknown; line: number }[] {
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

/** The line of a field such as `figures[1].id`. */
export function lineOf(yaml: YamlText, field: string): number | undefined {
  return scalars(yaml).find((scalar) => scalar.field === field)?.line;
}

/** One story file, read. */
export interface StoryText {
  file: string;
  locale: Locale;
  body: string;
}
