import { join } from 'node:path';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { markdownToMdast, mdxToMdast, type Features, type MdastNode } from 'satteri';
import { groupedNumber } from '../lib/format';
import type { Locale } from '../lib/locale';
import type { Problem } from '../lib/problems';
import { say, type Said } from '../i18n/editor/say';
import {
  STORY_COMPONENTS,
  storyComponentList,
  type AttributeKind,
  type StoryComponentSpec,
} from '../lib/story-components';
import { typedAs, visibleDigits } from './digits';
import { HTML_ELEMENTS, localImage, refuseHtml } from './mdx-policy';
import { componentExample, componentLike, definitionsOf, unsafeConstructs, type Finding } from './mdx-safety';
import { present } from './read-text';
import type { SiteLink } from './site-links';

/**
 * Checks of a story's MDX text, on the syntax tree of the parser Astro compiles it with
 * (satteri, the same features): syntax errors, the safety rule (mdx-safety.ts), figure ids,
 * figures typed as digits, image alt text and files, links to stories.
 */

/** The parser features @astrojs/mdx 8 compiles with (markdown-satteri's create-processor: GFM and smart punctuation on). */
export const ASTRO_MDX_FEATURES: Features = { gfm: true, smartPunctuation: true };

/**
 * The features Markdown pages (.md) are compiled with (astro.config.mjs): Astro's, plus heading
 * anchors `## Corrections {#corrections}`, so a page keeps the same anchors in every language.
 */
export const MARKDOWN_FEATURES: Features = { ...ASTRO_MDX_FEATURES, headingAttributes: true };

/** A story's frontmatter and body, split the way Astro splits them. */
export interface StoryParts {
  /** The YAML between the `---` lines, starting with the rest of the first `---` line. */
  frontmatter: string;
  /** Lines before the first `---`: add to a line inside `frontmatter` to get the file's line. */
  frontmatterOffset: number;
  /** The whole file with the frontmatter blanked out, so positions are the file's own. */
  body: string;
  /** First line after the frontmatter. */
  bodyLine: number;
}

/**
 * Splits MDX like Astro's MDX integration: its frontmatter helper finds the block, and the
 * block is replaced by spaces ("empty-with-spaces") so every line and column stays where it is.
 */
export function splitFrontmatter(text: string): StoryParts | undefined {
  const frontmatter = extractFrontmatter(text);
  const block = `---${frontmatter}---`;
  const index = frontmatter === undefined ? -1 : text.indexOf(block);
  if (frontmatter === undefined || index < 0) return undefined;
  const before = text.slice(0, index);
  const body = `${before}   ${frontmatter.replace(/[^\r\n]/g, ' ')}   ${text.slice(index + block.length)}`;
  const frontmatterOffset = before.split('\n').length - 1;
  return { frontmatter, frontmatterOffset, body, bodyLine: frontmatterOffset + block.split('\n').length + 1 };
}

/** Plain-language versions of the parser's commonest complaints; `line` is the source line it points at. */
function explainSyntaxError(reason: string, line: string): Said {
  const unclosed = /Expected a closing tag for `<([^>\s]*)>`/.exec(reason)?.[1];
  if (unclosed !== undefined) {
    const meant = componentLike(unclosed);
    const id = /\bid\s*=\s*["']([^"']*)/.exec(line)?.[1];
    const example = meant && componentExample(meant, id ? { id } : {});
    if (meant && meant !== unclosed) return say('didYouMean', unclosed, example!);
    // A tag that stands alone must close itself in MDX: <Figure … />, <br />.
    if (meant && !example!.endsWith(`</${meant}>`)) return say('mustCloseItself', meant, example!);
    if (HTML_ELEMENTS[unclosed] && !HTML_ELEMENTS[unclosed].children) return say('htmlMustCloseItself', unclosed);
    if (meant || HTML_ELEMENTS[unclosed]?.children) return say('neverClosed', unclosed, !!meant);
    if (/^[A-Z]/.test(unclosed)) return say('notAComponent', unclosed, storyComponentList());
    return refuseHtml(unclosed);
  }
  if (/to create a comment in MDX/.test(reason)) return say('mdxHtmlComment');
  if (/Unexpected (?:character|end of file) .*(?:after `<`|before name)/.test(reason)) return say('strayLessThan');
  if (/closing brace for `\{`/.test(reason)) return say('unclosedBrace');
  if (/Unexpected closing (?:slash|tag)/.test(reason)) return say('strayClosingTag');
  return say('invalidMdx');
}

/** Parses MDX (or Markdown) with satteri; a syntax error becomes a finding with the parser's own place. */
export function parseStory(source: string, markdown = false): { tree: MdastNode } | { error: Finding } {
  try {
    return {
      tree: markdown
        ? markdownToMdast(source, { features: MARKDOWN_FEATURES })
        : mdxToMdast(source, { features: ASTRO_MDX_FEATURES }),
    };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w-]+:[\w-]+\))?$/.exec(text);
    // The parser's hints ("to create a comment in MDX, use {/* */}") suggest what stories may not do.
    const reason = (match?.[3] ?? text).replace(/\s*\(note: [\s\S]*\)$/, '');
    const line = Number(match?.[1] ?? 1);
    return {
      error: {
        line,
        column: Number(match?.[2] ?? 1),
        ...say('mdxSyntax', explainSyntaxError(match?.[3] ?? text, source.split('\n')[line - 1] ?? ''), reason),
      },
    };
  }
}

