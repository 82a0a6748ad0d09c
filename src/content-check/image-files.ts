import { SyntaxValidator } from 'fast-xml-validator';
import { XMLParser } from 'fast-xml-parser';
import { say, type Said } from '../i18n/editor/say';
import { imageFormat, type ImageFormat } from './mdx-policy';

/**
 * Image files in content/, judged by their bytes rather than their names: a `.png` that is really
 * text, a script or another format is refused, and an SVG may draw but not run code or load
 * anything. Messages say what the file is not, never what it holds.
 */

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** The raster format the bytes are in, from their signature; undefined when none matches. */
function rasterFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'PNG';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'JPEG';
  if (['GIF87a', 'GIF89a'].includes(ascii(bytes, 0, 6))) return 'GIF';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'WebP';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    // The ftyp box lists the major brand and the compatible ones: an AVIF names avif (or avis, a sequence).
    const size = Math.min(bytes.length, new DataView(bytes.buffer, bytes.byteOffset).getUint32(0));
    for (let offset = 8; offset + 4 <= size; offset += 4)
      if (['avif', 'avis'].includes(ascii(bytes, offset, offset + 4))) return 'AVIF';
  }
  return undefined;
}

/** SVG elements that run code, show other documents or load files: none is needed to draw a picture. */
const SVG_FORBIDDEN = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
  'image',
  'feimage',
  'a',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'discard',
]);

/** SVG elements that draw, group or describe: what an exported chart, map or logo uses. */
const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'metadata',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textpath',
  'lineargradient',
  'radialgradient',
  'stop',
  'pattern',
  'clippath',
  'mask',
  'marker',
  'filter',
  'style',
  'switch',
  'view',
]);

/** Filter primitives (feGaussianBlur, feOffset, …) draw effects; feImage loads a file and is refused above. */
const isFilterPrimitive = (name: string) => /^fe[a-z]+$/.test(name);

/** `url(#id)` points inside the picture; any other url(…) loads a file. */
const loadsFile = (value: string) => /url\(\s*(?!['"]?#)/i.test(value) || /@import/i.test(value);

interface XmlNode {
  [name: string]: XmlNode[] | Record<string, string> | string | undefined;
}

/** What in an SVG document runs code or loads something, or undefined when it only draws. */
function svgContentProblem(text: string): Said | undefined {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return say('svgDeclaration');
  try {
    SyntaxValidator.validate(text);
  } catch {
    return say('svgNotXml');
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    allowBooleanAttributes: true,
    processEntities: false,
    parseTagValue: false,
    commentPropName: '#comment',
    cdataPropName: '#cdata',
  });
  const nodes = parser.parse(text) as XmlNode[];
  let root: string | undefined;
  const check = (list: XmlNode[], depth: number): Said | undefined => {
    for (const node of list) {
      const name = Object.keys(node).find((key) => key !== ':@')!;
      if (name === '#text' || name === '#comment' || name === '#cdata') continue;
      if (name.startsWith('?')) {
        if (name === '?xml') continue;
        return say('svgInstruction', name);
      }
      const local = name.slice(name.indexOf(':') + 1).toLowerCase();
      if (depth === 0) root ??= local;
      if (SVG_FORBIDDEN.has(local))
        return say('svgRunsCode', name, local === 'script' || local === 'handler' || local === 'listener');
      // Editors' own namespaces (inkscape:, sodipodi:, rdf:) hold metadata that is never drawn.
      if (!name.includes(':') && !SVG_ELEMENTS.has(local) && !isFilterPrimitive(local))
        return say('svgNotDrawing', name);
      for (const [attribute, value] of Object.entries((node[':@'] as Record<string, string> | undefined) ?? {})) {
        const bare = attribute.slice(attribute.indexOf(':') + 1).toLowerCase();
        if (bare.startsWith('on')) return say('svgHandler', attribute, name);
        if (bare === 'href' && !String(value).trim().startsWith('#')) return say('svgHref', attribute, name);
        if (loadsFile(String(value))) return say('svgLoads', attribute, name);
      }
      if (local === 'style' && JSON.stringify(node[name]).match(/url\(\s*(?!['"]?#)|@import/i))
        return say('svgStyleLoads');
      const problem = check((node[name] as XmlNode[] | undefined) ?? [], depth + 1);
      if (problem) return problem;
    }
    return undefined;
  };
  const problem = check(nodes, 0);
  if (problem) return problem;
  if (root !== 'svg') return say('svgNotSvg');
  return undefined;
}

/**
 * What is wrong with an image file's bytes given its name, or undefined when they are the image
 * the name says. `bytes` are the file's whole contents.
 */
export function imageProblem(name: string, bytes: Uint8Array): Said | undefined {
  const promised = imageFormat(name);
  if (!promised) return undefined;
  if (promised === 'SVG') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return say('svgNotText');
    }
    return svgContentProblem(text);
  }
  const actual = rasterFormat(bytes);
  if (actual === promised) return undefined;
  const extension = actual === 'JPEG' ? 'jpg' : actual?.toLowerCase();
  return actual ? say('imageIsOther', promised, actual, extension!) : say('notAnImage', promised);
}
