/**
 * The card's layout as a satori element tree: plain `{ type, props }` objects, no React.
 * Pure code. Colours are the site's light theme (src/styles/global.css). Font sizes are chosen
 * per card from an estimate of each text's width, so a long title shrinks instead of overflowing.
 */
import { langTag } from '../lib/locale';
import { splitTitle, type Card, type PageCard, type StoryCard } from './cards';

/** Width and height of a card in pixels: the size Open Graph consumers expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** An element as satori takes it. */
export interface CardNode {
  type: string;
  props: { style?: Style; children?: CardChild | CardChild[]; [attribute: string]: unknown };
}
/** An element or a text. */
export type CardChild = CardNode | string;
type Style = Record<string, string | number>;

const colour = {
  paper: '#fbfaf7',
  surface: '#ffffff',
  text: '#1d1f21',
  muted: '#4f5660',
  line: '#d8d4cc',
  accent: '#0b6e4f',
  accentSoft: '#e3f1ea',
  contour: '#e4ece6',
};

const TOP_RULE = 12;
const PAD_TOP = 56;
const PAD_BOTTOM = 56;
const PAD_X = 72;
/** Width of the text column. */
const INNER = CARD_WIDTH - 2 * PAD_X;
const MASTHEAD = 44;
const TITLE_GAP = 40;
/** Least space kept between the title block and what sits at the foot of the card. */
const MIN_GAP = 32;
const TITLE_LEADING = 1.18;

/**
 * An element. Flex is satori's native layout and lets balanced titles wrap well; boxes are
 * border-box, as in the site's stylesheet, so widths include padding.
 */
function el(type: string, style: Style, children?: CardChild | CardChild[]): CardNode {
  const full = { display: 'flex', boxSizing: 'border-box', ...style };
  return { type, props: children === undefined ? { style: full } : { style: full, children } };
}

/**
 * A text cut to `lines` lines with an ellipsis. Line clamps work in satori's block layout only,
 * and there without balanced wrapping, so clamped texts are blocks and titles are not clamped.
 */
function clamped(style: Style, lines: number, text: string): CardNode {
  return el('div', { ...style, display: 'block', lineClamp: lines }, text);
}

/**
 * Estimated width of a text in ems, for choosing font sizes: CJK characters are square; Latin
 * letters, digits and spaces narrower (measured on Noto Sans SC Bold, rounded up).
 */
