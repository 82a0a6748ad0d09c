import { UNITS } from '../../harness/units';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { afterAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { buildCatalog } from '../../src/lib/catalog';
import { byLocale, LOCALES } from '../../src/lib/locale';
import {
  cardAlt,
  cardPath,
  pageCard,
  siteCards,
  splitTitle,
  storyCard,
  type Card,
  type StoryCard,
} from '../../src/og/cards';
import { loadCardFonts, subsetHas, subsetsFor } from '../../src/og/fonts';
import { listedFiles, MANIFESTS, writeListedFiles } from '../../src/build/files';
import { cardElement, elementTexts } from '../../src/og/layout';
import { encodePng, pngSize } from '../../src/og/png';
import { CardRenderer } from '../../src/og/render';
import type { InitiativeData } from '../../src/schemas/initiative';

const initiative = (over: Partial<InitiativeData> = {}): InitiativeData => ({
  theme: 'development',
  places: ['520111'],
  tags: ['agriculture'],
  agencies: [{ zh: '花溪区', en: 'Huaxi District' }],
  period: '2023-11/2024-01',
  published: new Date('2026-11-26'),
  status: 'published',
  sources: ['paper'],
  keyFigures: ['area'],
  figures: [
    {
      id: 'area',
      value: 5000,
      unit: 'mu',
      qualifier: 'at-least',
      period: '../2024-01',
      source: 'paper',
      label: { zh: '草莓种植面积', en: 'area planted with strawberries' },
      headline: false,
      tableOnly: false,
    },
  ],
  derived: [],
  corrections: [],
  charts: [],
  ...over,
});

const TITLES = {
  zh: '花溪草莓：从种果子到育种苗',
  en: "Huaxi's strawberries – from growing fruit to breeding seedlings",
};

const catalog = (over: Partial<InitiativeData> = {}) =>
  buildCatalog({
    units: [...UNITS.values()],
    initiatives: [
      { id: 'sample-strawberries', data: initiative(over) },
      { id: 'draft', data: initiative({ status: 'draft' }) },
    ],
    stories: (['zh', 'en'] as const).flatMap((locale) => [
      {
        id: `sample-strawberries/${locale}`,
        data: { title: TITLES[locale], summary: `${locale} summary of the story.` },
      },
      { id: `draft/${locale}`, data: { title: 'Draft', summary: 'Not published yet.' } },
    ]),
    sources: [
      {
        id: 'paper',
        data: { publisher: { zh: '报', en: 'Paper' }, title: 'T', date: new Date('2024-01-29'), language: 'zh' },
      },
    ],
    themes: [
      {
        id: 'development',
        order: 1,
        zh: '产业振兴',
        en: 'Local industry',
        blurb: { zh: '产业', en: 'Industry' },
      },
    ],
    places: [{ id: '520111', kind: 'district', zh: '花溪区', en: 'Huaxi District' }],
    tags: [{ id: 'agriculture', zh: '农业', en: 'Agriculture' }],
  });

const storyCards = (over: Partial<InitiativeData> = {}) =>
  Object.fromEntries(catalog(over).stories.map((story) => [story.locale, storyCard(story)])) as Record<
    'zh' | 'en',
    StoryCard
  >;

describe('social card content', () => {
  it('shows a story title and its first key figure as the story page formats it', () => {
    const { zh, en } = storyCards();
    expect(zh).toMatchObject({
      title: TITLES.zh,
      theme: '产业振兴',
      figure: { value: '5000余亩', label: '草莓种植面积' },
    });
    expect(en.figure).toMatchObject({ value: '5,000+ mu', label: 'area planted with strawberries' });
    expect(cardPath(zh)).toBe('/og/zh/stories/sample-strawberries.png');
    expect(cardPath(en)).toBe('/og/en/stories/sample-strawberries.png');
  });

  it('falls back to the summary for a story without key figures', () => {
    const { en } = storyCards({ keyFigures: [] });
    expect(en.figure).toBeUndefined();
    expect(elementTexts(cardElement(en))).toContain('en summary of the story.');
  });

  it('splits a title into headline and subtitle at its first colon or dash', () => {
    expect(splitTitle(TITLES.zh)).toEqual({ headline: '花溪草莓', subtitle: '从种果子到育种苗' });
    expect(splitTitle(TITLES.en)).toEqual({
      headline: "Huaxi's strawberries",
      subtitle: 'from growing fruit to breeding seedlings',
    });
    expect(splitTitle('A passport desk for students, in time for the winter study tours')).toEqual({
      headline: 'A passport desk for students, in time for the winter study tours',
    });
  });

  it('has alt text that says what the card says, in the card’s language', () => {
    const { zh, en } = storyCards();
    expect(cardAlt(zh)).toBe(
      '贵阳实事案例集。产业振兴。花溪草莓：从种果子到育种苗。5000余亩：草莓种植面积（截至2024年1月）。',
    );
    expect(cardAlt(en)).toBe(
      "Guiyang Casebook. Local industry. Huaxi's strawberries – from growing fruit to breeding seedlings. " +
        '5,000+ mu: area planted with strawberries (as of January 2024).',
    );
    for (const card of [zh, en]) {
      for (const text of elementTexts(cardElement(card))) expect(cardAlt(card)).toContain(text);
    }
    // Each sentence ends with the full stop of its own script.
    expect(cardAlt(pageCard('zh', '/', '贵阳实事案例集'))).toBe(
      '贵阳实事案例集。Guiyang Casebook. 贵阳基层实事的双语案例，每个数字都有出处。',
    );
  });

  it('gives every published story and main page a card of its own in every language, drafts none', () => {
    const cards = siteCards(
      catalog(),
      byLocale((locale) => `About, ${locale}`),
    );
    const paths = cards.map(cardPath);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/og/zh/index.png');
    expect(paths).toContain('/og/en/index.png');
    for (const locale of LOCALES) {
      for (const page of [
        'index',
        'stories',
        'tags',
        'about',
        'themes/development',
        'places/520111',
        'tags/agriculture',
      ])
        expect(paths).toContain(`/og/${locale}/${page}.png`);
      expect(paths).toContain(`/og/${locale}/stories/sample-strawberries.png`);
    }
    expect(paths.some((path) => path.includes('draft'))).toBe(false);
    const card = (path: string) => cards.find((candidate) => cardPath(candidate) === path)!;
    expect(elementTexts(cardElement(card('/og/en/index.png')))).toContain('贵阳实事案例集');
    expect(elementTexts(cardElement(card('/og/zh/index.png')))).toContain('Guiyang Casebook');
    // A listing's card says how many stories it lists; the draft is not counted.
    expect(elementTexts(cardElement(card('/og/en/tags/agriculture.png')))).toContain('1 story');
    expect(elementTexts(cardElement(card('/og/zh/stories.png')))).toContain('1个案例');
  });

  it('names the site on the home card once in each of its languages', () => {
    const names = [...new Set(LOCALES.map((locale) => ui(locale).siteName))];
    expect(names).toEqual(expect.arrayContaining(['贵阳实事案例集', 'Guiyang Casebook']));
    const times = (text: string, name: string) => text.split(name).length - 1;
    for (const locale of LOCALES) {
      const card = pageCard(locale, '/', ui(locale).siteName);
      const drawn = elementTexts(cardElement(card)).join('\n');
      for (const name of names) {
        expect(times(drawn, name), `"${name}" on the ${locale} home card`).toBe(1);
        expect(times(cardAlt(card), name), `"${name}" in the ${locale} home card's alt text`).toBe(1);
      }
    }
  });
});

describe('social card font', () => {
  it('loads only the subset files that hold the characters of the titles', () => {
    for (const title of Object.values(TITLES)) {
      const { subsets, missing } = subsetsFor(title);
      expect(missing).toEqual([]);
      for (const char of title.replace(/\s/g, ''))
        expect(
          subsets.some((subset) => subsetHas(subset, char.codePointAt(0)!)),
          char,
        ).toBe(true);
    }
    const fonts = loadCardFonts(Object.values(TITLES).join(''));
    expect(fonts.bytes).toBeLessThan(1_500_000); // the whole font, in WOFF, is about 30 MB across its files
  });

  it('draws every character of a title with a real glyph, not the empty box of a missing one', async () => {
    const text = TITLES.zh + TITLES.en;
    const fonts = loadCardFonts(text);
    const outline = async (char: string) => {
      const svg = await satori(
        {
          type: 'div',
          props: { style: { display: 'flex', fontFamily: fonts.family, fontSize: 40 }, children: char },
        } as never,
        { width: 60, height: 60, fonts: fonts.fonts },
      );
      return /<path[^>]* d="([^"]+)"/.exec(svg)?.[1];
    };
    const tofu = await outline('\u{E000}'); // private use: in no subset file, so drawn as the missing-glyph box
    expect(tofu).toBeDefined();
    for (const char of new Set(text.replace(/\s/g, ''))) expect(await outline(char), char).not.toBe(tofu);
  });

  it('refuses a card with a character the font cannot draw, naming the card and the character', async () => {
    const { en } = storyCards();
    const broken = { ...en, title: 'Title with \u{E000} in it' };
    await expect(new CardRenderer([en, broken], false).render(en)).rejects.toThrow(
      /no glyph for "\u{E000}", on the social card \/og\/en\/stories\/sample-strawberries\.png/u,
    );
  });
});

