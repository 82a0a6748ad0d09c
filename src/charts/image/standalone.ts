/**
 * A chart as an image file of its own, for a slide or an article: its title and period, the
 * drawing, its note, its source, the site's credit and licence and the story's address, all in
 * the image, in the site's light colours with every style written on the elements (no stylesheet,
 * no custom properties), so the file looks the same wherever it is opened. The drawings reuse the
 * geometry of the charts on the page; text is a little larger than the page's, for slides.
 */
import { ui } from '../../i18n/ui';
import { formatDate } from '../../lib/format';
import { langTag, type Locale } from '../../lib/locale';
import type { Source } from '../../schemas/vocabulary';
import type { BarLayout } from '../bar/geometry';
import { keyFigureCards } from '../key-figures/cards';
import { CARD_RULE, keyFiguresLayout, type KeyFiguresLayout } from '../key-figures/geometry';
import { CHART_WIDTH, FONT_SIZE, round, textBlock, type TextLine } from '../layout';
import type { ResolvedChart } from '../model';
import type { PartOfWholeLayout } from '../part-of-whole/geometry';
import { textWidth, wrapText } from '../text';
import type { ChartView } from '../view';
import { h, type SvgChild, type SvgElement } from './svg';

/** The site's light colours (src/styles/global.css, src/charts/charts.css): series 0 is "the rest". */
export const IMAGE_COLOURS = {
  paper: '#ffffff',
  card: '#fbfaf7',
  text: '#1d1f21',
  muted: '#4f5660',
  line: '#d8d4cc',
  series: ['#6b7280', '#0b6e4f', '#c45a00', '#2a63b8', '#a4508b'],
} as const;

/** Fonts a viewer is asked for, Noto Sans SC first (the PNG is drawn with it). */
export const IMAGE_FONTS =
  "'Noto Sans SC', 'Source Han Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Margin around the chart, and the sizes and leading of the title and the small print. */
const PAD = 24;
const TITLE_SIZE = 24;
const TITLE_LEADING = 32;
const PERIOD_SIZE = 18;
const PERIOD_LEADING = 24;
const SMALL_SIZE = 16;
const SMALL_LEADING = 22;
const TOP_RULE = 6;

/** What a chart image is drawn from. */
export interface ChartImageInput {
  view: ChartView;
  resolved: ResolvedChart;
  locale: Locale;
  /** The sources behind the chart's figures. */
  sources: Source[];
  /** The story's address, printed at the foot of the image. */
  address: string;
}

/** A chart image: its size in user units (the SVG's pixels) and its element tree. */
export interface ChartImage {
  width: number;
  height: number;
  root: SvgElement;
}

type Weight = 400 | 700;

function text(line: TextLine, size: number, fill: string, weight: Weight = 400): SvgElement {
  return h(
    'text',
    { x: line.x, y: line.y, 'font-size': size, 'font-weight': weight === 700 ? 700 : undefined, fill },
    line.text,
  );
}

