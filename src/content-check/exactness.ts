import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES, type Locale } from '../lib/locale';
import type { InitiativeData } from '../schemas/initiative';
import type { Unit } from '../schemas/units';
import { resolveFigures, unknownDerived, type ResolvedFigure } from '../lib/figures';
import { formatNumber, groupedNumber } from '../lib/format';
import { PLACEHOLDER } from '../schemas/placeholder';
import type { Problem } from '../lib/problems';
import { say, type Said } from '../i18n/editor/say';
import { checkLengths, checkShown } from './editor-warnings';
import { typedAs, visibleDigits } from './digits';
import { present, readText } from './read-text';
import { splitFrontmatter } from './story-body';
import { lazyYaml, lineOf, readYaml, scalars, type LazyYaml, type StoryText } from './story-files';

export { warningReport } from './editor-warnings';

/**
 * What is published must be exact: no date in the future, no scaffold placeholder left, no
 * number typed by hand in a title or summary. Runs the warnings (editor-warnings.ts) too.
 */

export { PLACEHOLDER } from '../schemas/placeholder';

/** The latest calendar date anywhere on Earth now (UTC+14), so no time zone sees a false "future". */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Ways a figure's number may be typed: digits, grouped, and as the site prints it in each language. */
function typedForms(figure: ResolvedFigure): string[] {
  const value = figure.value;
  if (Math.abs(value) < 10) return []; // small numbers are too common in prose to judge
  const forms = new Set(LOCALES.map((locale) => formatNumber(value, locale)));
  if (Number.isInteger(value)) forms.add(String(value)).add(groupedNumber(value));
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [...forms].sort((a, b) => b.length - a.length).map(escape);
  // A share typed rounded to a whole percent ("48%" for 48.2) is still typed by hand.
  if (figure.unit.id === 'percent' && !Number.isInteger(value)) patterns.push(`${Math.round(value)}(?=\\s?[%％])`);
  return patterns;
}

/** A hand-typed figure found in a text. */
export interface TypedFigure {
  index: number;
  /** The number as typed: a message notes digits other than ASCII and invisible characters. */
  typed: string | Said;
  figure: ResolvedFigure;
}

/**
 * A finder of numbers that are a figure of the story typed by hand, stated or derived: the same
 * matching as the body check, applied to every way the site prints the figure. Build it once per
 * story; formatting every figure is the costly part.
 */
export function typedFigureFinder(figures: ResolvedFigure[]): (text: string) => TypedFigure[] {
  const patterns = figures.flatMap((figure) => {
    const forms = typedForms(figure);
    return forms.length
      ? [{ figure, pattern: new RegExp(`(?<![\\d.,])(?:${forms.join('|')})(?![\\d]|[.,]\\d)`, 'g') }]
      : [];
  });
  return (text) => {
    // Numbers as a reader sees them: full-width digits and digits split by invisible characters too.
    const visible = visibleDigits(text);
    return patterns
      .flatMap(({ figure, pattern }) =>
        [...visible.text.matchAll(pattern)].map((match) => {
          const [from, to] = visible.written(match.index, match.index + match[0].length);
          return { index: from, typed: typedAs(text.slice(from, to), match[0]), figure };
        }),
      )
      .sort((a, b) => a.index - b.index);
  };
}

