/**
 * Text measured and wrapped without a browser. SVG text does not wrap, and charts are drawn at
 * build time, so lines are broken here from estimated glyph widths. The estimates err wide (a
 * line breaks a little early rather than running off the chart) for the system fonts the site
 * uses: CJK characters are one em, Latin letters about half an em.
 */

/** CJK ideographs, kana, hangul, CJK punctuation and full-width forms: one em each. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[ijlfrtI.,:;'!|()[\]’‘]/;
const SPACE = /\s/;
const WIDE_LATIN = /[mwMW@%]/;
const UPPER_OR_DIGIT = /[A-Z0-9#&$¥+?—–]/;

/** Marks that must not begin a line (they stay with the text before them). */
const NO_LINE_START = /^[，。、；：！？）」』】〕”’,.;:!?)\]}%…·]$/u;
/** Marks that must not end a line (they go with the text after them). */
const NO_LINE_END = /^[（「『【〔“‘([{¥$]$/u;

/** Width of one character, in em (calibrated on DejaVu Sans, a wide fallback, to err wide). */
export function charWidth(char: string): number {
  if (WIDE.test(char)) return 1;
  if (SPACE.test(char)) return 0.33;
  if (NARROW.test(char)) return 0.38;
  if (WIDE_LATIN.test(char)) return 0.95;
  if (UPPER_OR_DIGIT.test(char)) return 0.7;
  return 0.63;
}

/** Bold Latin runs about 12% wider; CJK characters stay one em. */
const BOLD = 1.12;

/** Estimated width of `text` at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : charWidth(char) * (bold ? BOLD : 1);
  return ems * fontSize;
}

/**
 * Pieces a line may break between: a Latin word with its trailing space, or one CJK character;
 * punctuation sticks to its neighbour as Chinese typesetting expects.
 */
export function breakPoints(text: string): string[] {
  const pieces: string[] = [];
  let word = '';
  const flush = () => {
    if (word) pieces.push(word);
    word = '';
  };
  const onlyOpeners = () => word !== '' && [...word].every((c) => NO_LINE_END.test(c));
  for (const char of text) {
    if (NO_LINE_START.test(char)) {
      // Closing marks join what came before, even across a break already made.
      if (word) word += char;
      else if (pieces.length) pieces[pieces.length - 1] += char;
      else word = char;
      if (WIDE.test(char)) flush();
    } else if (WIDE.test(char) && /\d$/.test(word)) {
      // A number keeps its counter or unit: 3840个, 2023年, 11月.
      word += char;
      flush();
    } else if (WIDE.test(char)) {
      if (!onlyOpeners()) flush();
      word += char;
      if (!NO_LINE_END.test(char)) flush();
    } else if (SPACE.test(char)) {
      word += char;
      flush();
    } else {
      word += char;
    }
  }
  flush();
  return pieces;
}

/** Splits a piece too long for any line into chunks that fit. */
function splitLong(piece: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const char of piece) {
    if (chunk && textWidth(chunk + char, fontSize, bold) > maxWidth) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

/** Breaks `text` into lines no wider than `maxWidth` (estimated), keeping words whole where they fit. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakPoints(text.trim())) {
    const candidate = line + piece;
    if (!line || textWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth) {
      line = candidate;
    } else {
      lines.push(line.trimEnd());
      line = piece;
    }
    if (textWidth(line.trimEnd(), fontSize, bold) > maxWidth) {
      const chunks = splitLong(line.trimEnd(), maxWidth, fontSize, bold);
      lines.push(...chunks.slice(0, -1));
      line = chunks.at(-1)!;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
