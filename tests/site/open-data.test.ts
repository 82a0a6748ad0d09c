import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format';
import type { Locale } from '../../src/lib/locale';
import { axeViolationsInBothSchemes } from '../../harness/axe';
import { DIST, fileOf, page, requireDist } from '../../harness/dist';
import { publishedCatalog as contentCatalog } from '../../harness/catalog';
import { csvRecords } from '../../harness/csv';
import { schemaProblems, type DeclaredField } from '../../harness/table-schema';
import { siteInBrowser } from '../../harness/site-browser';

beforeAll(requireDist);

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const catalog = contentCatalog();
/** Every figure of every published initiative, from the content (one language's stories suffice). */
const expected = catalog.stories
  .filter((story) => story.locale === 'zh')
  .flatMap((story) => story.figures.map((figure) => ({ story, figure })));

interface Package {
  name: string;
  title: string;
  licenses: { name: string }[];
  resources: {
    name: string;
    path: string;
    format: string;
    mediatype: string;
    schema: { fields: DeclaredField[]; primaryKey: string[] };
  }[];
}
const pkg = () => JSON.parse(read('data/datapackage.json')) as Package;
const resource = (name: string) => pkg().resources.find((candidate) => candidate.name === name)!;

describe('open data in dist/data/', () => {
  it('figures.csv parses back to the content’s figures: values, units, qualifiers, periods, labels', () => {
    const text = read('data/figures.csv');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = csvRecords(text);
    expect(expected.length).toBeGreaterThan(10);
    expect(rows).toHaveLength(expected.length);
    for (const { story, figure } of expected) {
      const row = rows.find((candidate) => candidate.initiative === story.slug && candidate.figure === figure.id);
      expect(row, `${story.slug}/${figure.id}`).toBeDefined();
      expect(Number(row!.value), `${story.slug}/${figure.id}`).toBeCloseTo(figure.value, 6);
      expect(row).toMatchObject({
        unit: figure.unit.id,
        qualifier: figure.qualifier,
        period: figure.period,
        label_zh: figure.label.zh,
        label_en: figure.label.en,
        derived: String(Boolean(figure.derivation)),
        source_id: figure.sources.join(' | '),
      });
    }
  });

  it('figures.csv matches the types datapackage.json declares; the Excel copy adds only a byte-order mark', () => {
    const figures = resource('figures');
    const rows = csvRecords(read('data/figures.csv'));
    expect(Object.keys(rows[0]!)).toEqual(figures.schema.fields.map((field) => field.name));
    expect(schemaProblems(figures.schema.fields, rows, 'csv', figures.schema.primaryKey)).toEqual([]);
    expect(read('data/figures-excel.csv')).toBe(`\uFEFF${read('data/figures.csv')}`);
  });

  it('initiatives.json has every published initiative and validates against the declared fields', () => {
    const records = JSON.parse(read('data/initiatives.json')) as Record<string, unknown>[];
    const slugs = [...new Set(catalog.stories.map((story) => story.slug))].sort();
    expect(records.map((record) => record.slug)).toEqual(slugs);
    const initiatives = resource('initiatives');
    expect(schemaProblems(initiatives.schema.fields, records, 'json', initiatives.schema.primaryKey)).toEqual([]);
    for (const record of records) {
      const alone = JSON.parse(read(`data/initiatives/${String(record.slug)}.json`));
      expect(alone, String(record.slug)).toEqual(record);
    }
  });

  it('datapackage.json names the package, its licence and resources that exist', () => {
    const descriptor = pkg();
    expect(descriptor.name).toMatch(/^[a-z0-9-]+$/);
    expect(descriptor.title).toBeTruthy();
    expect(descriptor.licenses.map((licence) => licence.name)).toContain('CC-BY-4.0');
    for (const { path, format, mediatype, schema } of descriptor.resources) {
      expect(fileOf(`/data/${path}`), path).toBeDefined();
      expect(format && mediatype, path).toBeTruthy();
      expect(schema.fields.length, path).toBeGreaterThan(5);
    }
  });
});

describe('/figures/', () => {
  it.each(['zh', 'en'] as const)('lists every figure with its story, value and source (%s)', (locale: Locale) => {
    const $ = page(locale === 'zh' ? '/figures/' : '/en/figures/');
    const rows = $('.figures-table tbody tr');
    expect(rows.length).toBe(expected.length);
    for (const { story, figure } of expected) {
      const row = $(`tr[id="${story.slug}--${figure.id}"]`);
      expect(row.length, `${story.slug}/${figure.id}`).toBe(1);
      expect(row.find('th[scope=row]').text()).toContain(figure.label[locale]);
      expect(row.find('td.num').text().trim()).toBe(formatNumber(figure.value, locale));
      // The figure links to its row in the story, and that row exists.
      const href = row.find('th[scope=row] a').attr('href')!;
      const [path, hash] = href.split('#');
      expect(page(path!)(`#${hash}`).length, href).toBe(1);
      if (figure.derivation) {
        const formula = row.find('.formula').text();
        for (const id of figure.derivation.of) {
          const input = story.figures.find((candidate) => candidate.id === id)!;
          expect(formula).toContain(formatNumber(input.value, locale));
        }
      }
    }
    const downloads = $('a[href^="/data/"]')
      .toArray()
      .map((link) => link.attribs.href!);
    expect(downloads).toEqual(
      expect.arrayContaining(['/data/figures.csv', '/data/initiatives.json', '/data/datapackage.json']),
    );
    for (const href of downloads) expect(fileOf(href), href).toBeDefined();
  });
});

