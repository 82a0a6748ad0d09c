/**
 * Reusing a story's charts: each chart as an image file of its own (SVG and PNG, both languages),
 * and each chart's embed page, which another site may frame while every other page refuses to be
 * framed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { LOCALES, langTag, localePath } from '../../src/lib/locale';
import { isEmbedPath, routes } from '../../src/lib/paths';
import { pngSize } from '../../src/og/png';
import { axeViolationsInBothSchemes } from '../../harness/axe';
import { publishedCatalog } from '../../harness/catalog';
import { DIST, fileOf, page } from '../../harness/dist';
import { siteInBrowser } from '../../harness/site-browser';

const catalog = publishedCatalog();
/** Every chart of every published story, in each language. */
const charts = catalog.stories.flatMap((story) => story.data.charts.map((chart) => ({ story, chart })));
const storyPath = (story: (typeof catalog.stories)[number]) => localePath(story.locale, routes.story(story.slug));
const embedPath = ({ story, chart }: (typeof charts)[number]) =>
  localePath(story.locale, routes.embed(story.slug, chart.id));
const label = ({ story, chart }: (typeof charts)[number]) => `${chart.id} (${story.locale})`;
/** The canonical address of a built page. */
const canonical = (path: string) => page(path)('link[rel=canonical]').attr('href')!;

const site = siteInBrowser();

/** The RGBA pixels of a PNG this site wrote (8-bit RGBA, rows unfiltered), to look at what it shows. */
function pngPixels(png: Buffer): { width: number; height: number; at: (x: number, y: number) => number[] } {
  const { width, height } = pngSize(png);
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT')
      chunks.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const row = width * 4 + 1;
  return {
    width,
    height,
    at: (x, y) => {
      expect(raw[y * row], 'rows are unfiltered').toBe(0);
      const start = y * row + 1 + x * 4;
      return [...raw.subarray(start, start + 4)];
    },
  };
}

/** Text of an XML text node as written, with its entities read. */
const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name]!,
  );

