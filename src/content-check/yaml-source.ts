import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from '../lib/problems';
import { say, type CheckText, type Said } from '../i18n/editor/say';
import { readText } from './read-text';
import { impossibleTimestamp, writtenNumberProblem } from '../schemas/common';
import { issueText, zodError } from '../schemas/messages';
import { yamlShape } from './limits';

/**
 * YAML with line numbers, validated with Zod schemas into Problems an editor can act on.
 *
 * Values come from the very parser Astro uses, so nothing passes the check and then fails the
 * build: Astro 7's `glob()` and `file()` loaders and its MDX frontmatter all call js-yaml 4's
 * `load()` with default options (YAML 1.2 core schema plus timestamps, merge keys `<<`,
 * `!!binary`, `!!set`…; duplicate keys and unknown tags are errors). The `yaml` package parses
 * the same text only to find the line of a field; where the two read a value differently
 * (js-yaml makes `2024-01-29` a Date, `yaml` keeps a string), js-yaml's value is the one checked.
 */

/** The part of js-yaml's API that Astro calls. */
interface JsYaml {
  load(text: string, options?: { filename?: string }): unknown;
}

/** js-yaml's error: `reason` is the message, `mark` the 0-based place. */
interface YamlException extends Error {
  reason?: string;
  mark?: { line: number; column: number };
}

/** The js-yaml that Astro itself resolves (astro/dist/content/loaders), not a copy of our own. */
const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
export const astroYaml = astroRequire('js-yaml') as JsYaml;

/** YAML text as a document with the line of every node, for pointing an editor at a field. */
export interface YamlLines {
  /** Path relative to the project root. */
  file: string;
  /** The text as a YAML document, for lines (and the source text of a scalar). */
  doc: Document;
  lines: LineCounter;
  /** Lines before the YAML starts (the `---` of MDX frontmatter). */
  offset: number;
}

/** A YAML file as Astro reads it, with its lines. */
export interface YamlFile extends YamlLines {
  /** The value Astro gets: js-yaml's `load()` of the same text. */
  data: unknown;
  /** Values that would not be read as written (`writtenValues`); `validate` leaves their fields alone. */
  written: Problem[];
}

/** Parses YAML only for its lines; `offset` counts the lines above it (MDX frontmatter). */
export function yamlLines(root: string, path: string, text: string, offset = 0): YamlLines {
  const lines = new LineCounter();
  return {
    file: relative(root, path),
    doc: parseDocument(text, { lineCounter: lines, prettyErrors: false }),
    lines,
    offset,
  };
}

/** ['figures', 1, 'id'] for `figures[1].id`: the other way round from `fieldName`. */
export function fieldPath(field: string): PropertyKey[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? match[1]! : Number(match[2]),
  );
}

/** `figures[1].unit` for the path ['figures', 1, 'unit']. */
export function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

/** Line of the field at `path`, or of its nearest parent that exists. */
export function lineOf(yaml: YamlLines, path: PropertyKey[]): number | undefined {
  // Walk up to the nearest node that exists (a missing field points at its parent).
  for (let depth = path.length; depth >= 0; depth--) {
    const node = yaml.doc.getIn(path.slice(0, depth) as unknown[], true) as
      { range?: [number, number, number] } | undefined;
    if (node && (isScalar(node) || isMap(node) || isSeq(node)) && node.range) {
      return yaml.lines.linePos(node.range[0]).line + yaml.offset;
    }
  }
  return undefined;
}

/** Parses YAML text the way Astro does; a problem with line and column when Astro would fail. */
export function parseYaml(
  root: string,
  path: string,
  text: string,
  offset = 0,
): { yaml: YamlFile; problems: Problem[] } {
  const { file, doc, lines } = yamlLines(root, path, text, offset);
  const problems: Problem[] = [];
  let data: unknown;
  // Refused before js-yaml reads it: js-yaml follows aliases, and a few lines of them can stand for billions of values.
  const shape = yamlShape(doc, text);
  if (shape) {
    const { line, col } = lines.linePos(shape.offset);
    problems.push({ file, line: line + offset, column: col, ...shape.said });
    return { yaml: { file, doc, lines, offset, data, written: [] }, problems };
  }
  try {
    data = astroYaml.load(text, { filename: path });
  } catch (error) {
    const { reason, mark, message } = error as YamlException;
    problems.push({
      file,
      line: mark ? mark.line + 1 + offset : offset + 1,
      column: mark ? mark.column + 1 : undefined,
      ...say('notValidYaml', reason ?? message.split('\n')[0] ?? ''),
    });
  }
  const yaml: YamlFile = { file, doc, lines, offset, data, written: [] };
  if (!problems.length) yaml.written = writtenValues(yaml);
  return { yaml, problems };
}