/** Diagonal hatching in a series colour, for derived values, as on the page (src/charts/Hatch.astro). */
function hatch(tone: number): SvgElement {
  return h(
    'pattern',
    { id: `hatch-${tone}`, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    h('rect', { width: 8, height: 8, fill: IMAGE_COLOURS.paper }),
    h('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: IMAGE_COLOURS.series[tone], 'stroke-width': 4 }),
  );
}

/** Fill (and outline, for derived values) of a bar or segment. */
function paint(tone: number, derived: boolean): Record<string, string | number> {
  const colour = IMAGE_COLOURS.series[tone]!;
  return derived ? { fill: `url(#hatch-${tone})`, stroke: colour, 'stroke-width': 2 } : { fill: colour };
}

/** An address broken after its slashes, not inside a word, where it is wider than `width`. */
export function wrapAddress(address: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of address.split(/(?<=\/)/)) {
    if (line && textWidth(line + piece, size) > width) {
      lines.push(line);
      line = '';
    }
    line += piece;
  }
  return [...lines, line].flatMap((part) => wrapText(part, width, size));
}

interface Drawing {
  height: number;
  tones: number[];
  elements: SvgChild[];
}

function barDrawing(layout: BarLayout): Drawing {
  const elements = layout.rows.map((row) =>
    h(
      'g',
      {},
      ...row.label.map((line) => text(line, FONT_SIZE, IMAGE_COLOURS.text)),
      h('rect', { ...row.bar, ...paint(1, row.derived) }),
      h('line', {
        x1: layout.zero,
        x2: layout.zero,
        y1: row.bar.y - 4,
        y2: row.bar.y + row.bar.height + 4,
        stroke: IMAGE_COLOURS.muted,
        'stroke-width': 2,
      }),
      ...row.value.map((line) => text(line, FONT_SIZE, IMAGE_COLOURS.text, 700)),
    ),
  );
  return { height: layout.height, tones: layout.rows.some((row) => row.derived) ? [1] : [], elements };
}

function partOfWholeDrawing(layout: PartOfWholeLayout): Drawing {
  const lines = (block: TextLine[]) =>
    block.map((line, index) => text(line, FONT_SIZE, IMAGE_COLOURS.text, index === 0 ? 700 : 400));
  const elements = [
    ...lines(layout.heading),
    ...layout.segments.map((segment) =>
      h(
        'g',
        {},
        h('rect', { ...segment.rect, ...paint(segment.tone, segment.derived) }),
        h('rect', { ...segment.swatch, ...paint(segment.tone, segment.derived) }),
        ...lines(segment.key),
      ),
    ),
  ];
  const tones = [...new Set(layout.segments.filter((segment) => segment.derived).map((segment) => segment.tone))];
  return { height: layout.height, tones, elements };
}

function keyFiguresDrawing(layout: KeyFiguresLayout): Drawing {
  const elements = layout.cards.map((card) =>
    h(
      'g',
      {},
      h('rect', { ...card.rect, fill: IMAGE_COLOURS.card, stroke: IMAGE_COLOURS.line, 'stroke-width': 1 }),
      h('rect', {
        x: card.rect.x,
        y: card.rect.y,
        width: card.rect.width,
        height: CARD_RULE,
        fill: IMAGE_COLOURS.series[1],
      }),
      ...card.value.map((line) => text(line, layout.valueSize, IMAGE_COLOURS.text, 700)),
      ...card.label.map((line) => text(line, FONT_SIZE, IMAGE_COLOURS.text)),
      ...card.when.map((line) => text(line, layout.smallSize, IMAGE_COLOURS.muted)),
    ),
  );
  return { height: layout.height, tones: [], elements };
}

/** The words of a chart image besides its title: its description, and the lines at its foot above the address. */
export function imageWords(input: ChartImageInput, hatched: boolean): { desc: string; footer: string[] } {
  const { view, resolved, locale, sources } = input;
  const t = ui(locale);
  const desc =
    view.desc ||
    keyFigureCards(resolved.figures, locale)
      .map((card) => `${card.label}${t.colon}${card.value}${t.paren(card.period).trimEnd()}`)
      .join(t.periodSeparator);
  const cited = sources.map((source) => t.chart.sourceItem(source.publisher[locale], formatDate(source.date, locale)));
  const footer = [
    `${t.chart.source}${t.colon}${cited.join(t.listSeparator)}`,
    ...(hatched ? [t.chart.hatched] : []),
    t.chart.imageCredit(t.siteName),
  ];
  return { desc, footer };
}

/** The image of a chart, in the language of its view. */
export function chartImage(input: ChartImageInput): ChartImage {
  const { view, resolved, locale } = input;
  const t = ui(locale);
  const width = CHART_WIDTH + 2 * PAD;
  const body: SvgChild[] = [];
  let y = PAD + TOP_RULE;

  const block = (content: string | string[], size: number, leading: number, fill: string, weight: Weight = 400) => {
    const wrapped = typeof content === 'string' ? wrapText(content, CHART_WIDTH, size, weight === 700) : content;
    const lines = textBlock(wrapped, PAD, y, leading, size);
    body.push(...lines.map((line) => text(line, size, fill, weight)));
    y += lines.length * leading;
  };

  block(view.title, TITLE_SIZE, TITLE_LEADING, IMAGE_COLOURS.text, 700);
  if (view.period) block(view.period, PERIOD_SIZE, PERIOD_LEADING, IMAGE_COLOURS.muted);
  y += 16;
  const drawing = view.bar
    ? barDrawing(view.bar)
    : view.partOfWhole
      ? partOfWholeDrawing(view.partOfWhole)
      : keyFiguresDrawing(keyFiguresLayout(keyFigureCards(resolved.figures, locale), t.derived));
  const { desc, footer } = imageWords(input, drawing.tones.length > 0);
  body.push(h('g', { transform: `translate(${PAD} ${round(y)})` }, ...drawing.elements));
  y += drawing.height + 20;
  if (view.note) {
    block(view.note, SMALL_SIZE, SMALL_LEADING, IMAGE_COLOURS.text);
    y += 8;
  }
  for (const line of footer) block(line, SMALL_SIZE, SMALL_LEADING, IMAGE_COLOURS.muted);
  block(wrapAddress(input.address, CHART_WIDTH, SMALL_SIZE), SMALL_SIZE, SMALL_LEADING, IMAGE_COLOURS.muted);
  const height = Math.ceil(y + PAD - (SMALL_LEADING - SMALL_SIZE));

  const root = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'title desc',
      'xml:lang': langTag(locale),
      'font-family': IMAGE_FONTS,
    },
    h('title', { id: 'title' }, view.title),
    h('desc', { id: 'desc' }, desc),
    ...(drawing.tones.length ? [h('defs', {}, ...drawing.tones.map(hatch))] : []),
    h('rect', { width, height, fill: IMAGE_COLOURS.paper }),
    h('rect', { width, height: TOP_RULE, fill: IMAGE_COLOURS.series[1] }),
    ...body,
  );
  return { width, height, root };
}
