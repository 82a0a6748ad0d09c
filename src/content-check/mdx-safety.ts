import { type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { say, type Said } from '../i18n/editor/say';
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

/** One thing in a story that is not allowed, with its 1-based place in the MDX source, and the message. */
export type Finding = Said & {
  line: number;
  column: number;
  /** The attribute concerned, e.g. `Figure.id`, when there is one. */
  field?: string;
};

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
  const at = (node: { position?: MdastNode['position'] }, said: Said, field?: string) => {
    const start = node.position?.start;
    findings.push({ line: start?.line ?? 1, column: start?.column ?? 1, ...said, ...(field ? { field } : {}) });
  };
  const atIndex = (index: number, said: Said) => findings.push({ ...locate(index), ...said });
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
        at(node, say('expressionAttribute', tag, attribute.value));
        continue;
      }
      const { name, value } = attribute;
      const field = `${node.name}.${name}`;
      if (!allowed.includes(name)) at(node, refuseAttribute(tag, name, allowed), field);
      else if (seen.has(name)) at(node, say('attributeTwice', tag, name), field);
      else if (value === null || value === undefined) at(node, say('attributeNeedsValue', tag, name), field);
      else if (typeof value !== 'string')
        at(
          node,
          say('attributeIsCode', tag, name, value.value, value.value.replace(/^\s*["'`]?|["'`]?\s*$/g, '') || '…'),
          field,
        );
      else if (!value.trim()) at(node, say('attributeEmpty', tag, name), field);
      seen.add(name);
    }
    return literalAttributes(node);
  }

  function element(node: Element): boolean {
    const name = node.name;
    if (name === null) {
      at(node, say('fragment'));
      return false;
    }
    const spec = COMPONENTS[name];
    if (spec) {
      const tag = `<${name}>`;
      const values = attributes(node, tag, Object.keys(spec.attributes));
      for (const required of Object.keys(spec.attributes))
        if (!node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === required))
          at(node, say('componentNeeds', tag, required, name), `${name}.${required}`);
      if (!spec.children && node.children.length)
        at(node, say('componentWrapsNothing', tag, componentExample(name, values)));
      return spec.children;
    }
    const meant = componentLike(name);
    if (meant) {
      at(node, say('didYouMean', name, componentExample(meant, literalAttributes(node))));
      return false;
    }
    const html = HTML_ELEMENTS[name];
    if (html) {
      const tag = `<${name}>`;
      const values = attributes(node, tag, html.attributes);
      if (values.lang !== undefined && values.lang.trim() && !LANGUAGE_TAG.test(values.lang))
        at(node, say('badLang', tag, values.lang), `${name}.lang`);
      if (!html.children && node.children.length) at(node, say('htmlWrapsNothing', tag, name));
      return html.children;
    }
    if (/^[A-Z]|[.:]/.test(name)) at(node, say('notAComponent', name, storyComponentList()));
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
      atIndex(
        offset + match.index,
        say('lookAlike', match[0], match[1]!, meant, componentExample(meant, id ? { id } : {})),
      );
    }
    for (const match of text.matchAll(/(?<!\\)\}/g)) atIndex(offset + match.index, say('strayCloseBrace'));
  }

  function visit(node: MdastNode): void {
    let descend = true;
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, /^\s*import\b/.test(node.value) ? say('noImports', storyComponentList()) : say('noExports'));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(
          node,
          /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)
            ? say('mdxComment')
            : say('codeExpression', node.value.length > 30 ? `${node.value.slice(0, 30)}…` : node.value),
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
          at(node, say('importLikeLine', text.startsWith('import') ? 'import' : 'export'));
        break;
      }
      case 'text':
        lookAlikes(node);
        break;
      default:
        if (!MARKDOWN.has(node.type)) {
          at(node, say('nodeNotAllowed', node.type));
          descend = false;
        }
    }
    if (descend && 'children' in node) for (const child of node.children) visit(child as MdastNode);
  }

  const definitions = definitionsOf(tree);
  visit(tree);
  return findings;
}