describe('each chart as an image file', () => {
  it('the stories have charts', () => expect(charts.length).toBeGreaterThanOrEqual(2 * LOCALES.length));

  it.each(charts.map((entry) => [label(entry), entry] as const))(
    '%s: an SVG with its title, source, licence and story address in it, in light colours and styles of its own',
    (_, { story, chart }) => {
      const path = localePath(story.locale, routes.chartImage(story.slug, chart.id, 'svg'));
      const figure = page(storyPath(story))(`figure.chart[data-chart="${chart.id}"]`);
      expect(figure.find(`a[href="${path}"]`).attr('type')).toBe('image/svg+xml');
      const text = readFileSync(join(DIST, fileOf(path)!), 'utf8');
      expect(() => SyntaxValidator.validate(text)).not.toThrow();
      const svg = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text).svg;
      expect(svg.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(svg['xml:lang']).toBe(langTag(story.locale));
      expect(svg.title['#text']).toBe(chart.title[story.locale]);
      expect(Number(svg.width)).toBeGreaterThanOrEqual(480);
      const words = [...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => unescapeXml(match[1]!)).join(' ');
      expect(words).toContain(chart.title[story.locale].slice(0, 8));
      for (const id of new Set(chart.figures.flatMap((figure) => story.figures.find((f) => f.id === figure)!.sources)))
        expect(words).toContain(story.sources.find((source) => source.id === id)!.publisher[story.locale]);
      expect(words).toContain('CC BY 4.0');
      expect(words).toContain(ui(story.locale).siteName);
      expect(words.replaceAll(' ', '')).toContain(canonical(storyPath(story)));
      // Self-contained: no stylesheet, classes or custom properties for a slide program to miss.
      expect(text).not.toMatch(/<style|class=|var\(|<image|href="http/);
      expect(text).toMatch(/fill="#ffffff"/);
    },
  );

  it.each(charts.map((entry) => [label(entry), entry] as const))(
    '%s: a PNG twice the SVG’s size, white, with its title drawn in dark text',
    (_, { story, chart }) => {
      const path = localePath(story.locale, routes.chartImage(story.slug, chart.id, 'png'));
      const figure = page(storyPath(story))(`figure.chart[data-chart="${chart.id}"]`);
      expect(figure.find(`a[href="${path}"]`).attr('type')).toBe('image/png');
      const png = readFileSync(join(DIST, fileOf(path)!));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.length).toBeGreaterThan(10_000);
      expect(png.length).toBeLessThan(1_000_000);
      const svg = readFileSync(join(DIST, fileOf(path.replace(/\.png$/, '.svg'))!), 'utf8');
      const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
      const pixels = pngPixels(png);
      expect(pixels).toMatchObject({ width: 2 * Number(width), height: 2 * Number(height) });
      expect(pixels.at(pixels.width - 4, pixels.height - 4)).toEqual([255, 255, 255, 255]);
      // The title's first line (about 60 to 100 pixels down): glyphs drawn, in the font the build
      // gave resvg, not left out for want of one.
      let dark = 0;
      for (let y = 60; y < 100; y++) for (let x = 48; x < pixels.width - 48; x++) if (pixels.at(x, y)[0]! < 100) dark++;
      expect(dark, 'dark pixels of the title').toBeGreaterThan(2000);
    },
  );
});

/** Every page a Pagefind index holds, by its address. */
function indexedPages(): string[] {
  return readdirSync(join(DIST, 'pagefind', 'fragment')).map((name) => {
    const bytes = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', name)));
    return (JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as { url: string }).url;
  });
}

describe('each chart’s embed page', () => {
  it.each(charts.map((entry) => [label(entry), entry] as const))(
    '%s: the chart and a link back to its story, no script, asks not to be indexed, and is not in the search index',
    (_, entry) => {
      const { story, chart } = entry;
      const $ = page(embedPath(entry));
      expect($('html').attr('lang')).toBe(langTag(story.locale));
      expect($('meta[name=robots]').attr('content')).toBe('noindex');
      expect($('[data-pagefind-body]').length).toBe(0);
      expect($('script').length).toBe(0);
      // Light: its HTML and styles, and nothing else, in a few kilobytes.
      const styles = $('link[rel=stylesheet]')
        .toArray()
        .map((link) => link.attribs.href!);
      expect($('img, link[rel=preload], link[rel=modulepreload]').length).toBe(0);
      const bytes = [embedPath(entry), ...styles].reduce(
        (sum, path) => sum + gzipSync(readFileSync(join(DIST, fileOf(path)!))).length,
        0,
      );
      expect(bytes, 'gzip bytes of the page and its styles').toBeLessThan(8 * 1024);
      expect($(`figure.chart[data-chart="${chart.id}"] figcaption`).text()).toContain(chart.title[story.locale]);
      expect($(`.embed-footer a[href="${storyPath(story)}"]`).text()).toContain(story.title);
      // Every link leaves the frame for a tab of its own.
      for (const link of $('a').toArray()) expect(link.attribs.target, link.attribs.href).toBe('_blank');
      expect(indexedPages().filter((url) => isEmbedPath(url))).toEqual([]);
    },
  );

  it.each(charts.map((entry) => [label(entry), entry] as const))(
    '%s: the story shows the code that embeds it, with a button to copy it',
    (_, entry) => {
      const { story, chart } = entry;
      const figure = page(storyPath(story))(`figure.chart[data-chart="${chart.id}"]`);
      const code = figure.find('details.chart-embed code');
      expect(code.text()).toMatch(/^<iframe [^\n]*><\/iframe>$/);
      const frame = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(code.text()).iframe;
      expect(frame.src).toBe(new URL(embedPath(entry), canonical(storyPath(story))).href);
      expect(frame.title).toBe(chart.title[story.locale]);
      expect(Number(frame.height)).toBeGreaterThan(200);
      expect(figure.find(`button[data-copy="${code.attr('id')}"]`).length).toBe(1);
      expect(figure.find(`a[href="${embedPath(entry)}"]`).length).toBe(1);
    },
  );
});

/** A page on another origin (another port) holding frames of the site's pages. */
async function framingSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const host: Server = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  return {
    url: `http://localhost:${(host.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => host.close(() => resolve())),
  };
}

describe('framing by another site, in Chromium', () => {
  it.each(LOCALES)(
    '%s: each embed page shows inside its embed code’s frame, whole; a story page refuses to be framed',
    async (locale) => {
      const embeds = charts.filter(({ story }) => story.locale === locale);
      const story = storyPath(embeds[0]!.story);
      // The embed codes as the stories give them, pointing at this test's server instead of the deployed site.
      const snippets = embeds.map((entry) =>
        page(storyPath(entry.story))(`figure.chart[data-chart="${entry.chart.id}"] details.chart-embed code`)
          .text()
          .replace(new URL(canonical(story)).origin, site.url),
      );
      const host = await framingSite(`<!doctype html><html lang="en"><title>Another site</title>
        ${snippets.map((snippet) => `<div style="width:600px">${snippet}</div>`).join('\n')}
        <iframe name="story" src="${site.url}${story}" title="story" width="600" height="400"></iframe>`);
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        expect(new URL(host.url).origin).not.toBe(site.url);
        const tab = await context.newPage();
        const refused: string[] = [];
        tab.on('console', (message) => message.type() === 'error' && refused.push(message.text()));
        await tab.goto(host.url);
        await tab.waitForLoadState('load');
        for (const entry of embeds) {
          const embed = tab.frames().find((frame) => frame.url() === site.url + embedPath(entry));
          expect(embed, `${label(entry)}: the embed page loaded in its frame`).toBeDefined();
          await expect.poll(() => embed!.locator('figure.chart h1').innerText()).toBe(entry.chart.title[locale]);
          // Whole in the height the code gives it: nothing to scroll inside the frame.
          const [content, frame] = await embed!.evaluate(() => [document.documentElement.scrollHeight, innerHeight]);
          expect(content, `${label(entry)}: the embed page fits the frame's height`).toBeLessThanOrEqual(frame!);
        }
        const storyFrame = tab.frames().find((frame) => frame.name() === 'story')!;
        // Chromium shows its own error page in the frame instead of the story.
        expect(storyFrame.url()).not.toBe(site.url + story);
        expect(await storyFrame.locator('article').count()).toBe(0);
        expect(refused.join('\n')).toMatch(/frame-ancestors 'none'/);
      } finally {
        await context.close();
        await host.close();
      }
    },
  );
});

