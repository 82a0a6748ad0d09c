import { say, type Said } from '../i18n/editor/say';

/**
 * What a story may contain besides Markdown and the story components: a few HTML elements and
 * attributes, and the URLs links and images may point at. Shared by the content check and the
 * MDX compile guard, so both apply one rule.
 */

/** An HTML element stories may use, and why it is on the list. */
interface HtmlElementRule {
  /** Attributes it may carry; their values must be literal text. */
  attributes: readonly ('lang' | 'title')[];
  /** Whether it wraps text (`<sub>2</sub>`) or stands alone (`<br />`). */
  children: boolean;
}

/**
 * The short list. Markdown covers everything else; these are what it cannot say:
 * - `abbr`: spells out an abbreviation (`<abbr title="Communist Party of China">CPC</abbr>`).
 * - `span`: marks text in the other language (`<span lang="zh-CN">耐火厂</span>`) so screen
 *   readers pronounce it and the right font is used.
 * - `sub`, `sup`: units and formulae (m², CO₂) that Markdown has no syntax for.
 * - `br`: a line break inside an address or a table cell.
 */
export const HTML_ELEMENTS: Readonly<Record<string, HtmlElementRule>> = {
  abbr: { attributes: ['title', 'lang'], children: true },
  span: { attributes: ['lang', 'title'], children: true },
  sub: { attributes: ['lang', 'title'], children: true },
  sup: { attributes: ['lang', 'title'], children: true },
  br: { attributes: [], children: false },
};

/** `<abbr title="…">`, `<br />`, …: for messages. */
export function htmlElementList(): string[] {
  return Object.entries(HTML_ELEMENTS).map(([name, rule]) =>
    rule.children ? `<${name}${rule.attributes[0] ? ` ${rule.attributes[0]}="…"` : ''}>` : `<${name} />`,
  );
}

/** A BCP 47 language tag such as `zh-CN` or `en`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** HTML elements Markdown writes itself: the message says how (the catalogue holds the Markdown for each). */
const MARKDOWN_ELEMENTS = new Set(
  'a img p em i strong b ul ol li blockquote code pre hr table h1 h2 h3 h4 h5 h6 del s'.split(' '),
);

/** Why an element that is neither a story component nor on the list is refused, and the fix. */
export function refuseHtml(name: string): Said {
  const tag = `<${name}>`;
  if (name === 'script') return say('noScript', tag);
  if (name === 'style') return say('noStyle', tag);
  if (['meta', 'link', 'base', 'head', 'title', 'html', 'body'].includes(name)) return say('noHead', tag);
  if (['iframe', 'object', 'embed', 'frame', 'frameset', 'portal', 'applet', 'video', 'audio', 'canvas'].includes(name))
    return say('noEmbed', tag);
  if (['form', 'input', 'button', 'textarea', 'select', 'option', 'label', 'fieldset'].includes(name))
    return say('noForm', tag);
  if (['svg', 'math', 'template', 'slot', 'noscript'].includes(name)) return say('noSvg', tag);
  if (MARKDOWN_ELEMENTS.has(name)) return say('useMarkdown', tag, name);
  return say('htmlNotAllowed', tag, htmlElementList());
}

/** Why an attribute on a story component or an allowed element is refused, and the fix. */
export function refuseAttribute(tag: string, name: string, allowed: readonly string[]): Said {
  if (/^on/i.test(name)) return say('eventHandler', tag, name);
  if (name.toLowerCase() === 'style') return say('styleAttribute', tag);
  return say('attributeNotTaken', tag, [...allowed], name);
}

/** The URL as a browser reads it: without tabs, line breaks and leading control characters or spaces. */
export function browserUrl(url: string): string {
  return [...url].filter((char) => char.charCodeAt(0) > 0x20 && !(char >= '\u007f' && char <= '\u009f')).join('');
}

/** The image formats a story may carry, by file extension. */
const FORMATS = {
  png: 'PNG',
  jpg: 'JPEG',
  jpeg: 'JPEG',
  webp: 'WebP',
  avif: 'AVIF',
  gif: 'GIF',
  svg: 'SVG',
} as const;

export type ImageFormat = (typeof FORMATS)[keyof typeof FORMATS];

/** Extensions of image files, for patterns: `png|jpg|…`. */
export const IMAGE_EXTENSIONS = Object.keys(FORMATS);

/** The format an image file's name promises, if its extension is an image's. */
export function imageFormat(name: string): ImageFormat | undefined {
  const extension = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  return extension ? (FORMATS as Record<string, ImageFormat>)[extension] : undefined;
}

/** A name in content/, as a pattern: letters, digits, "-" and "_", with dots only between them (no spaces, no hidden files, no ".."). */
export const NAME = '[A-Za-z0-9][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*';
const IMAGE_EXTENSION = `\\.(?:${IMAGE_EXTENSIONS.join('|')})`;

/** An image in the text's own folder (`photo.png`, `./photo.png`). */
const OWN_IMAGE = new RegExp(`^(?:\\./)?${NAME}${IMAGE_EXTENSION}$`, 'i');
/** An image shared by several texts, in content/media/: two folders up from any story or page. */
const MEDIA_IMAGE = new RegExp(`^\\.\\./\\.\\./media/${NAME}${IMAGE_EXTENSION}$`, 'i');

/** Where an image may be: the path to check for the file, relative to the text's folder; undefined otherwise. */
export function localImage(url: string): string | undefined {
  return OWN_IMAGE.test(url) || MEDIA_IMAGE.test(url) ? url : undefined;
}

/**
 * What is wrong with a link or image address, or undefined when it is fine. Links may go to
 * https, http and mailto addresses and to pages of this site (whether those exist is checked
 * with the whole site, in site-links.ts). Images come only with the content: from the text's own
 * folder or content/media/, where their bytes are checked; the site shows no other site's images
 * (its Content Security Policy blocks them).
 */
export function refuseUrl(url: string, kind: 'link' | 'image'): Said | undefined {
  const clean = browserUrl(url);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(clean)?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'vbscript') return say('codeAddress', kind, scheme);
  if (scheme === 'data') return say('dataAddress', kind);
  if (kind === 'link') {
    if (scheme && !['http', 'https', 'mailto'].includes(scheme)) return say('linkScheme', scheme);
    if (/^[/\\]{2}/.test(clean)) return say('linkLeavesSite', url);
    return undefined;
  }
  if (scheme || /^[/\\]{2}/.test(clean)) return say('imageOtherSite', url);
  if (clean.startsWith('/')) return say('imageSitePath', url);
  if (!localImage(clean)) return say('imageNotLocal', url);
  return undefined;
}
