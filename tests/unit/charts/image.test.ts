/**
 * Charts as image files: the SVG says what the chart on the page says, with its source, credit,
 * licence and address, in colours of its own; the PNG renderer gives every run of text the one
 * font file that holds its glyphs, and draws it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { afterAll, describe, expect, it } from 'vitest';
import { ChartPngRenderer, latinQuotes, rasterSvg } from '../../../src/charts/image/png-fs';
import { chartImage, wrapAddress } from '../../../src/charts/image/standalone';
import { serialize } from '../../../src/charts/image/svg';
import { findChart, resolveChart } from '../../../src/charts/model';
import { textWidth } from '../../../src/charts/text';
import { chartView } from '../../../src/charts/view';
import { ui } from '../../../src/i18n/ui';
import { resolveFigures } from '../../../src/lib/figures';
import type { Locale } from '../../../src/lib/locale';
import { pngSize } from '../../../src/og/png';
import { UNITS } from '../../../harness/units';
import { passport } from './support';

const source = {
  publisher: { zh: '人民网', en: "People's Daily Online" },
  title: '学生办证专场',
  date: new Date('2024-01-29'),
  language: 'zh' as const,
};
const address = 'https://casebook.example.org/stories/a-story-with-a-long-slug-for-wrapping/';

/** The image of one of the passport-shaped fixture's charts. */
function image(id: string, locale: Locale) {
  const figures = new Map(resolveFigures(passport, UNITS).map((figure) => [figure.id, figure]));
  const resolved = resolveChart(findChart(passport.charts, id, 'x.mdx'), figures, 'x.mdx');
  return chartImage({ view: chartView(resolved, locale), resolved, locale, sources: [source as never], address });
}
const parse = (svg: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg).svg;
const drawnText = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '')).join('\n');

describe('a chart as an SVG file', () => {
  it.each([
    ['by-age', 'zh'],
    ['compare', 'en'],
    ['share', 'zh'],
    ['share', 'en'],
  ] as const)('%s (%s): valid XML with its title, source, credit and address, sized as it says', (id, locale) => {
    const drawn = image(id, locale);
    const svg = serialize(drawn.root);
    expect(() => SyntaxValidator.validate(svg)).not.toThrow();
    const root = parse(svg);
    expect(root.title['#text']).toBe(`${locale === 'zh' ? '图' : 'Chart '}${id}`);
    expect(root.desc['#text'].length).toBeGreaterThan(10);
    expect([Number(root.width), Number(root.height)]).toEqual([drawn.width, drawn.height]);
    expect(root.viewBox).toBe(`0 0 ${drawn.width} ${drawn.height}`);
    const text = drawnText(svg);
    expect(text).toContain(source.publisher[locale].replace("'", '&apos;'));
    expect(text).toContain(ui(locale).chart.imageCredit(ui(locale).siteName));
    expect(text.replace(/\n/g, '')).toContain(address);
    // Every text lies inside the image.
    for (const [, y] of svg.matchAll(/<text[^>]* y="([\d.]+)"/g)) expect(Number(y)).toBeLessThan(drawn.height);
  });

  it('explains hatching only where something is hatched', () => {
    const words = (id: string) => drawnText(serialize(image(id, 'en').root)).replace(/\n/g, ' ');
    expect(words('by-age')).toContain(ui('en').chart.hatched);
    expect(words('share')).not.toContain(ui('en').chart.hatched);
  });

  it('writes markup characters in labels as entities', () => {
    const drawn = image('compare', 'en');
    drawn.root.children.push({ name: 'text', attributes: { x: 0, y: 0 }, children: ['a < b & "c"'] });
    const svg = serialize(drawn.root);
    expect(() => SyntaxValidator.validate(svg)).not.toThrow();
    expect(svg).toContain('a &lt; b &amp; &quot;c&quot;');
  });
});

describe('wrapAddress', () => {
  it('keeps a short address on one line', () => {
    expect(wrapAddress('https://example.org/a/', 480, 16)).toEqual(['https://example.org/a/']);
  });

  it('breaks a long address after a slash, not inside a word, each line within the width', () => {
    const lines = wrapAddress(address, 400, 16);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(address);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('/')).toBe(true);
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(400);
  });

  it('cuts a part too long for any line where it must, and loses nothing', () => {
    const lines = wrapAddress(address, 200, 16);
    expect(lines.join('')).toBe(address);
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(200);
  });
});

describe('the SVG the PNG is drawn from', () => {
  it.each([
    ['“more than”', '"more than"'],
    ['it’s', "it's"],
    ['‘a’ and “b”', '\'a\' and "b"'],
    // In Chinese the full-width quotes are right.
    ['“余亩”', '“余亩”'],
    ['约“3840”', '约"3840"'],
  ])('latinQuotes(%s) → %s', (text, drawn) => {
    expect(latinQuotes(text)).toBe(drawn);
  });

  it('gives each run of text the font file (and weight) that holds its glyphs', () => {
    const { svg, faces } = rasterSvg(image('by-age', 'zh'), 'by-age.png');
    expect(svg).toContain('xml:space="preserve"');
    const runs = [...svg.matchAll(/<tspan font-family="CasebookChart-([\w-]+)-(400|700)">/g)];
    expect(runs.length).toBeGreaterThan(10);
    expect(new Set(runs.map((run) => run[2]))).toEqual(new Set(['400', '700']));
    expect(faces.map((face) => `${face.subset.id}-${face.weight}`).sort()).toEqual(
      [...new Set(runs.map((run) => `${run[1]}-${run[2]}`))].sort(),
    );
    // The text itself is unchanged: only split into runs.
    expect(drawnText(svg)).toBe(drawnText(serialize(image('by-age', 'zh').root)));
  });

  it('refuses text the font cannot draw, naming the image', () => {
    const drawn = image('compare', 'en');
    drawn.root.children.push({ name: 'text', attributes: { x: 0, y: 10 }, children: ['\u{1F600}'] });
    expect(() => rasterSvg(drawn, 'compare.png')).toThrow(/no glyph for "\u{1F600}" in the chart image compare\.png/u);
  });
});

describe('ChartPngRenderer', () => {
  const cache = mkdtempSync(join(tmpdir(), 'casebook-charts-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('draws a PNG twice the SVG’s size once, then finds it in its cache', async () => {
    const drawn = image('share', 'zh');
    const renderer = new ChartPngRenderer(cache);
    const file = await renderer.file(drawn, 'share.png');
    expect(pngSize(readFileSync(file))).toEqual({ width: 2 * drawn.width, height: 2 * drawn.height });
    expect(await new ChartPngRenderer(cache).file(image('share', 'zh'), 'share.png')).toBe(file);
    expect(renderer.stats.drawn).toBe(1);
    // Another language is another image.
    expect(await renderer.file(image('share', 'en'), 'share.png')).not.toBe(file);
  });
});
