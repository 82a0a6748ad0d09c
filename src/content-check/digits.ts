import { say, type Said } from '../i18n/editor/say';

/**
 * Numbers as a reader sees them. "５９８" (full-width digits) and "5​98" (a zero-width space
 * inside) read as 598 on the page, so the hand-typed-number rule must see 598 too: other decimal
 * digits become ASCII digits and invisible characters are dropped, with a map back to the text
 * as written so a message can point at it and quote it.
 */

/** Characters that take no space on the page: format characters (zero-width space and joiners, bidi marks, soft hyphen, BOM) and the grapheme joiner. */
const INVISIBLE = /^[\p{Cf}\u034f]$/u;
const DECIMAL = /^\p{Nd}$/u;

/** The value of a decimal digit of any script: digits come in runs of ten, 0 to 9 (a Unicode rule). */
function digitValue(char: string): string {
  const ascii = char.normalize('NFKC');
  if (/^[0-9]$/.test(ascii)) return ascii;
  let code = char.codePointAt(0)!;
  let run = 0;
  while (DECIMAL.test(String.fromCodePoint(code - 1))) {
    code--;
    run++;
  }
  return String(run % 10);
}

/** Text with its digits as ASCII and invisible characters removed. */
export interface VisibleText {
  text: string;
  /** Where `text.slice(start, end)` is in the text as written: [start, end). */
  written: (start: number, end: number) => [number, number];
}

/** `text` as a reader reads its numbers. */
export function visibleDigits(text: string): VisibleText {
  if (!/[\p{Cf}\u034f]|(?![0-9])\p{Nd}/u.test(text)) return { text, written: (start, end) => [start, end] };
  let out = '';
  /** For each UTF-16 unit of `out`, the start and end of the character it came from. */
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    if (!INVISIBLE.test(char)) {
      const mapped = DECIMAL.test(char) && !/[0-9]/.test(char) ? digitValue(char) : char;
      for (let unit = 0; unit < mapped.length; unit++) {
        starts.push(index);
        ends.push(index + char.length);
      }
      out += mapped;
    }
    index += char.length;
  }
  return {
    text: out,
    written: (start, end) => [starts[start] ?? index, end > start ? ends[end - 1]! : (starts[start] ?? index)],
  };
}

/** How a number was typed, for a message: as written, with a note when it is not plain ASCII digits. */
export function typedAs(original: string, visible: string): string | Said {
  if (original === visible) return visible;
  const hidden = [...original].filter((char) => INVISIBLE.test(char));
  const code = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const shown = [...original].filter((char) => !INVISIBLE.test(char)).join('');
  const digits = shown === visible ? '' : /[\uff10-\uff19]/.test(shown) ? 'full-width' : 'other';
  return say('typedAs', shown, visible, digits, [...new Set(hidden.map(code))]);
}
