import type { Locale } from '../lib/locale';
import type { Problem } from '../lib/problems';
import { STORY_COMPONENT_NAMES } from '../lib/story-components';

/** Checks of a story's MDX text: frontmatter, components, figure references, links, images. */

/** Splits MDX into frontmatter (YAML) and body, keeping line numbers. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1]!;
  return { frontmatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Components a story may use; they are provided to every story, so no import is needed. */
export const STORY_COMPONENTS = STORY_COMPONENT_NAMES;

/** `<Figure id="…" />` (or another component's) references in an MDX body, with 1-based lines. */
export function figureReferences(
  body: string,
  firstLine = 1,
  component = 'Figure',
): { id: string | undefined; line: number }[] {
  const found: { id: string | undefined; line: number }[] = [];
  for (const match of body.matchAll(new RegExp(`<${component}\\b([^>]*)>`, 'g'))) {
    const id = /\bid\s*=\s*["']([^"']*)["']/.exec(match[1]!)?.[1];
    found.push({ id, line: firstLine + body.slice(0, match.index).split('\n').length - 1 });
  }
  return found;
}

/** Problems in the body of one story file. */
export function checkStoryBody(
  file: string,
  body: string,
  firstLine: number,
  locale: Locale,
  figureIds: Set<string>,
  slugs: Set<string>,
  problems: Problem[],
  stated: { id: string; value: number }[] = [],
  chartIds: Set<string> = new Set(),
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
  const charts = [...chartIds].join(', ') || '(none: declare charts under `charts:` in data.yaml first)';
  const placed = new Set<string>();
  for (const reference of figureReferences(body, firstLine, 'Chart')) {
    if (reference.id === undefined) {
      problems.push({
        file,
        line: reference.line,
        message: `<Chart> needs an id, e.g. <Chart id="${[...chartIds][0] ?? 'applications-by-age'}" />. Charts in data.yaml: ${charts}.`,
      });
    } else if (!chartIds.has(reference.id)) {
      problems.push({
        file,
        line: reference.line,
        field: 'Chart.id',
        message: `unknown chart id "${reference.id}". Use one of the charts in data.yaml: ${charts}.`,
      });
    } else if (placed.has(reference.id)) {
      problems.push({
        file,
        line: reference.line,
        field: 'Chart.id',
        message: `chart "${reference.id}" is placed twice; place each chart once.`,
      });
    }
    if (reference.id !== undefined) placed.add(reference.id);
  }
  for (const id of chartIds) {
    if (!placed.has(id))
      problems.push({
        file,
        field: 'Chart.id',
        message: `chart "${id}" is declared in data.yaml but not placed here: add <Chart id="${id}" /> on a line of its own where it belongs, in both languages, or remove it from data.yaml.`,
      });
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
