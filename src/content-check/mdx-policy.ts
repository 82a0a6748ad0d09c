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

/** `<abbr title="…">, <br />, …`: for messages. */
export function htmlElementList(): string {
  return Object.entries(HTML_ELEMENTS)
    .map(([name, rule]) =>
      rule.children ? `<${name}${rule.attributes[0] ? ` ${rule.attributes[0]}="…"` : ''}>` : `<${name} />`,
    )
    .join(', ');
}

/** A BCP 47 language tag such as `zh-CN` or `en`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The Markdown to write instead of an HTML element that Markdown already has. */
const MARKDOWN_FOR: Record<string, string> = {
  a: 'a Markdown link, [text](https://…)',
  img: 'a Markdown image with alt text, ![what it shows](photo.jpg)',
  p: 'a blank line between paragraphs',
  em: '*text*',
  i: '*text*',
  strong: '**text**',
  b: '**text**',
  ul: 'lines starting with "- "',
  ol: 'lines starting with "1. "',
  li: 'lines starting with "- "',
  blockquote: 'lines starting with "> "',
  code: '`code`',
  pre: 'a fenced code block (```)',
  hr: 'a line with ---',
  table: 'a Markdown table, | a | b |',
  h1: '## Heading',
  h2: '## Heading',
  h3: '### Heading',
  h4: '#### Heading',
  h5: '#### Heading',
  h6: '#### Heading',
  del: '~~text~~',
  s: '~~text~~',
};

/** Why an element that is neither a story component nor on the list is refused, and the fix. */
export function refuseHtml(name: string): string {
  const tag = `<${name}>`;
  if (name === 'script') return `${tag} is not allowed: stories cannot run code. Delete it.`;
  if (name === 'style')
    return `${tag} is not allowed: the site's stylesheet styles every story, and the Content Security Policy forbids inline styles. Delete it.`;
  if (['meta', 'link', 'base', 'head', 'title', 'html', 'body'].includes(name))
    return `${tag} is not allowed: a page's <head> (metadata, redirects, base address) belongs to the site layout, not to a story. Delete it.`;
  if (['iframe', 'object', 'embed', 'frame', 'frameset', 'portal', 'applet', 'video', 'audio', 'canvas'].includes(name))
    return `${tag} is not allowed: stories cannot embed other pages or media players. Link to it instead: [what it is](https://…).`;
  if (['form', 'input', 'button', 'textarea', 'select', 'option', 'label', 'fieldset'].includes(name))
    return `${tag} is not allowed: stories cannot hold forms or buttons. Delete it.`;
  if (['svg', 'math', 'template', 'slot', 'noscript'].includes(name))
    return `${tag} is not allowed in stories. Delete it; for a picture use ![what it shows](photo.png).`;
  const markdown = MARKDOWN_FOR[name];
  if (markdown) return `${tag} is not allowed: write ${markdown} instead.`;
  return `${tag} is not allowed in stories. Use Markdown; the only HTML allowed is ${htmlElementList()}.`;
}

/** Why an attribute on a story component or an allowed element is refused, and the fix. */
export function refuseAttribute(tag: string, name: string, allowed: readonly string[]): string {
  if (/^on/i.test(name))
    return `${tag}: ${name}="…" is an event handler, and stories cannot run code. Remove the attribute.`;
  if (name.toLowerCase() === 'style')
    return `${tag}: style="…" is not allowed; the site's stylesheet styles every story. Remove the attribute.`;
  const list = allowed.length
    ? `only ${allowed.map((attribute) => `${attribute}="…"`).join(' and ')}`
    : 'no attributes';
  return `${tag} takes ${list}; remove ${name}="…".`;
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

/** Where images go, for messages. */
export const WHERE_IMAGES_GO =
  "Put the file in the story's own folder and write ![what it shows](photo.png); a picture several stories share goes in content/media/, written ![what it shows](../../media/photo.png).";

/**
 * What is wrong with a link or image address, or undefined when it is fine. Links may go to
 * https, http and mailto addresses and to pages of this site (whether those exist is checked
 * with the whole site, in site-links.ts). Images come only with the content: from the text's own
 * folder or content/media/, where their bytes are checked; the site shows no other site's images
 * (its Content Security Policy blocks them).
 */
export function refuseUrl(url: string, kind: 'link' | 'image'): string | undefined {
  const clean = browserUrl(url);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(clean)?.[1]?.toLowerCase();
  const what = kind === 'link' ? 'link' : 'image';
  if (scheme === 'javascript' || scheme === 'vbscript')
    return `this ${what} is a ${scheme}: address, which runs code when followed; stories cannot run code. ${kind === 'image' ? WHERE_IMAGES_GO : 'Link to an https:// address or a page on this site.'}`;
  if (scheme === 'data')
    return `this ${what} is a data: address, which can hide a page or a script; it is not allowed. ${kind === 'image' ? WHERE_IMAGES_GO : 'Link to an https:// address or a page on this site.'}`;
  if (kind === 'link') {
    if (scheme && !['http', 'https', 'mailto'].includes(scheme))
      return `this link uses ${scheme}:, which is not allowed; use https://…, mailto:… or a path on this site such as /stories/….`;
    if (/^[/\\]{2}/.test(clean))
      return `link "${url}" starts with "//", which leaves the site for whatever host follows: write the whole address, https://…, or a path on this site such as /stories/….`;
    return undefined;
  }
  if (scheme || /^[/\\]{2}/.test(clean))
    return `image "${url}" is on another site, and the site shows only images that come with its content (other sites' images are blocked). ${WHERE_IMAGES_GO}`;
  if (clean.startsWith('/'))
    return `image "${url}" is a path on the site, but images come with the content, not from the site's own folders. ${WHERE_IMAGES_GO}`;
  if (!localImage(clean))
    return `image "${url}" must be a PNG, JPEG, WebP, AVIF, GIF or SVG file with a plain name, in the story's own folder or content/media/ ("../" elsewhere and package paths reach outside them). ${WHERE_IMAGES_GO}`;
  return undefined;
}