/** Reads and parses a YAML file, adding its problems (encoding, syntax); undefined when unusable. */
export function readYaml(root: string, path: string, problems: Problem[]): YamlFile | undefined {
  const read = readText(root, path);
  if ('problem' in read) {
    problems.push(read.problem);
    return undefined;
  }
  const parsed = parseYaml(root, path, read.text);
  problems.push(...parsed.problems, ...parsed.yaml.written);
  return parsed.problems.length ? undefined : parsed.yaml;
}

/** The loaded value at `path`, e.g. ['figures', 0]. */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/**
 * A value as a message shows it: a short line of text quoted, anything else by its kind. Never
 * the whole value: it may be a whole file read by mistake, or enormous.
 */
function shown(value: unknown): string | Said {
  if (typeof value === 'string')
    return value.length <= 40 && !/[\r\n]/.test(value) ? JSON.stringify(value) : say('textOfLength', value.length);
  if (Array.isArray(value)) return say('aList');
  if (value !== null && typeof value === 'object') return say('aGroupOfFields');
  return String(value);
}

/** Zod's generic messages, rephrased for an editor; schema-specific messages win over these. */
function friendlyError(issue: z.core.$ZodRawIssue): Said | undefined {
  const field = issue.path?.at(-1);
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return say('missingField', typeof field === 'string' ? field : '');
  // Astro's YAML parser turns an unquoted 2023-11-05 into a date; only date fields accept one.
  if (issue.input instanceof Date) return say('dateNotQuoted', issue.input.toISOString().slice(0, 10));
  if (issue.code === 'invalid_type') return say('wrongType', issue.expected, shown(issue.input));
  if (issue.code === 'unrecognized_keys') return say('unknownFields', issue.keys);
  if (issue.code === 'invalid_value') return say('notOneOf', issue.values.map(String));
  if (issue.code === 'too_small' && issue.origin === 'array') return say('tooFew', Number(issue.minimum));
  if (issue.code === 'too_big' && issue.origin === 'array') return say('tooMany', Number(issue.maximum));
  if (issue.code === 'invalid_format') return say('badFormat');
  return undefined;
}

/** The per-parse error map: a friendly message with its key, or Zod's own. */
const friendly = (issue: z.core.$ZodRawIssue) => {
  const said = friendlyError(issue);
  return said && zodError(said)(issue as never);
};

/** The message of a Zod issue as the check says it: the schema's key, or Zod's English passed on. */
function issueMessage(issue: z.core.$ZodIssue): Said {
  const text: CheckText | undefined = issueText(issue);
  return text ? { ...text, message: issue.message } : say('schemaSays', issue.message);
}

/** Validates parsed YAML with a schema, turning each issue into a Problem with its line. */
export function validate<T extends z.ZodType>(
  yaml: YamlFile,
  schema: T,
  problems: Problem[],
  basePath: PropertyKey[] = [],
): z.infer<T> | undefined {
  const value = valueAt(yaml.data, basePath);
  const result = schema.safeParse(value, { error: friendly });
  if (result.success) return result.data;
  // One message per mistake: a value reported as written ("9007199254740993 is larger than …") is not reported again as read.
  const written = new Set(yaml.written.map((problem) => problem.field));
  for (const issue of result.error.issues) {
    const path = [...basePath, ...issue.path];
    if (written.has(fieldName(path))) continue;
    problems.push({
      file: yaml.file,
      line: lineOf(yaml, path),
      field: fieldName(path) || undefined,
      ...issueMessage(issue),
    });
  }
  return undefined;
}

/**
 * Values whose written text YAML readers would silently change: days and times that do not exist
 * (2024-02-30, 2024-1-32 25:00:00), which js-yaml rolls over into the next month, and numbers it
 * cannot hold as written (9007199254740993, 1e300, .inf, 0x1F, too many decimals). Each is read
 * from the text as written, with its line and field; quoted text stays text for both readers.
 */
export function writtenValues(yaml: Omit<YamlFile, 'written'>): Problem[] {
  const problems: Problem[] = [];
  visit(yaml.doc, {
    Scalar(_key, node, path) {
      const text = node.source;
      if (node.type !== 'PLAIN' || typeof text !== 'string' || !node.range) return;
      const chain = [...path, node];
      const keys = () =>
        chain.flatMap((step, index): PropertyKey[] => {
          if (isPair(step) && isScalar(step.key)) return [String(step.key.value)];
          if (isSeq(step)) return [step.items.indexOf(chain[index + 1] as never)];
          return [];
        });
      let message: Said | undefined = impossibleTimestamp(text);
      if (!message && /^[-+.\d]/.test(text)) {
        // What js-yaml made of it: only its numbers are judged as numbers.
        const value = valueAt(yaml.data, keys());
        if (typeof value === 'number') message = writtenNumberProblem(text, value);
      }
      if (!message) return;
      problems.push({
        file: yaml.file,
        line: yaml.lines.linePos(node.range[0]).line + yaml.offset,
        field: fieldName(keys()) || undefined,
        ...message,
      });
    },
  });
  return problems;
}