/** What a story body is checked against. */
export interface StoryContext {
  locale: Locale;
  /** Ids in the story's data.yaml; undefined when data.yaml could not be read. */
  figureIds: Set<string> | undefined;
  /** Stated figures, to spot one typed as digits. */
  stated: { id: string; value: number }[];
  /** The text's folder (absolute), where its image files live. */
  dir: string;
  /** Ids of the charts declared in data.yaml: each must be placed once in each language (undefined when data.yaml is unusable). */
  chartIds?: Set<string>;
  /** The site path the text is shown at (`/en/stories/x/`): relative links start there. */
  page: string;
  /** Whether the text is published (a published text may not link to a draft). */
  published: boolean;
  /** Where links are collected, to be checked against the whole site (site-links.ts). */
  links: SiteLink[];
  /** The text is Markdown (.md), not MDX. */
  markdown?: boolean;
}

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as MdastNode, visit);
}

/**
 * Problems in the body of one story file; `body` is the file with its frontmatter blanked out.
 * Returns the figure ids the body shows (undefined when it cannot be parsed).
 */
export function checkStoryBody(
  file: string,
  body: string,
  context: StoryContext,
  problems: Problem[],
): Set<string> | undefined {
  const report = (finding: Finding) => problems.push({ file, ...finding });
  const parsed = parseStory(body, context.markdown);
  if ('error' in parsed) {
    report(parsed.error);
    return undefined;
  }
  const shown = new Set<string>();
  unsafeConstructs(parsed.tree, body).forEach(report);
  const place = (node: MdastNode) => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  const { figureIds, locale } = context;
  const definitions = definitionsOf(parsed.tree);
  const chartIds = context.chartIds;
  const ids: Partial<Record<AttributeKind, Set<string>>> = { 'figure-id': figureIds, 'chart-id': chartIds };
  const unknown: Record<AttributeKind, (id: string) => Said> = {
    'figure-id': (id) => say('unknownFigureId', id, [...(figureIds ?? [])]),
    'chart-id': (id) => say('unknownChartId', id, [...(chartIds ?? [])]),
  };
  const placed = new Map<string, number>();
  // A figure typed as digits can drift from data.yaml; small numbers are too common to judge.
  const typed = context.stated
    .filter((figure) => figure.value >= 10)
    .map((figure) => ({
      figure,
      pattern: new RegExp(`(?<![\\d.,])(?:${figure.value}|${groupedNumber(figure.value)})(?![\\d]|[.,]\\d)`, 'g'),
    }));

  walk(parsed.tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const spec: StoryComponentSpec | undefined = (STORY_COMPONENTS as Record<string, StoryComponentSpec>)[node.name];
      for (const attribute of node.attributes) {
        if (!spec || attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        const kind = spec.attributes[attribute.name];
        if (kind === 'figure-id') shown.add(attribute.value);
        if (kind === 'chart-id') {
          if (placed.has(attribute.value))
            report({
              ...place(node),
              field: `${node.name}.${attribute.name}`,
              ...say('chartPlacedTwice', attribute.value),
            });
          placed.set(attribute.value, (placed.get(attribute.value) ?? 0) + 1);
        }
        const valid = kind && ids[kind];
        if (kind && valid && attribute.value.trim() && !valid.has(attribute.value))
          report({ ...place(node), field: `${node.name}.${attribute.name}`, ...unknown[kind](attribute.value) });
      }
    } else if (node.type === 'text' && node.position?.start.offset !== undefined) {
      const start = node.position.start;
      const source = body.slice(start.offset, node.position.end.offset);
      // Numbers as a reader sees them: full-width digits and digits split by invisible characters too.
      const visible = visibleDigits(source);
      for (const { figure, pattern } of typed)
        for (const match of visible.text.matchAll(pattern)) {
          const [from, to] = visible.written(match.index, match.index + match[0].length);
          const before = source.slice(0, from);
          const newline = before.lastIndexOf('\n');
          report({
            line: start.line + before.split('\n').length - 1,
            column: newline < 0 ? start.column + from : from - newline,
            ...say('typedByHand', typedAs(source.slice(from, to), match[0]), figure.id),
          });
        }
    } else if (node.type === 'image' || node.type === 'imageReference') {
      const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
      if (!node.alt?.trim())
        report({
          ...place(node),
          ...say('imageNoAlt', url ?? '', url ?? 'photo.png'),
        });
      // Astro imports an image file next to the text; a missing one fails the build obscurely.
      const local = url === undefined ? undefined : localImage(url);
      if (local && !present(join(context.dir, local)))
        report({
          ...place(node),
          ...say('imageMissing', url!, local.startsWith('../')),
        });
    } else if (node.type === 'link' || node.type === 'linkReference') {
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
      if (url !== undefined)
        context.links.push({ file, ...place(node), url, locale, page: context.page, published: context.published });
    }
  });
  for (const id of chartIds ?? []) {
    if (!placed.has(id))
      problems.push({
        file,
        field: 'Chart.id',
        ...say('chartNotPlaced', id),
      });
  }
  return shown;
}