describe('social card image', () => {
  it('is a 1200×630 PNG, for a Chinese and for an English story', async () => {
    const { zh, en } = storyCards();
    const renderer = new CardRenderer([zh, en], false);
    for (const card of [zh, en]) {
      const png = await renderer.render(card);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    }
    expect(renderer.stats.drawn).toBe(2);
  });

  it('encodes pixels that a PNG decoder reads back unchanged', () => {
    const [width, height] = [5, 3];
    const pixels = new Uint8Array(width * height * 4);
    for (let index = 0; index < width * height; index++)
      pixels.set([(index * 37) % 256, (index * 91) % 256, (index * 53 + 7) % 256, 255], index * 4);
    const png = encodePng(pixels, width, height);
    expect(pngSize(png)).toEqual({ width, height });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" image-rendering="optimizeSpeed" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
    expect(Buffer.from(new Resvg(svg).render().pixels)).toEqual(Buffer.from(pixels));
  });

  it('rejects bytes that are not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a, not a PNG at all'))).toThrow('not a PNG');
  });
});

describe('social card cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-og-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a card once, reads it back on the next build, and draws again when its text changes', async () => {
    const { en } = storyCards();
    const changed: Card = { ...en, title: 'Huaxi strawberries, corrected' };
    const first = new CardRenderer([en], dir);
    const drawn = await first.render(en);
    expect(first.stats).toMatchObject({ drawn: 1, cached: 0 });

    const second = new CardRenderer([en, changed], dir);
    expect(await second.render(en)).toEqual(drawn);
    expect(second.stats).toMatchObject({ drawn: 0, cached: 1 });
    expect(await second.render(changed)).not.toEqual(drawn);
    expect(second.stats).toMatchObject({ drawn: 1, cached: 1 });
    expect(readdirSync(dir).filter((name) => name.endsWith('.png'))).toHaveLength(2);
  });

  it('gives a build the file of each card without reading it, and redraws on request', async () => {
    const { zh } = storyCards();
    const file = await new CardRenderer([zh], dir).file(zh);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    const again = new CardRenderer([zh], dir);
    expect(await again.file(zh)).toBe(file);
    expect(again.stats).toMatchObject({ drawn: 0, cached: 1 });
    const redraw = new CardRenderer([zh], dir, true);
    expect(await redraw.file(zh)).toBe(file);
    expect(redraw.stats).toMatchObject({ drawn: 1, cached: 0 });
  });

  it('copies the listed cards and writes the listed downloads when the build is done, and removes the lists', async () => {
    const { zh, en } = storyCards();
    const renderer = new CardRenderer([zh, en], dir);
    const site = mkdtempSync(join(tmpdir(), 'casebook-site-'));
    try {
      const entries = await Promise.all(
        [zh, en].map(async (card) => ({ path: cardPath(card), file: await renderer.file(card) })),
      );
      mkdirSync(join(site, 'og'));
      writeFileSync(join(site, 'og', 'cards.json'), JSON.stringify(entries));
      const download = { path: '/data/charts/a-story/a-chart.csv', body: 'id,value\nx,1\n' };
      writeFileSync(join(site, 'files.json'), JSON.stringify([download]));
      const hook = listedFiles().hooks['astro:build:done']!;
      const logger = { info: () => undefined } as unknown as Parameters<typeof hook>[0]['logger'];
      await hook({ dir: pathToFileURL(`${site}/`), pages: [], assets: new Map(), logger });
      for (const { path, file } of entries) expect(readFileSync(join(site, path))).toEqual(readFileSync(file));
      expect(readFileSync(join(site, download.path), 'utf8')).toBe(download.body);
      for (const manifest of MANIFESTS) expect(existsSync(join(site, manifest))).toBe(false);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('refuses a listed path that would land outside the built site, writing nothing', async () => {
    // The site sits in a folder of its own, so a file escaping it would land where the test can see it.
    const parent = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    const site = join(parent, 'site');
    try {
      mkdirSync(join(site, 'og'), { recursive: true });
      writeFileSync(join(site, 'og', 'cards.json'), '[]');
      for (const path of ['/../escaped.csv', '/data/../../escaped.csv', 'relative.csv', '/']) {
        writeFileSync(join(site, 'files.json'), JSON.stringify([{ path, body: 'x' }]));
        await expect(writeListedFiles(site), path).rejects.toThrow(/not a file inside the built site/);
      }
      expect(readdirSync(parent)).toEqual(['site']);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('draws identical cards once in a build', async () => {
    const { en } = storyCards();
    const renderer = new CardRenderer([en], false);
    await Promise.all([renderer.render(en), renderer.render({ ...en })]);
    expect(renderer.stats.drawn).toBe(1);
  });
});
