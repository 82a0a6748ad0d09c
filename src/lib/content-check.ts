import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { LOCALES } from '../schemas/common';
import { initiativeSchema, type InitiativeData } from '../schemas/initiative';
import { storySchema } from '../schemas/story';
import { placeSchema, sourceSchema, tagSchema, themeSchema } from '../schemas/vocabulary';

/** One thing an editor has to fix. */
export interface Problem {
  /** Path relative to the project root. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Dotted field path, e.g. `figures[1].unit`. */
  field?: string;
  /** What is wrong and what to do. */
  message: string;
}

/** `file:line field: message`, the way compilers print errors. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${where}  ${problem.field}: ${problem.message}` : `${where}  ${problem.message}`;
}

interface YamlFile {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** Lines before the YAML starts (the `---` of MDX frontmatter). */
  offset: number;
}

function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

function lineOf(yaml: YamlFile, path: PropertyKey[]): number | undefined {
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

function parseYaml(root: string, path: string, text: string, offset = 0): { yaml: YamlFile; problems: Problem[] } {
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
function validate<T extends z.ZodType>(
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

function readVocabulary<T extends z.ZodType>(
  root: string,
  contentDir: string,
  name: string,
  schema: T,
  problems: Problem[],
): z.infer<T>[] {
  const path = join(contentDir, name);
  if (!existsSync(path)) {
    problems.push({ file: relative(root, path), message: `is missing: create it as a YAML list (see README)` });
    return [];
  }
  const { yaml, problems: yamlProblems } = parseYaml(root, path, readFileSync(path, 'utf8'));
  problems.push(...yamlProblems);
  if (yamlProblems.length) return [];
  const items = yaml.doc.contents;
  if (!isSeq(items)) {
    problems.push({ file: yaml.file, line: 1, message: 'must be a YAML list: each entry starts with "- "' });
    return [];
  }
  const entries: z.infer<T>[] = [];
  const seen = new Set<string>();
  items.items.forEach((_, index) => {
    const entry = validate(yaml, schema, problems, [index]) as { id: string } | undefined;
    if (!entry) return;
    if (seen.has(entry.id)) {
      problems.push({
        file: yaml.file,
        line: lineOf(yaml, [index, 'id']),
        field: `[${index}].id`,
        message: `"${entry.id}" is listed twice: ids must be unique`,
      });
    }
    seen.add(entry.id);
    entries.push(entry as z.infer<T>);
  });
  return entries;
}

/** Splits MDX into frontmatter (YAML) and body, keeping line numbers. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1]!;
  return { frontmatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Components a story may use; they are provided to every story, so no import is needed. */
export const STORY_COMPONENTS = ['Figure'] as const;

/** `<Figure id="…" />` references in an MDX body, with 1-based lines. */
export function figureReferences(body: string, firstLine = 1): { id: string | undefined; line: number }[] {
  const found: { id: string | undefined; line: number }[] = [];
  for (const match of body.matchAll(/<Figure\b([^>]*)>/g)) {
    const id = /\bid\s*=\s*["']([^"']*)["']/.exec(match[1]!)?.[1];
    found.push({ id, line: firstLine + body.slice(0, match.index).split('\n').length - 1 });
  }
  return found;
}

function checkStoryBody(
  file: string,
  body: string,
  firstLine: number,
  locale: (typeof LOCALES)[number],
  figureIds: Set<string>,
  slugs: Set<string>,
  problems: Problem[],
  stated: { id: string; value: number }[] = [],
): void {
  const lineAt = (index: number) => firstLine + body.slice(0, index).split('\n').length - 1;
  for (const match of body.matchAll(/^import\s.*$/gm)) {
    problems.push({
      file,
      line: lineAt(match.index),
      message: `imports are not allowed in stories: ${STORY_COMPONENTS.map((name) => `<${name}>`).join(', ')} is available without one. Delete the line.`,
    });
  }
  for (const match of body.matchAll(/<([A-Z][A-Za-z0-9.]*)/g)) {
    if (!(STORY_COMPONENTS as readonly string[]).includes(match[1]!)) {
      problems.push({
        file,
        line: lineAt(match.index),
        message: `<${match[1]}> is not a story component. Stories may use: ${STORY_COMPONENTS.map((name) => `<${name}>`).join(', ')}.`,
      });
    }
  }
  const known = [...figureIds].join(', ') || '(none: add figures to data.yaml first)';
  for (const reference of figureReferences(body, firstLine)) {
    if (reference.id === undefined) {
      problems.push({
        file,
        line: reference.line,
        message: `<Figure> needs an id, e.g. <Figure id="${[...figureIds][0] ?? 'spaces'}" />. Known ids: ${known}.`,
      });
    } else if (!figureIds.has(reference.id)) {
      problems.push({
        file,
        line: reference.line,
        field: 'Figure.id',
        message: `unknown figure id "${reference.id}". Use one of the ids in data.yaml: ${known}.`,
      });
    }
  }
  // A figure typed as digits can drift from data.yaml; small numbers are too common to judge.
  const prose = body
    .replace(/<Figure\b[^>]*>/g, (tag) => ' '.repeat(tag.length))
    .replace(/\]\([^)]*\)/g, (link) => ' '.repeat(link.length));
  for (const figure of stated.filter((candidate) => candidate.value >= 10)) {
    const digits = String(figure.value);
    const grouped = figure.value.toLocaleString('en');
    const pattern = new RegExp(`(?<![\\d.,])(?:${digits}|${grouped})(?![\\d]|[.,]\\d)`, 'g');
    for (const match of prose.matchAll(pattern)) {
      problems.push({
        file,
        line: lineAt(match.index),
        message: `the number ${match[0]} is typed by hand; write <Figure id="${figure.id}" /> so the text always matches data.yaml.`,
      });
    }
  }
  for (const match of body.matchAll(/!\[([^\]]*)\]\(([^)]*)\)/g)) {
    if (!match[1]!.trim()) {
      problems.push({
        file,
        line: lineAt(match.index),
        message: `image ${match[2]} has no alt text: describe it inside the square brackets, ![like this](${match[2]}).`,
      });
    }
  }
  for (const match of body.matchAll(/\]\((\/[^)\s#?]*)[^)]*\)/g)) {
    const target = match[1]!;
    const story = /^\/(en\/)?stories\/([^/]+)\/?$/.exec(target);
    if (!story) continue;
    const linkLocale = story[1] ? 'en' : 'zh';
    const line = lineAt(match.index);
    if (!slugs.has(story[2]!)) {
      problems.push({
        file,
        line,
        message: `links to a story that does not exist: ${target}. Known stories: ${[...slugs].join(', ')}.`,
      });
    } else if (linkLocale !== locale) {
      const fixed = locale === 'en' ? `/en/stories/${story[2]}/` : `/stories/${story[2]}/`;
      problems.push({ file, line, message: `links to the other language's page ${target}; link to ${fixed} instead.` });
    }
  }
}

/** The problems as an editor reads them: a count, then one line each. */
export function problemReport(problems: Problem[]): string {
  const lines = problems.map((problem) => `  ${formatProblem(problem)}`);
  return [`Content check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:`, '', ...lines].join(
    '\n',
  );
}

/** Everything the check read, for callers that want the data as well as the problems. */
export interface ContentReport {
  problems: Problem[];
  /** Slugs of initiatives whose data.yaml is valid. */
  initiatives: Map<string, InitiativeData>;
}

/**
 * Checks the whole content folder: schemas, vocabularies, cross-references, figure ids, both
 * languages, story components, image alt text and story links. Reads only; writes nothing.
 */
export function checkContent(root: string, contentDir = join(root, 'content')): ContentReport {
  const problems: Problem[] = [];
  const themes = readVocabulary(root, contentDir, 'themes.yaml', themeSchema, problems);
  const places = readVocabulary(root, contentDir, 'places.yaml', placeSchema, problems);
  const tags = readVocabulary(root, contentDir, 'tags.yaml', tagSchema, problems);

  const sourcesDir = join(contentDir, 'sources');
  const sourceIds = new Set<string>();
  for (const name of existsSync(sourcesDir) ? readdirSync(sourcesDir).sort() : []) {
    const path = join(sourcesDir, name);
    if (!name.endsWith('.yaml')) {
      problems.push({ file: relative(root, path), message: 'sources must be .yaml files named <source-id>.yaml' });
      continue;
    }
    const { yaml, problems: yamlProblems } = parseYaml(root, path, readFileSync(path, 'utf8'));
    problems.push(...yamlProblems);
    if (!yamlProblems.length && validate(yaml, sourceSchema, problems)) sourceIds.add(name.slice(0, -'.yaml'.length));
  }

  const initiativesDir = join(contentDir, 'initiatives');
  const slugs = existsSync(initiativesDir)
    ? readdirSync(initiativesDir)
        .filter((name) => statSync(join(initiativesDir, name)).isDirectory())
        .sort()
    : [];
  if (!slugs.length)
    problems.push({
      file: relative(root, initiativesDir),
      message: 'holds no initiatives: add one with `npm run new-story`',
    });
  const slugSet = new Set(slugs);
  const initiatives = new Map<string, InitiativeData>();
  const headlines: string[] = [];

  const ids = (list: { id: string }[]) => list.map((item) => item.id);
  const themeIds = new Set(ids(themes));
  const placeIds = new Set(ids(places));
  const tagIds = new Set(ids(tags));

  for (const slug of slugs) {
    const dir = join(initiativesDir, slug);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      problems.push({
        file: relative(root, dir),
        message: `folder name "${slug}" must be English kebab-case (it becomes the URL), e.g. school-buses`,
      });
    }
    const dataPath = join(dir, 'data.yaml');
    let figureIds = new Set<string>();
    let statedFigures: { id: string; value: number }[] = [];
    if (!existsSync(dataPath)) {
      problems.push({
        file: relative(root, dataPath),
        message:
          'is missing: every initiative needs data.yaml beside zh.mdx and en.mdx (`npm run new-story` writes one)',
      });
    } else {
      const { yaml, problems: yamlProblems } = parseYaml(root, dataPath, readFileSync(dataPath, 'utf8'));
      problems.push(...yamlProblems);
      const data = yamlProblems.length ? undefined : validate(yaml, initiativeSchema, problems);
      if (data) {
        initiatives.set(slug, data);
        const at = (path: PropertyKey[], message: string) =>
          problems.push({ file: yaml.file, line: lineOf(yaml, path), field: fieldName(path), message });
        if (!themeIds.has(data.theme))
          at(['theme'], `unknown theme "${data.theme}"; use one of: ${[...themeIds].join(', ')}`);
        data.places.forEach((place, index) => {
          if (!placeIds.has(place))
            at(
              ['places', index],
              `unknown place "${place}"; use an id from content/places.yaml: ${[...placeIds].join(', ')}`,
            );
        });
        data.tags.forEach((tag, index) => {
          if (!tagIds.has(tag))
            at(
              ['tags', index],
              `unknown tag "${tag}"; use an id from content/tags.yaml or add the tag there: ${[...tagIds].join(', ')}`,
            );
        });
        data.sources.forEach((source, index) => {
          if (!sourceIds.has(source))
            at(
              ['sources', index],
              `unknown source "${source}"; add content/sources/${source}.yaml or use an existing id: ${[...sourceIds].join(', ')}`,
            );
        });
        const stated = new Set<string>();
        figureIds = new Set();
        statedFigures = data.figures;
        data.figures.forEach((figure, index) => {
          if (figureIds.has(figure.id))
            at(['figures', index, 'id'], `"${figure.id}" is used twice: figure ids must be unique in a story`);
          figureIds.add(figure.id);
          stated.add(figure.id);
          if (!data.sources.includes(figure.source))
            at(
              ['figures', index, 'source'],
              `"${figure.source}" is not in this story's \`sources:\` list; add it there`,
            );
          if (figure.headline) headlines.push(`${yaml.file} (${figure.id})`);
        });
        data.derived.forEach((rule, index) => {
          if (figureIds.has(rule.id))
            at(['derived', index, 'id'], `"${rule.id}" is used twice: figure ids must be unique in a story`);
          figureIds.add(rule.id);
          rule.of.forEach((input, position) => {
            if (!stated.has(input))
              at(
                ['derived', index, 'of', position],
                `"${input}" is not a stated figure of this story; derive only from ids under \`figures:\`: ${[...stated].join(', ') || '(none)'}`,
              );
          });
          if (
            rule.op !== 'difference' &&
            rule.of[1] &&
            data.figures.find((figure) => figure.id === rule.of[1])?.value === 0
          ) {
            at(['derived', index, 'of', 1], `divides by "${rule.of[1]}", which is zero`);
          }
        });
        data.keyFigures.forEach((id, index) => {
          if (!figureIds.has(id))
            at(
              ['keyFigures', index],
              `unknown figure id "${id}"; use one of: ${[...figureIds].join(', ') || '(none)'}`,
            );
        });
      }
    }
    for (const locale of LOCALES) {
      const path = join(dir, `${locale}.mdx`);
      const file = relative(root, path);
      if (!existsSync(path)) {
        problems.push({
          file,
          message: `is missing: every story needs both zh.mdx and en.mdx (\`npm run new-story\` writes both)`,
        });
        continue;
      }
      const text = readFileSync(path, 'utf8');
      const parts = splitFrontmatter(text);
      if (!parts) {
        problems.push({
          file,
          line: 1,
          message:
            'needs frontmatter: start the file with a line `---`, then `title:` and `summary:`, then another `---`',
        });
        continue;
      }
      const { yaml, problems: yamlProblems } = parseYaml(root, path, parts.frontmatter, 1);
      problems.push(...yamlProblems);
      if (!yamlProblems.length) validate(yaml, storySchema, problems);
      if (!parts.body.trim())
        problems.push({ file, line: parts.bodyLine, message: 'has no story text after the frontmatter' });
      if (initiatives.has(slug))
        checkStoryBody(file, parts.body, parts.bodyLine, locale, figureIds, slugSet, problems, statedFigures);
    }
  }
  if (headlines.length > 1) {
    problems.push({
      file: 'content/initiatives',
      field: 'headline',
      message: `only one figure may be the site's headline, but ${headlines.length} are: ${headlines.join(', ')}`,
    });
  }
  return { problems, initiatives };
}
