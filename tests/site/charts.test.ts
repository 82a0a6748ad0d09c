/**
 * Every chart in the built site: declared in data.yaml, placed in both languages, and whole
 * without JavaScript (title, description, data table, source line, CSV that exists). Then, in a
 * real browser at 320 px: text inside the drawing, legible, and no axe violations in either scheme.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/charts/chart-data';
import { axeViolationsInBothSchemes } from '../../harness/axe';
import { parseCsv } from '../../harness/csv';
import { DIST, fileOf, initiativeSlugs, page, requireDist } from '../../harness/dist';
import { siteInBrowser } from '../../harness/site-browser';

beforeAll(requireDist);

interface Declared {
  slug: string;
  id: string;
  kind: string;
  figures: string[];
  whole?: string;
}

/** Charts declared by published stories, read straight from content/ so a new chart needs no test edit. */
function declaredCharts(): Declared[] {
  return initiativeSlugs().flatMap((slug) => {
    const data = parse(readFileSync(join('content', 'initiatives', slug, 'data.yaml'), 'utf8')) as {
      status?: string;
      charts?: Omit<Declared, 'slug'>[];
    };
    return data.status === 'draft' ? [] : (data.charts ?? []).map((chart) => ({ ...chart, slug }));
  });
}

const storyUrls = (slug: string) => [`/stories/${slug}/`, `/en/stories/${slug}/`];

describe('charts as content', () => {
  it('the stories declare charts', () => {
    expect(declaredCharts().length).toBeGreaterThan(0);
  });

  it('every declared chart appears exactly once on its story page in both languages, and no other chart does', () => {
    const declared = declaredCharts();
    for (const slug of initiativeSlugs()) {
      const expected = declared.filter((chart) => chart.slug === slug).map((chart) => chart.id);
      for (const url of storyUrls(slug)) {
        if (!fileOf(url)) continue; // a draft
        const shown = page(url)('figure.chart')
          .toArray()
          .map((figure) => figure.attribs['data-chart']);
        expect(shown, url).toEqual(expected);
      }
    }
  });
});

describe.each(declaredCharts().flatMap((chart) => storyUrls(chart.slug).map((url) => ({ url, chart }))))(
  'chart $chart.id on $url',
  ({ url, chart }) => {
    const $ = () => page(url);
    const figure = () => $()(`figure.chart[data-chart="${chart.id}"]`);

    it('has a title, and a drawing named by its <title> and <desc> (or cards that link to the figures table)', () => {
      const title = figure().find('figcaption.chart-title').contents().first().text().trim();
      expect(title).not.toBe('');
      if (chart.kind === 'key-figures') {
        const links = figure().find('.key-figure a.value').toArray();
        expect(links.map((link) => link.attribs.href)).toEqual(chart.figures.map((id) => `#figure-${id}`));
        for (const id of chart.figures) expect($()(`tr#figure-${id}`).length, id).toBe(1);
        return;
      }
      const svg = figure().find('svg');
      expect(svg.length).toBe(1);
      expect(svg.attr('role')).toBe('img');
      expect(svg.attr('viewBox')).toMatch(/^0 0 480 \d+(\.\d+)?$/);
      const [titleId, descId] = (svg.attr('aria-labelledby') ?? '').split(' ');
      expect(svg.find(`title#${titleId}`).text()).toBe(title);
      const desc = svg.find(`desc#${descId}`).text();
      // The description states every value the drawing shows.
      for (const value of svg.find('text.chart-value').toArray()) expect(desc).toContain($()(value).text());
      expect(svg.find('[data-figure]').length).toBeGreaterThanOrEqual(chart.figures.length);
    });

    it('has a data table the reader can open, one row per value drawn', () => {
      if (chart.kind === 'key-figures') return; // the cards link to the story's figures table instead
      const details = figure().find('details.chart-data');
      expect(details.find('summary').text()).not.toBe('');
      const rows = details.find('table tbody tr');
      const drawn = figure().find('svg [data-figure]').length + (chart.whole ? 1 : 0);
      expect(rows.length).toBe(drawn);
      expect(details.find('thead th').length).toBeGreaterThanOrEqual(2);
    });

    it('has a source line that links to a cited source, and no style attributes', () => {
      const source = figure().find('p.chart-source');
      const cited = source.find('a[href^="#source-"]');
      expect(cited.length).toBeGreaterThan(0);
      for (const link of cited.toArray()) expect($()(link.attribs.href!).length, link.attribs.href).toBe(1);
      expect(cited.text()).toMatch(/20\d\d/);
      expect(figure().find('[style]').length).toBe(0);
    });

    it('links to a CSV of its figures that exists in dist/', () => {
      const href = figure().find('a[href$=".csv"]').attr('href')!;
      expect(href).toBe(`/data/charts/${chart.slug}/${chart.id}.csv`);
      const file = fileOf(href);
      expect(file, href).toBeDefined();
      const rows = parseCsv(readFileSync(join(DIST, file!), 'utf8'));
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      const ids = rows.slice(1).map((row) => row[0]);
      expect(ids).toEqual(expect.arrayContaining([...(chart.whole ? [chart.whole] : []), ...chart.figures]));
      for (const row of rows.slice(1)) {
        expect(row).toHaveLength(CSV_COLUMNS.length);
        expect(Number.isFinite(Number(row[3])), row.join()).toBe(true);
      }
    });
  },
);

describe('charts in a browser at 320 px', () => {
  const site = siteInBrowser();

  const urls = [...new Set(declaredCharts().flatMap((chart) => storyUrls(chart.slug)))];
  it.each(urls)(
    '%s: text inside each drawing, at least 11 px, nothing wider than the screen, axe clean in both schemes',
    async (url) => {
      const { page: tab, done } = await site.view(url, { width: 320, height: 640 });
      await tab.evaluate(() =>
        document.querySelectorAll('details.chart-data').forEach((details) => details.setAttribute('open', '')),
      );
      const report = await tab.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('figure.chart svg')].map((svg) => {
          const box = svg.viewBox.baseVal;
          const scale = svg.getBoundingClientRect().width / box.width;
          const outside = [...svg.querySelectorAll<SVGTextElement>('text')]
            .map((text) => ({ text: text.textContent, bbox: text.getBBox() }))
            .filter(
              ({ bbox }) =>
                bbox.x < -0.5 || bbox.x + bbox.width > box.width + 0.5 || bbox.y + bbox.height > box.height + 0.5,
            )
            .map(({ text }) => text);
          const sizes = [...svg.querySelectorAll('text')].map(
            (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
          );
          return { outside, smallest: Math.min(...sizes) };
        }),
      );
      for (const svg of report) {
        expect(svg.outside, url).toEqual([]);
        expect(svg.smallest, url).toBeGreaterThanOrEqual(11);
      }
      const wide = await tab.evaluate(() =>
        [...document.querySelectorAll('figure.chart, figure.chart *')]
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((element) => element.tagName),
      );
      expect(wide, url).toEqual([]);
      expect(await axeViolationsInBothSchemes(tab, 'figure.chart'), url).toEqual([]);
      await done();
    },
  );
});