describe('embed pages in a browser', () => {
  it.each(charts.map((entry) => [embedPath(entry)]))(
    '%s at 320 px: axe clean in both schemes, nothing wider than the screen',
    async (path) => {
      const { page: tab, done } = await site.view(path, { width: 320, height: 640 });
      await tab.evaluate(() =>
        document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')),
      );
      expect(await axeViolationsInBothSchemes(tab)).toEqual([]);
      const wide = await tab.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((element) => element.tagName),
      );
      expect(wide).toEqual([]);
      await done();
    },
  );

  it.each(LOCALES)(
    '%s: a story’s chart with its embed code open and copy buttons shown is axe clean in both schemes',
    async (locale) => {
      const entry = charts.find(({ story }) => story.locale === locale)!;
      const { context, page: tab } = await site.open(storyPath(entry.story), {
        viewport: { width: 320, height: 640 },
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      await tab.evaluate(() =>
        document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')),
      );
      await tab
        .getByRole('button', { name: ui(locale).copyEmbed })
        .first()
        .click();
      const code = tab.locator('details.chart-embed code').first();
      await expect.poll(() => tab.evaluate(() => navigator.clipboard.readText())).toBe(await code.innerText());
      expect(await tab.locator('button.copy-button:visible').count()).toBeGreaterThanOrEqual(3);
      expect(await axeViolationsInBothSchemes(tab, 'figure.chart, section.cite')).toEqual([]);
      await context.close();
    },
  );
});