export function textEms(text: string): number {
  let ems = 0;
  for (const char of text) {
    if (char.codePointAt(0)! >= 0x2e80) ems += 1;
    else if (char === ' ') ems += 0.24;
    else if (/[A-Z0-9]/.test(char)) ems += 0.62;
    else if (/[ijlI.,:;'!|]/.test(char)) ems += 0.3;
    else ems += 0.56;
  }
  return ems;
}

/** Estimated lines of a text at a font size in a width, allowing for lines that words do not fill. */
export function linesAt(text: string, size: number, width: number): number {
  return Math.max(1, Math.ceil((textEms(text) * size) / (width * 0.9)));
}

/**
 * Faint contour lines bleeding off the right edge, a nod to Guiyang's karst hills: closed rings
 * whose radius wobbles with a few sine terms, the same on every card.
 */
function contours(): string {
  return Array.from({ length: 9 }, (_, ring) => {
    const radius = 36 + ring * 38;
    const points = Array.from({ length: 72 }, (_, step) => {
      const angle = (step / 72) * 2 * Math.PI;
      const wobble = 1 + 0.09 * Math.sin(3 * angle + ring * 0.5) + 0.05 * Math.sin(5 * angle + 1.3 - ring * 0.3);
      const r = radius * wobble;
      return `${(1120 + r * Math.cos(angle)).toFixed(1)},${(272 + r * Math.sin(angle) * 0.82).toFixed(1)}`;
    });
    // Crisp edges: at this faint colour the steps do not show, and the PNG is a sixth smaller.
    return `<path d="M${points.join('L')}Z" fill="none" stroke="${colour.contour}" stroke-width="3" shape-rendering="crispEdges"/>`;
  }).join('');
}

/**
 * What is drawn under satori's layer, as SVG markup: paper, the green rule along the top, the
 * contours and the site's mark (its favicon) where the masthead leaves room for it. Drawn here
 * rather than by satori, whose borders, inline SVG and overflow clips become masks, clip paths
 * and embedded images that made resvg ten times slower.
 */
export function cardBackdrop(): string {
  backdrop ??=
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${colour.paper}"/>` +
    contours() +
    `<rect width="${CARD_WIDTH}" height="${TOP_RULE}" fill="${colour.accent}"/>` +
    `<g transform="translate(${PAD_X} ${TOP_RULE + PAD_TOP}) scale(${MASTHEAD / 32})">` +
    `<rect width="32" height="32" rx="6" fill="${colour.accent}"/>` +
    `<path d="M9 23V9h8a5 5 0 0 1 0 10h-4v4z" fill="#fff"/></g>`;
  return backdrop;
}
let backdrop: string | undefined;

/** Site name (unless the title repeats it) on the left, the kicker as a tag on the right. */
function masthead(card: Card, kicker: string | undefined): CardNode {
  const name =
    card.title === card.siteName ? [] : [el('div', { marginLeft: 16, fontSize: 28, fontWeight: 700 }, card.siteName)];
  const tag = kicker
    ? [
        el(
          'div',
          {
            marginLeft: 32,
            padding: '5px 18px 7px',
            borderRadius: 999,
            background: colour.accentSoft,
            color: colour.accent,
            fontSize: 24,
            fontWeight: 700,
          },
          kicker,
        ),
      ]
    : [];
  return el('div', { height: MASTHEAD, alignItems: 'center', justifyContent: 'space-between', width: '100%' }, [
    // The mark is drawn by cardBackdrop() in the room left here.
    el('div', { alignItems: 'center', color: colour.text }, [
      el('div', { width: MASTHEAD, height: MASTHEAD }),
      ...name,
    ]),
    ...tag,
  ]);
}

/**
 * Headline and subtitle in `height`: the largest headline size at which the estimated lines of
 * both fit. Titles wrap balanced, for even lines and no orphan word.
 */
function titleBlock(headline: string, subtitle: string | undefined, height: number, sizes: number[]): CardNode {
  const subSize = subtitle && linesAt(subtitle, 36, INNER) > 1 ? 32 : 36;
  const subHeight = subtitle ? 14 + linesAt(subtitle, subSize, INNER) * Math.round(subSize * 1.35) : 0;
  const headHeight = (size: number) => linesAt(headline, size, INNER) * Math.round(size * TITLE_LEADING);
  const size = sizes.find((candidate) => headHeight(candidate) + subHeight <= height) ?? sizes.at(-1)!;
  const text = { width: INNER, textWrap: 'balance' };
  return el('div', { flexDirection: 'column', width: INNER }, [
    el(
      'div',
      {
        ...text,
        fontSize: size,
        fontWeight: 700,
        lineHeight: TITLE_LEADING,
        letterSpacing: size >= 60 ? -0.5 : 0,
        color: colour.text,
      },
      headline,
    ),
    ...(subtitle
      ? [el('div', { ...text, marginTop: 14, fontSize: subSize, lineHeight: 1.35, color: colour.muted }, subtitle)]
      : []),
  ]);
}

/** The story's first key figure, like the site's key-figure cards: white, with a green top rule. */
function figurePanel(figure: NonNullable<StoryCard['figure']>): { node: CardNode; height: number } {
  const valueSize = Math.round(Math.max(48, Math.min(88, 500 / textEms(figure.value))));
  const valueWidth = Math.min(560, textEms(figure.value) * valueSize);
  // The label shares a row with the value: a long label gets a smaller size, not an ellipsis.
  const labelWidth = INNER - 2 * 32 - valueWidth - 36;
  const labelSize = linesAt(figure.label, 28, labelWidth) <= 2 ? 28 : 24;
  const labelLines = Math.min(3, linesAt(figure.label, labelSize, labelWidth));
  const inner = Math.max(valueSize * 1.1, labelLines * Math.round(labelSize * 1.3) + 6 + 29);
  // Borders as backgrounds: a border of two colours would cost a mask and clip paths.
  const node = el('div', { flexDirection: 'column', width: '100%', padding: '0 1px 1px', background: colour.line }, [
    el('div', { height: 6, background: colour.accent }),
    el('div', { alignItems: 'center', padding: '22px 31px 23px', background: colour.surface }, [
      el(
        'div',
        { fontSize: valueSize, fontWeight: 700, lineHeight: 1.1, color: colour.accent, flexShrink: 0, maxWidth: 560 },
        figure.value,
      ),
      el('div', { flexDirection: 'column', flex: 1, marginLeft: 36, minWidth: 0 }, [
        el('div', { fontSize: labelSize, lineHeight: 1.3, textWrap: 'balance', color: colour.text }, figure.label),
        el('div', { marginTop: 6, fontSize: 22, color: colour.muted }, figure.period),
      ]),
    ]),
  ]);
  return { node, height: Math.ceil(inner) + 22 + 24 + 6 + 1 };
}

/** A text under a rule at the foot of the card: a story's summary or the site's tagline. */
function footNote(text: string): { node: CardNode; height: number } {
  const lines = linesAt(text, 28, INNER);
  const style = { width: '100%', fontSize: 28, lineHeight: 1.45, color: colour.muted };
  // Balanced when the estimate says it fits in two lines; cut with an ellipsis when it does not.
  const body = lines <= 2 ? el('div', { ...style, textWrap: 'balance' }, text) : clamped(style, 2, text);
  const node = el('div', { flexDirection: 'column', width: '100%' }, [
    el('div', { height: 2, marginBottom: 22, background: colour.line }),
    body,
  ]);
  return { node, height: 24 + Math.min(2, lines) * Math.round(28 * 1.45) };
}

/** The card's layer of text: title block at the head, `foot` at the foot, on a transparent ground. */
function frame(card: Card, head: CardNode, foot: CardNode): CardNode {
  return {
    type: 'div',
    props: {
      lang: langTag(card.locale),
      style: {
        display: 'flex',
        boxSizing: 'border-box',
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: `${TOP_RULE + PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px`,
      },
      children: [head, foot],
    },
  };
}

/** Height left for the title block above a foot of `footHeight`. */
function titleSpace(footHeight: number): number {
  return CARD_HEIGHT - TOP_RULE - PAD_TOP - PAD_BOTTOM - MASTHEAD - TITLE_GAP - footHeight - MIN_GAP;
}

function storyCardElement(card: StoryCard): CardNode {
  const { headline, subtitle } = splitTitle(card.title);
  const foot = card.figure ? figurePanel(card.figure) : footNote(card.summary);
  const title = titleBlock(headline, subtitle, titleSpace(foot.height), [84, 76, 68, 60, 54, 48, 44, 40, 36]);
  const head = el('div', { flexDirection: 'column', width: '100%' }, [
    masthead(card, card.theme),
    el('div', { marginTop: TITLE_GAP }, [title]),
  ]);
  return frame(card, head, foot.node);
}

function pageCardElement(card: PageCard): CardNode {
  const foot = footNote(card.tagline);
  const title = titleBlock(card.title, card.subtitle, titleSpace(foot.height) - 24, [104, 92, 80, 68, 60]);
  const head = el('div', { flexDirection: 'column', width: '100%' }, [
    masthead(card, card.kicker),
    el('div', { marginTop: TITLE_GAP + 24 }, [title]),
  ]);
  return frame(card, head, foot.node);
}

/** The element tree of a card, for satori. */
export function cardElement(card: Card): CardNode {
  return card.kind === 'story' ? storyCardElement(card) : pageCardElement(card);
}

/** Every text an element tree draws, in order: what the card says, and the glyphs its font must hold. */
export function elementTexts(node: CardChild): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(elementTexts);
}
