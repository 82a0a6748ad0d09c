/**
 * Web addresses that come from content (a source's `url` and `archived`): what they may be, and
 * the test every such address passes again where it becomes a link. Both use the WHATWG URL
 * parser, the one browsers follow, so what is checked is what a reader's browser would open.
 */

import { say, type Said } from '../i18n/editor/say';

/** Web archives a source's `archived` copy may be kept at, by host name. */
export const ARCHIVE_HOSTS = [
  'web.archive.org',
  'archive.org',
  'archive.ph',
  'archive.today',
  'archive.is',
  'archive.li',
  'archive.md',
  'archive.vn',
  'archive.fo',
  'perma.cc',
] as const;

/** `url`: the original, https (http allowed, with a warning); `archived`: an https copy in a web archive. */
export type AddressKind = 'url' | 'archived';

/** The address parsed, when it is http(s) with a host name; undefined for anything else. */
function parsed(text: string): URL | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why `text` is not an address a source may give, or undefined when it is. Both kinds need a full
 * `https://` address with a public host name and nothing hidden in it; `url` may also be `http://`
 * (the content check warns), and `archived` must be on one of ARCHIVE_HOSTS, judged by the host
 * the parser finds, not by what the text contains.
 */
export function addressProblem(text: string, kind: AddressKind): Said | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'https' && scheme !== 'http') return say('notAWebAddress', scheme);
  if (/[\s\p{Cc}\p{Cf}]/u.test(text)) return say('addressHasSpace');
  const url = parsed(text);
  if (!url) return say('addressNotFull');
  if (url.username || url.password) return say('addressHasUser');
  if (!/\.[a-z0-9-]+$/i.test(url.hostname)) return say('addressNoPublicHost', url.hostname);
  if (kind === 'archived') {
    if (url.protocol !== 'https:') return say('archiveNotHttps');
    if (!(ARCHIVE_HOSTS as readonly string[]).includes(url.hostname)) return say('notAnArchive', url.hostname);
  }
  return undefined;
}

/**
 * The address to write into an `href` or a data file: `text` itself when it is an http(s) address
 * with a host, else undefined. Content is checked when it is read; this keeps a page from ever
 * linking to a `javascript:` or `data:` address should something get past the check.
 */
export function webLink(text: string | undefined): string | undefined {
  return text !== undefined && parsed(text) ? text : undefined;
}
