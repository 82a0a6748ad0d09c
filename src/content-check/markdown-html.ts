import { htmlToHast, type HastNode, type MdastNode } from 'satteri';
import { say, type Said } from '../i18n/editor/say';
import { HTML_ELEMENTS, htmlElementList, LANGUAGE_TAG, refuseAttribute, refuseHtml } from './mdx-policy';
import { componentLike } from './mdx-safety';

/**
 * Markdown files (the site's pages) held to the story rule: their raw HTML is parsed with an HTML
 * parser and each element and attribute judged by the list in mdx-policy.ts, as if written in
 * MDX; a heading may carry an anchor (`## Corrections {#corrections}`) and nothing else.
 */

/** The attribute an HTML parser's property name came from: `onError` → onerror, `httpEquiv` → http-equiv. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(?:data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);
  if (/^on/.test(property)) return property.toLowerCase();
  return property.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);
}

/** What is not allowed in a piece of raw HTML in a Markdown file, by the same list as MDX. */
export function rawHtmlProblems(raw: string): Said[] {
  const text = raw.trim();
  if (text.startsWith('<!--')) return [say('markdownHtmlComment')];
  if (/^<[!?]/.test(text)) return [say('markdownDeclaration', text.slice(0, 12), htmlElementList())];
  const problems: Said[] = [];
  // Closing tags leave nothing in a parsed fragment: they may close only what the list allows.
  for (const [, name] of text.matchAll(/<\/\s*([A-Za-z][^\s/>]*)/g)) {
    const lower = name!.toLowerCase();
    if (!HTML_ELEMENTS[lower]?.children) problems.push(refuseHtml(lower));
  }
  const visit = (node: HastNode) => {
    if (node.type === 'comment') problems.push(say('markdownHtmlComment'));
    if (node.type === 'element') {
      const name = node.tagName;
      const written = new RegExp(`<\\s*(${name})\\b`, 'i').exec(text)?.[1] ?? name;
      const html = HTML_ELEMENTS[name];
      if (!html) {
        const component = componentLike(written);
        problems.push(component && /^[A-Z]/.test(written) ? say('componentInMarkdown', written) : refuseHtml(name));
        return;
      }
      const tag = `<${name}>`;
      for (const [property, value] of Object.entries(node.properties ?? {})) {
        const attribute = attributeName(property);
        if (!(html.attributes as readonly string[]).includes(attribute))
          problems.push(refuseAttribute(tag, attribute, html.attributes));
        else if (typeof value !== 'string' || !value.trim()) problems.push(say('attributeNeedsValue', tag, attribute));
        else if (attribute === 'lang' && !LANGUAGE_TAG.test(value)) problems.push(say('badLang', tag, value));
      }
    }
    if ('children' in node) for (const child of node.children as HastNode[]) visit(child);
  };
  visit(htmlToHast(text, { fragment: true }));
  return problems;
}

/** Markdown heading attributes (`## Title {#id}`): an anchor to link to is all a heading may carry. */
export function headingProblem(node: MdastNode): Said | undefined {
  const properties = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
  if (!properties) return undefined;
  const extra = Object.keys(properties).filter((name) => name !== 'id');
  if (extra.length)
    return say(
      'headingExtra',
      extra.map((name) => attributeName(name)),
    );
  const id = properties.id;
  if (typeof id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(id)) return say('headingAnchor', String(id));
  return undefined;
}
