import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { EditorLanguage } from '../i18n/editor-locale';
import { say, sayIn, type Said } from '../i18n/editor/say';

/**
 * Bounds on what a content file may be, so a hostile pull request cannot stall or crash the check
 * or the build: its size, and in YAML no anchors or aliases (a few lines of them can stand for
 * billions of values) and no deep nesting. Messages name the place and never quote the file.
 */

/** The largest content file read: stories and data.yaml are a few KB. */
export const MAX_FILE_BYTES = 256 * 1024;
/** How deep YAML may nest lists and fields; data.yaml needs 4 (figures → figure → label → zh). */
export const MAX_DEPTH = 10;

/** Why a file of `bytes` bytes is too large to read, or undefined. */
export function sizeProblem(bytes: number): Said | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
  return say('tooLarge', size, MAX_FILE_BYTES / 1024);
}

/**
 * An error for an editor to read: its message alone. Astro prints a stack trace (and the code's
 * place as "Location") whenever an error has a stack, which would point at this file, not theirs.
 */
export function refusal(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

/** A problem at a character offset of the text. */
export interface Finding {
  offset: number;
  said: Said;
}

/** An anchor or alias name for a message, cut short. */
const named = (name: string) => (name.length > 20 ? `${name.slice(0, 20)}…` : name);

/**
 * The first anchor (`&name`), alias (`*name`) or collection nested deeper than MAX_DEPTH in a
 * parsed YAML document, or undefined. Content needs none of them; an alias is how a small file
 * expands into an enormous value. Walks the document without recursion and without following
 * aliases, so it is linear in the size of the text.
 */
export function yamlShape(doc: Document, text: string): Finding | undefined {
  let first: Finding | undefined;
  const found = (offset: number, said: Said) => {
    if (!first || offset < first.offset) first = { offset, said };
  };
  const stack: [node: unknown, depth: number][] = [[doc.contents, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (isAlias(node)) {
      found(node.range?.[0] ?? 0, say('yamlAlias', named(node.source)));
    } else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) {
      // The node starts after its properties: point at the `&` itself.
      found(
        Math.max(0, text.lastIndexOf(`&${node.anchor}`, node.range?.[0] ?? 0)),
        say('yamlAnchor', named(node.anchor)),
      );
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH) {
      found(node.range?.[0] ?? 0, say('yamlTooDeep', MAX_DEPTH));
      continue;
    }
    for (const item of node.items as unknown[]) {
      if (isPair(item)) stack.push([item.value, depth + 1], [item.key, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return first;
}

/**
 * For Astro's content loaders, which read YAML themselves (js-yaml, aliases followed): throws an
 * error naming `file:line:column` when the text is too large or holds an anchor or alias, before
 * Astro reads it; `offset` counts the lines above the YAML (MDX frontmatter). Only text holding
 * `&` or `*` is parsed here; js-yaml itself stops at 100 levels of nesting.
 */
export function guardYaml(file: string, text: string, offset = 0, language: EditorLanguage = 'en'): void {
  const size = sizeProblem(text.length > MAX_FILE_BYTES / 3 ? new TextEncoder().encode(text).length : 0);
  if (size) throw refusal(`${file}  ${sayIn(size, language)}`);
  if (!/[&*]/.test(text)) return;
  const lines = new LineCounter();
  const finding = yamlShape(parseDocument(text, { lineCounter: lines, prettyErrors: false }), text);
  if (!finding) return;
  const { line, col } = lines.linePos(finding.offset);
  throw refusal(`${file}:${line + offset}:${col}  ${sayIn(finding.said, language)}`);
}
