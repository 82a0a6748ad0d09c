/**
 * SVG as plain data: an element tree built in TypeScript and written out as text. The chart
 * images (./standalone.ts) are files, not page markup, so they are built here rather than by
 * Astro; the PNG renderer writes the same tree with each text split into runs of one font.
 */

/** An attribute value; undefined leaves the attribute out. */
export type SvgValue = string | number | undefined;

/** One element: its name, attributes and children (elements or text). */
export interface SvgElement {
  name: string;
  attributes: Record<string, SvgValue>;
  children: SvgChild[];
}
export type SvgChild = SvgElement | string;

/** An element. */
export function h(name: string, attributes: Record<string, SvgValue> = {}, ...children: SvgChild[]): SvgElement {
  return { name, attributes, children };
}

/** Text for XML: markup characters as entities, so labels can hold `<`, `&` or quotes. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!,
  );
}

/**
 * Writes the text of an element: by default escaped as it is; the PNG renderer passes a writer
 * that wraps runs of the text in <tspan>s.
 */
export type TextWriter = (text: string, parent: SvgElement) => string;

const plain: TextWriter = (text) => escapeXml(text);

/** The tree as SVG markup, with no white space between elements. */
export function serialize(element: SvgElement, text: TextWriter = plain): string {
  const attributes = Object.entries(element.attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  if (element.children.length === 0) return `<${element.name}${attributes}/>`;
  const inner = element.children
    .map((child) => (typeof child === 'string' ? text(child, element) : serialize(child, text)))
    .join('');
  return `<${element.name}${attributes}>${inner}</${element.name}>`;
}

/** Every text in the tree, in document order. */
export function texts(element: SvgElement): string[] {
  return element.children.flatMap((child) => (typeof child === 'string' ? [child] : texts(child)));
}
