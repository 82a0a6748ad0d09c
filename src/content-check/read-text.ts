import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { relative } from 'node:path';
import type { Problem } from '../lib/problems';
import { say, type Said } from '../i18n/editor/say';
import { sizeProblem } from './limits';

/**
 * Reading content files as text, once, the same way for YAML and MDX. Astro reads them as
 * UTF-8 and silently turns bad bytes into "�", so the check says so first, with the place.
 *
 * Every file is opened without following a symbolic link and read only when it is a regular
 * file: a link committed in a pull request can point anywhere (/etc/passwd, a script), and what
 * it points at is never read, so no message can show it.
 */

/**
 * Why an entry that should be a regular file (or a folder) is not one, for an editor; undefined
 * when it is what is expected.
 */
export function notAFile(
  stats: Pick<Stats, 'isFile' | 'isDirectory' | 'isSymbolicLink'>,
  expected: 'file' | 'folder' = 'file',
): Said | undefined {
  if (stats.isSymbolicLink()) return say('isLink', expected);
  if (expected === 'folder') return stats.isDirectory() ? undefined : say('fileNotFolder');
  if (stats.isDirectory()) return say('folderNotFile');
  if (!stats.isFile()) return say('notRegularFile');
  return undefined;
}

/** Whether anything (a file, a folder, a link, even a broken one) is at `path`. */
export function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The bytes of a regular file; a problem, without reading, when `path` is a link, a folder or a device. */
export function readBytes(root: string, path: string): { bytes: Buffer } | { problem: Problem } {
  const file = relative(root, path);
  let descriptor: number;
  try {
    // O_NOFOLLOW: the link itself is refused, never what it points at; O_NONBLOCK: a pipe does not hang the check.
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const stats = code === 'ELOOP' || code === 'EMLINK' ? lstatSync(path, { throwIfNoEntry: false }) : undefined;
    return { problem: { file, ...((stats && notAFile(stats)) ?? say('cannotRead', code ?? 'unknown error')) } };
  }
  try {
    const wrong = notAFile(fstatSync(descriptor));
    return wrong ? { problem: { file, ...wrong } } : { bytes: readFileSync(descriptor) };
  } finally {
    closeSync(descriptor);
  }
}

/** Control characters (C0 except tab, line feed and carriage return; DEL; C1): invisible, never wanted. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

/** 1-based line and column (UTF-16 code units) of a string index. */
export function positionAt(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}

/** Index in `text` of the first character that UTF-8 decoding had to replace, if any. */
function firstBadByte(bytes: Uint8Array, text: string, start: number): { index: number; byte: number } | undefined {
  let offset = start;
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!;
    if (code === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) {
      return { index, byte: bytes[offset]! };
    }
    offset += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (code >= 0x10000) index++;
  }
  return undefined;
}

/**
 * Checks that `bytes` are UTF-8 text without control characters and returns the text without a
 * byte-order mark (which Astro's readers also ignore). Line endings are left as they are:
 * CRLF is fine everywhere.
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problem: { file, line: 1, column: 1, ...say('utf16') },
    };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  const bad = firstBadByte(bytes, text, bom ? 3 : 0);
  if (bad) {
    const { line, column } = positionAt(text, bad.index);
    const hex = `0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      problem: {
        file,
        line,
        column,
        ...say('notUtf8', hex),
      },
    };
  }
  let index = 0;
  while (index < text.length && !isControl(text.charCodeAt(index))) index++;
  if (index < text.length) {
    const { line, column } = positionAt(text, index);
    const code = text.charCodeAt(index);
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return { problem: { file, line, column, ...say('controlCharacter', name, code) } };
  }
  return { text };
}

/**
 * Reads a content file as text; a problem instead when it is not a regular file, is too large
 * (neither is read at all) or is not clean UTF-8.
 */
export function readText(root: string, path: string): { text: string } | { problem: Problem } {
  // Too large is said without reading (a link is refused by readBytes without following it).
  const before = lstatSync(path, { throwIfNoEntry: false });
  const early = before?.isFile() ? sizeProblem(before.size) : undefined;
  if (early) return { problem: { file: relative(root, path), ...early } };
  const read = readBytes(root, path);
  if ('problem' in read) return read;
  const tooLarge = sizeProblem(read.bytes.length);
  return tooLarge
    ? { problem: { file: relative(root, path), ...tooLarge } }
    : decodeText(relative(root, path), read.bytes);
}
