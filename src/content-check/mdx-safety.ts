import { type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { STORY_COMPONENTS, storyComponentList, type StoryComponentSpec } from '../lib/story-components';
import { headingProblem, rawHtmlProblems } from './markdown-html';
import { HTML_ELEMENTS, LANGUAGE_TAG, refuseAttribute, refuseHtml, refuseUrl } from './mdx-policy';

/**
 * The rule that makes a story file as harmless as Markdown, applied to the MDX syntax tree
 * (satteri's mdast, with positions): Markdown, the story components with literal attributes,
 * and the short list of HTML in mdx-policy.ts. Everything else is reported with its place.
 * Pure: the content check and the compile guards (mdx-guard.ts) both run it. Markdown files
 * (the site's pages) are held to the same list: their raw HTML is parsed with an HTML parser
 * and each element and attribute checked as if it were written in MDX.
 *
 * `{…}` is code in MDX, so every expression is refused, comments `{/* … *\/}` included: a
 * comment is harmless, but telling one from code needs a JavaScript parser, and one rule
 * ("no braces") is easier for an editor to follow.
 */

/** One thing in a story that is not allowed, with its 1-based place in the MDX source. */
export interface Finding {
  line: number;
  column: number;
  message: string;
  /** The attribute concerned, e.g. `Figure.id`, when there is one. */
  field?: string;
}

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/** Markdown node types a story may contain as they are. */
const MARKDOWN = new Set([
  'root',
  'paragraph',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'code',
  'inlineCode',
  'text',
  'emphasis',
  'strong',
  'delete',
  'break',
  'table',
  'tableRow',
  'tableCell',
  'footnoteDefinition',
  'footnoteReference',
]);

const COMPONENTS: Readonly<Record<string, StoryComponentSpec>> = STORY_COMPONENTS;

/** The story component an editor most likely meant by `name` (any case), if any. */
export function componentLike(name: string): string | undefined {
  return Object.keys(COMPONENTS).find((component) => component.toLowerCase() === name.toLowerCase());
}

/** How to write a component correctly, e.g. `<Figure id="spaces" />`. */
export function componentExample(name: string, values: Record<string, string> = {}): string {
  const spec = COMPONENTS[name]!;
  const attributes = Object.keys(spec.attributes)
    .map((attribute) => ` ${attribute}="${values[attribute] ?? '…'}"`)
    .join('');
  return spec.children ? `<${name}${attributes}>…</${name}>` : `<${name}${attributes} />`;
}

/** 1-based line and column of each string index, computed once per source. */
function locator(source: string): (index: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = source.indexOf('\n'); index >= 0; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: index - starts[low]! + 1 };
  };
}

/** Link and image definitions (`[pic]: photo.png`) by identifier: what reference links and images show. */
export function definitionsOf(tree: MdastNode): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: MdastNode) => {
    // As in Markdown, the first definition of a name wins.
    if (node.type === 'definition' && !found.has(node.identifier)) found.set(node.identifier, node.url);
    if ('children' in node) for (const child of node.children) walk(child as MdastNode);
  };
  walk(tree);
  return found;
}

/** Literal attribute values of an element, by name (expressions and spreads left out). */
function literalAttributes(node: Element): Record<string, string> {
  const values: Record<string, string> = {};
  for (const attribute of node.attributes)
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
      values[attribute.name] = attribute.value;
  return values;
}

