/**
 * Text measurement without a browser. SVG text does not wrap, so charts lay out labels at build
 * time from an estimate: a CJK character is one em wide, Latin letters about half of one. The
 * estimate errs wide so that text stays inside the space given to it.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of one character in em. */
function charWidth(char: string): number {
  if (WIDE.test(char)) return 1;
  if (char === ' ') return 0.3;
  if (/[ilj.,:;'|!()[\]]/.test(char)) return 0.3;
  if (/[mwMW@%]/.test(char)) return 0.85;
  if (/[A-Z0-9]/.test(char)) return 0.65;
  return 0.55;
}

/** Estimated width of `text` at `fontSize` user units. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

/** Cuts `text` to fit `width`, ending it with an ellipsis when something was cut. */
export function truncate(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, fontSize) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `width`: between words in languages that
 * use spaces, between any two characters in Chinese. The last line is truncated with an ellipsis
 * when the text is longer than the lines can hold.
 */
export function wrap(text: string, width: number, fontSize: number, maxLines: number): string[] {
  // Tokens: a run of non-space Latin characters (with its trailing space), or one CJK character.
  const tokens = text.match(/[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]+\s*|\S\s*|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let index = 0;
  while (index < tokens.length && lines.length < maxLines - 1) {
    const token = tokens[index]!;
    const closing = /^[，。、：；！？）」』”’]/.test(token); // never start a line with these
    if (line !== '' && !closing && textWidth((line + token).trimEnd(), fontSize) > width) {
      // A closing mark may hang one em past the edge; only a single over-long word is cut.
      lines.push(truncate(line.trimEnd(), width + fontSize, fontSize));
      line = '';
      continue;
    }
    line += token;
    index += 1;
  }
  const rest = line + tokens.slice(index).join('');
  if (rest.trim() !== '') lines.push(truncate(rest.trim(), width, fontSize));
  return lines;
}