describe('/figures/ in a browser', () => {
  const site = siteInBrowser();

  /** Console errors (including CSP violations) per open page, checked when it is closed. */
  const errors = new Map<Page, string[]>();
  async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const tab = await context.newPage();
    const found: string[] = [];
    errors.set(tab, found);
    tab.on('console', (message) => message.type() === 'error' && found.push(message.text()));
    tab.on('pageerror', (error) => found.push(error.message));
    await tab.goto(site.url + path);
    return tab;
  }
  async function close(tab: Page): Promise<void> {
    expect(errors.get(tab)).toEqual([]);
    await tab.context().close();
  }

  const column = (tab: Page, index: number) =>
    tab.locator(`.figures-table tbody tr > :nth-child(${index})`).evaluateAll((cells) =>
      cells.map((cell) => ({
        text: (cell as HTMLElement).dataset.sortKey ?? cell.textContent!.trim(),
        group: (cell as HTMLElement).dataset.sortGroup,
      })),
    );

  it('sorts by value (numbers within each unit) and by text, with aria-sort and a status message', async () => {
    const tab = await open('/en/figures/');
    const value = tab.locator('.figures-table thead th', { hasText: 'Value' });
    await value.locator('button').click();
    expect(await value.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await column(tab, 2);
    for (let i = 1; i < ascending.length; i++) {
      const [a, b] = [ascending[i - 1]!, ascending[i]!];
      if (a.group === b.group) expect(Number(a.text), `${a.group}`).toBeLessThanOrEqual(Number(b.text));
      else expect(a.group!.localeCompare(b.group!, 'en'), `${a.group} before ${b.group}`).toBeLessThan(0);
    }
    expect(await tab.locator('#figures-sort-status').textContent()).toBe('Sorted by Value, ascending');
    await value.locator('button').press('Enter');
    expect(await value.getAttribute('aria-sort')).toBe('descending');
    expect((await column(tab, 2)).map((cell) => cell.text)).toEqual(ascending.map((cell) => cell.text).reverse());
    const figure = tab.locator('.figures-table thead th', { hasText: 'Figure' });
    await figure.locator('button').click();
    expect(await value.getAttribute('aria-sort')).toBeNull();
    const labels = (await column(tab, 1)).map((cell) => cell.text);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('en', { numeric: true }).compare));
    await close(tab);
  });

  it('is complete without JavaScript, with no sort buttons', async () => {
    const tab = await open('/figures/', { javaScriptEnabled: false });
    expect(await tab.locator('.figures-table tbody tr').count()).toBe(expected.length);
    expect(await tab.locator('.figures-table button').count()).toBe(0);
    await close(tab);
  });

  it.each(['/figures/', '/en/figures/'])(
    '%s at 320 px: the page does not scroll sideways; the table scrolls in a focusable, labelled region',
    async (path) => {
      const tab = await open(path, { viewport: { width: 320, height: 640 } });
      const sizes = await tab.evaluate(() => {
        const wrap = document.querySelector<HTMLElement>('.figures-wrap')!;
        return {
          page: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
          wrap: wrap.clientWidth,
          table: wrap.scrollWidth,
          tabIndex: wrap.tabIndex,
          label: document.getElementById(wrap.getAttribute('aria-labelledby') ?? '')?.textContent,
        };
      });
      expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
      expect(sizes.table).toBeGreaterThan(sizes.wrap);
      expect(sizes.tabIndex).toBe(0);
      expect(sizes.label).toBeTruthy();
      // The keyboard can scroll it.
      await tab.focus('.figures-wrap');
      await tab.keyboard.press('ArrowRight');
      await expect
        .poll(() => tab.evaluate(() => document.querySelector('.figures-wrap')!.scrollLeft))
        .toBeGreaterThan(0);
      await close(tab);
    },
  );

  it.each(['/figures/', '/en/figures/'])(
    '%s has zero axe violations in either scheme, at 1280 and 320 px',
    async (path) => {
      for (const width of [1280, 320]) {
        const { page: tab, errors: found, done } = await site.view(path, { width, height: 900 });
        expect((await axeViolationsInBothSchemes(tab)).map((violation) => `${violation} at ${width} px`)).toEqual([]);
        expect(found).toEqual([]);
        await done();
      }
    },
  );
});