/** The placeholder and what follows it, quoted for a message. */
function quoted(text: string): string {
  const from = text
    .slice(text.indexOf(PLACEHOLDER))
    .replace(/["']\s*$/, '')
    .trim();
  return `"${from.length > 48 ? `${from.slice(0, 48)}…` : from}"`;
}

/** Placeholder lines of an MDX file; in the frontmatter, the field is named. */
function placeholders(file: string, text: string): Problem[] {
  const frontmatterEnd = text.startsWith('---') ? text.indexOf('\n---', 3) : -1;
  let offset = 0;
  return text.split('\n').flatMap((line, index) => {
    const inFrontmatter = offset < frontmatterEnd;
    offset += line.length + 1;
    if (!line.includes(PLACEHOLDER)) return [];
    const field = inFrontmatter ? /^(\w+):/.exec(line)?.[1] : undefined;
    return [
      {
        file,
        line: index + 1,
        ...(field ? { field } : {}),
        ...say('placeholder', quoted(line)),
      },
    ];
  });
}

function yamlPlaceholders(yaml: LazyYaml): Problem[] {
  if (!yaml.text().includes(PLACEHOLDER)) return [];
  return scalars(yaml.get())
    .filter((scalar) => typeof scalar.value === 'string' && scalar.value.includes(PLACEHOLDER))
    .map((scalar) => ({
      file: yaml.file,
      line: scalar.line,
      field: scalar.field,
      ...say('placeholderYaml', quoted(String(scalar.value)), scalar.field),
    }));
}

/** Sources: no date in the future. Returns each source's placeholder problems, reported when a published story cites it. */
function checkSources(root: string, contentDir: string, latest: string, problems: Problem[]): Map<string, Problem[]> {
  const pending = new Map<string, Problem[]>();
  const dir = join(contentDir, 'sources');
  for (const name of present(dir) ? readdirSync(dir).filter((entry) => entry.endsWith('.yaml')) : []) {
    const yaml = lazyYaml(root, join(dir, name));
    const date = /^date:\s*['"]?(\d{4}-\d{2}-\d{2})\b/m.exec(yaml.text());
    if (date && date[1]! > latest)
      problems.push({
        file: yaml.file,
        line: yaml.text().slice(0, date.index).split('\n').length,
        field: 'date',
        ...say('sourceInFuture', date[1]!),
      });
    pending.set(name.slice(0, -'.yaml'.length), yamlPlaceholders(yaml));
  }
  return pending;
}

/** Titles and summaries: a figure typed by hand cannot be kept in step with data.yaml. */
function checkFrontmatter(
  root: string,
  path: string,
  locale: Locale,
  find: () => (text: string) => TypedFigure[],
  problems: Problem[],
): StoryText | undefined {
  // Read and split exactly as the story check does (which reports a file that cannot be read or split).
  const read = readText(root, path);
  const parts = 'text' in read ? splitFrontmatter(read.text) : undefined;
  if (!parts) return undefined;
  const story: StoryText = {
    file: relative(root, path),
    locale,
    body: parts.body,
  };
  // Most frontmatter has no figure in it: look at the raw text before parsing it.
  if (!/\p{Nd}/u.test(parts.frontmatter) || !find()(parts.frontmatter).length) return story;
  const yaml = readYaml(root, path, parts.frontmatter, parts.frontmatterOffset);
  for (const field of ['title', 'summary']) {
    const value = yaml.doc.get(field);
    if (typeof value !== 'string') continue;
    for (const { typed, figure } of find()(value)) {
      problems.push({
        file: yaml.file,
        line: lineOf(yaml, field),
        field,
        ...say('typedInFrontmatter', typed, figure.id, figure.derivation?.of ?? [], field),
      });
    }
  }
  return story;
}

/** The story's figures; derived ones with unknown inputs are left to the cross-reference check. */
function resolvable(data: InitiativeData, units: ReadonlyMap<string, Unit>): ResolvedFigure[] {
  const stated = new Set(data.figures.filter((figure) => units.has(figure.unit)).map((figure) => figure.id));
  const unknown = unknownDerived(data);
  return resolveFigures(
    {
      figures: data.figures.filter((figure) => stated.has(figure.id)),
      derived: data.derived.filter(
        (rule) => units.has(rule.unit) && rule.of.every((id) => stated.has(id)) && !unknown.has(rule.id),
      ),
    },
    units,
  );
}

/**
 * Checks of exactness across files, run after the schema check on initiatives whose data.yaml is
 * valid. Errors go into `problems`; the warnings are returned.
 */
export function checkExactness(
  root: string,
  contentDir: string,
  initiatives: Map<string, InitiativeData>,
  shownBySlug: ReadonlyMap<string, ReadonlyMap<string, Set<string>>>,
  problems: Problem[],
  units: ReadonlyMap<string, Unit>,
  now: Date = new Date(),
): Problem[] {
  const warnings: Problem[] = [];
  const latest = latestToday(now);
  const sourcePlaceholders = checkSources(root, contentDir, latest, problems);
  const reported = new Set<string>();
  const allStories: StoryText[] = [];
  for (const [slug, data] of initiatives) {
    const dir = join(contentDir, 'initiatives', slug);
    const dataYaml = lazyYaml(root, join(dir, 'data.yaml'));
    let finder: ((text: string) => TypedFigure[]) | undefined;
    const find = () => (finder ??= typedFigureFinder(resolvable(data, units)));
    const stories: StoryText[] = [];
    for (const locale of LOCALES) {
      const path = join(dir, `${locale}.mdx`);
      const story = present(path) ? checkFrontmatter(root, path, locale, find, problems) : undefined;
      if (story) stories.push(story);
    }
    allStories.push(...stories);
    checkShown(data, dataYaml, [...(shownBySlug.get(slug)?.values() ?? [])], warnings);
    if (data.status !== 'published') continue;
    const published = data.published.toISOString().slice(0, 10);
    if (published > latest)
      problems.push({
        file: dataYaml.file,
        line: lineOf(dataYaml.get(), 'published'),
        field: 'published',
        ...say('publishedInFuture', published),
      });
    problems.push(...yamlPlaceholders(dataYaml));
    for (const locale of LOCALES) {
      const path = join(dir, `${locale}.mdx`);
      const read = present(path) ? readText(root, path) : undefined;
      if (read && 'text' in read) problems.push(...placeholders(relative(root, path), read.text));
    }
    for (const source of data.sources) {
      if (reported.has(source)) continue;
      reported.add(source);
      problems.push(...(sourcePlaceholders.get(source) ?? []));
    }
  }
  checkLengths(allStories, warnings);
  return warnings;
}
