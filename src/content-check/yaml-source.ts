import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { relative } from 'node:path';
import type { Problem } from '../lib/problems';

/** YAML with line numbers, validated with Zod schemas into Problems an editor can act on. */

export interface YamlFile {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** Lines before the YAML starts (the `---` of MDX frontmatter). */
  offset: number;
}

export function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

export function lineOf(yaml: YamlFile, path: PropertyKey[]): number | undefined {
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

export function parseYaml(
  root: string,
  path: string,
  text: string,
  offset = 0,
): { yaml: YamlFile; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const file = relative(root, path);
  const yaml = { file, doc, lines, offset };
  const problems = doc.errors.map((error) => ({
    file,
    line: lines.linePos(error.pos[0]).line + offset,
    message: `is not valid YAML (${error.code}): ${error.message.split('\n')[0]}. Check indentation and quote text containing ": " or "#".`,
  }));
  return { yaml, problems };
}

/** Zod's generic messages, rephrased for an editor; schema-specific messages win over these. */
function friendlyError(issue: z.core.$ZodRawIssue): string | undefined {
  const field = issue.path?.at(-1);
  const name = typeof field === 'string' ? `\`${field}:\`` : 'this entry';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is missing: add a line ${name} with a value`;
  if (issue.code === 'invalid_type')
    return `must be ${issue.expected === 'array' ? 'a list, e.g. [a, b]' : `a ${issue.expected}`}, not ${JSON.stringify(issue.input)}`;
  if (issue.code === 'unrecognized_keys')
    return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: check the spelling or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
  return undefined;
}

/** Validates parsed YAML with a schema, turning each issue into a Problem with its line. */
export function validate<T extends z.ZodType>(
  yaml: YamlFile,
  schema: T,
  problems: Problem[],
  basePath: PropertyKey[] = [],
): z.infer<T> | undefined {
  const node = basePath.length ? yaml.doc.getIn(basePath as unknown[], true) : yaml.doc.contents;
  const value: unknown =
    node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
  const result = schema.safeParse(value, { error: friendlyError });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...basePath, ...issue.path];
    problems.push({
      file: yaml.file,
      line: lineOf(yaml, path),
      field: fieldName(path) || undefined,
      message: issue.message,
    });
  }
  return undefined;
}