/** Everything in an MDX tree that a story may not contain. `source` is the text that was parsed. */
export function unsafeConstructs(tree: MdastNode, source: string): Finding[] {
  const findings: Finding[] = [];
  const locate = locator(source);
  const at = (node: { position?: MdastNode['position'] }, message: string, field?: string) => {
    const start = node.position?.start;
    findings.push({ line: start?.line ?? 1, column: start?.column ?? 1, message, ...(field ? { field } : {}) });
  };
  const atIndex = (index: number, message: string) => findings.push({ ...locate(index), message });
  const sourceOf = (node: MdastNode) => {
    const { start, end } = node.position ?? {};
    return start?.offset === undefined || end?.offset === undefined
      ? { text: '', offset: 0 }
      : { text: source.slice(start.offset, end.offset), offset: start.offset };
  };

  function attributes(node: Element, tag: string, allowed: readonly string[]): Record<string, string> {
    const seen = new Set<string>();
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        at(
          node,
          `${tag}: {${attribute.value}} is code, which stories cannot contain; write each attribute as name="text".`,
        );
        continue;
      }
      const { name, value } = attribute;
      const field = `${node.name}.${name}`;
      if (!allowed.includes(name)) at(node, refuseAttribute(tag, name, allowed), field);
      else if (seen.has(name)) at(node, `${tag}: ${name}="…" is given twice; keep one.`, field);
      else if (value === null || value === undefined)
        at(node, `${tag}: ${name} needs a value in quotes, e.g. ${name}="…".`, field);
      else if (typeof value !== 'string')
        at(
          node,
          `${tag}: ${name}={${value.value}} is code; attribute values must be text in quotes, e.g. ${name}="${value.value.replace(/^\s*["'`]?|["'`]?\s*$/g, '') || '…'}".`,
          field,
        );
      else if (!value.trim()) at(node, `${tag}: ${name}="" is empty; write a value between the quotes.`, field);
      seen.add(name);
    }
    return literalAttributes(node);
  }

  function element(node: Element): boolean {
    const name = node.name;
    if (name === null) {
      at(node, 'fragments <>…</> are not allowed in stories; delete the <> and </>.');
      return false;
    }
    const spec = COMPONENTS[name];
    if (spec) {
      const tag = `<${name}>`;
      const values = attributes(node, tag, Object.keys(spec.attributes));
      for (const required of Object.keys(spec.attributes))
        if (!node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === required))
          at(node, `${tag} needs ${required}="…": ${spec.usage}.`, `${name}.${required}`);
      if (!spec.children && node.children.length)
        at(node, `${tag} does not wrap text: write it on its own, ${componentExample(name, values)}.`);
      return spec.children;
    }
    const meant = componentLike(name);
    if (meant) {
      at(
        node,
        `<${name}> is not a story component: did you mean ${componentExample(meant, literalAttributes(node))}? Component names start with a capital letter.`,
      );
      return false;
    }
    const html = HTML_ELEMENTS[name];
    if (html) {
      const tag = `<${name}>`;
      const values = attributes(node, tag, html.attributes);
      if (values.lang !== undefined && values.lang.trim() && !LANGUAGE_TAG.test(values.lang))
        at(node, `${tag}: lang="${values.lang}" is not a language tag; use zh-CN or en.`, `${name}.lang`);
      if (!html.children && node.children.length) at(node, `${tag} does not wrap text; write <${name} /> on its own.`);
      return html.children;
    }
    if (/^[A-Z]|[.:]/.test(name))
      at(node, `<${name}> is not a story component. Stories may use: ${storyComponentList()}.`);
    else at(node, refuseHtml(name));
    return false;
  }

  /** Story components typed so that they show as text: full-width ＜Figure／＞, or an escaped \<Figure. */
  function lookAlikes(node: MdastNode) {
    const { text, offset } = sourceOf(node);
    for (const match of text.matchAll(/(\\<|&lt;|&#0*60;|&#x0*3c;|＜)\s*[/／]?\s*([A-Za-z]+)/gi)) {
      const meant = componentLike(match[2]!);
      if (!meant) continue;
      const id = /\bid\s*[=＝]\s*["'“”‘’]([^"'“”‘’]*)/.exec(text.slice(match.index))?.[1];
      const how = match[1] === '＜' ? 'is typed with full-width ＜ ／ ＞' : `has an escaped "<" (${match[1]})`;
      atIndex(
        offset + match.index,
        `"${match[0]}" ${how}, so it shows as text instead of a ${meant}: type it with plain < / >, ${componentExample(meant, id ? { id } : {})}.`,
      );
    }
    for (const match of text.matchAll(/(?<!\\)\}/g))
      atIndex(
        offset + match.index,
        'a "}" with no "{" before it: in MDX braces mark code. Delete it, or write \\} to show the character.',
      );
  }

  function visit(node: MdastNode): void {
    let descend = true;
    switch (node.type) {
      case 'mdxjsEsm':
        at(
          node,
          /^\s*import\b/.test(node.value)
            ? `imports are not allowed in stories: ${storyComponentList()} are available without one. Delete the line.`
            : 'exports are not allowed in stories: an export is code that runs when the site is built. Delete it; figures belong in data.yaml.',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(
          node,
          /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)
            ? 'comments {/* … */} are not allowed: in MDX anything in {…} is code. Delete it; leave notes for other editors in the pull request.'
            : `{${node.value.length > 30 ? `${node.value.slice(0, 30)}…` : node.value}} is code, which stories cannot contain. Delete the braces; write \\{ to show a brace, <Figure id="…" /> for a figure.`,
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        descend = element(node);
        break;
      case 'link':
      case 'definition': {
        const problem = refuseUrl(node.url, 'link');
        if (problem) at(node, problem);
        break;
      }
      case 'image':
      case 'imageReference': {
        // A reference image ![x][pic] shows the address its definition [pic]: … gives.
        const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
        const problem = url === undefined ? undefined : refuseUrl(url, 'image');
        if (problem) at(node, problem);
        break;
      }
      case 'linkReference':
        break;
      case 'html':
        for (const problem of rawHtmlProblems(node.value)) at(node, problem);
        break;
      case 'heading': {
        const problem = headingProblem(node);
        if (problem) at(node, problem);
        break;
      }
      case 'paragraph': {
        const { text } = sourceOf(node);
        if (/^(?:import|export)\s+(?:[\w${*]|default\b)/.test(text))
          at(
            node,
            `this line starts like an ${text.startsWith('import') ? 'import' : 'export'}, and stories cannot import or export code. Delete it, or start the sentence differently.`,
          );
        break;
      }
      case 'text':
        lookAlikes(node);
        break;
      default:
        if (!MARKDOWN.has(node.type)) {
          at(node, `${node.type} is not allowed in stories; use plain Markdown.`);
          descend = false;
        }
    }
    if (descend && 'children' in node) for (const child of node.children) visit(child as MdastNode);
  }

  const definitions = definitionsOf(tree);
  visit(tree);
  return findings;
}
