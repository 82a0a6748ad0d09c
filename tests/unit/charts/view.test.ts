import { describe, expect, it } from 'vitest';
import { keyFigureCards } from '../../../src/charts/key-figures/cards';
import { findChart, resolveChart } from '../../../src/charts/model';
import { chartView } from '../../../src/charts/view';
import { resolveFigures } from '../../../src/lib/figures';
import { UNITS } from '../../../harness/units';
import type { Locale } from '../../../src/lib/locale';
import type { ChartData } from '../../../src/schemas/chart';
import type { InitiativeData } from '../../../src/schemas/initiative';
import { passport } from './support';

const view = (
  data: Pick<InitiativeData, 'figures' | 'derived'> & { charts: ChartData[] },
  id: string,
  locale: Locale,
) => {
  const figures = new Map(resolveFigures(data, UNITS).map((figure) => [figure.id, figure]));
  return chartView(resolveChart(findChart(data.charts, id, 'x.mdx'), figures, 'x.mdx'), locale);
};
const texts = (lines: { text: string }[]) => lines.map((line) => line.text);

const parking: Pick<InitiativeData, 'figures' | 'derived'> & { charts: ChartData[] } = {
  figures: [
    {
      id: 'spaces',
      value: 3840,
      unit: 'space',
      qualifier: 'exact',
      period: '../2024-01',
      source: 'paper',
      label: { zh: '新增停车位', en: 'parking spaces added' },
      headline: false,
      tableOnly: false,
    },
    {
      id: 'hospital',
      value: 400,
      unit: 'space',
      qualifier: 'at-least',
      period: '2023-11',
      source: 'paper',
      label: { zh: '医院新增车位', en: 'spaces at the hospital' },
      headline: false,
      tableOnly: false,
    },
    {
      id: 'years',
      value: 40,
      unit: 'year',
      qualifier: 'nearly',
      period: '../2024-01',
      source: 'paper',
      label: { zh: '历史', en: 'history' },
      headline: false,
      tableOnly: false,
    },
  ],
  derived: [],
  charts: [
    { id: 'spaces', kind: 'bar', figures: ['spaces', 'hospital'], title: { zh: '新增车位', en: 'New spaces' } },
    { id: 'cards', kind: 'key-figures', figures: ['hospital', 'years'], title: { zh: '数字', en: 'Figures' } },
  ],
};

describe('a part-of-whole chart in words', () => {
  it.each([
    {
      locale: 'zh' as const,
      heading: ['598证次', '受理的申请'],
      keys: ['288证次，占48.2%', '310证次，占51.8%'],
      desc: '构成条形图：受理的申请：598证次。其中未成年人申请：288证次，占48.2%；成年人申请：310证次，占51.8%。',
      period: '2023年11月至2024年1月',
    },
    {
      locale: 'en' as const,
      heading: ['598 applications', 'applications taken'],
      keys: ['288 applications · 48.2%', '310 applications · 51.8%'],
      desc: 'Divided bar: applications taken: 598 applications. of them, by minors: 288 applications · 48.2%; by adults: 310 applications · 51.8%.',
      period: 'November 2023 – January 2024',
    },
  ])('$locale', ({ locale, heading, keys, desc, period }) => {
    const result = view(passport, 'by-age', locale);
    expect(texts(result.partOfWhole!.heading)).toEqual(heading);
    expect(result.partOfWhole!.segments.map((segment) => segment.key[0]!.text)).toEqual(keys);
    expect(result.desc).toBe(desc);
    expect(result.period).toBe(period);
    expect(result.rows.map((row) => [row.value, row.share, row.derived])).toEqual([
      [heading[0], undefined, false],
      [keys[0]!.split(/，|·/)[0]!.trim(), '48.2%', false],
      [keys[1]!.split(/，|·/)[0]!.trim(), '51.8%', true],
    ]);
  });

  it('draws and tabulates the rest when the parts fall short', () => {
    const result = view(passport, 'minors-only', 'en');
    expect(result.partOfWhole!.segments.map((segment) => [segment.id, segment.tone, segment.derived])).toEqual([
      ['minors', 1, false],
      ['applications-rest', 0, true],
    ]);
    expect(result.rows.at(-1)).toMatchObject({
      label: 'the rest (derived)',
      value: '310 applications',
      share: '51.8%',
    });
  });
});

describe('a bar chart in words', () => {
  it.each([
    {
      locale: 'zh' as const,
      labels: ['新增停车位（截至2024年1月）', '医院新增车位（2023年11月）'],
      values: ['3840个', '400余个'],
    },
    {
      locale: 'en' as const,
      labels: ['parking spaces added (as of January 2024)', 'spaces at the hospital (November 2023)'],
      values: ['3,840 parking spaces', '400+ parking spaces'],
    },
  ])(
    '$locale: values with their qualifiers, and each label with its period when periods differ',
    ({ locale, labels, values }) => {
      const result = view(parking, 'spaces', locale);
      expect(result.period).toBeUndefined();
      expect(result.bar!.rows.map((row) => texts(row.label).join(locale === 'zh' ? '' : ' '))).toEqual(labels);
      expect(result.bar!.rows.map((row) => texts(row.value).join(' '))).toEqual(values);
      for (const value of values) expect(result.desc).toContain(value);
    },
  );
});

describe('key-figure cards', () => {
  it.each([
    { locale: 'zh' as const, values: ['400余个', '近40年'] },
    { locale: 'en' as const, values: ['400+ parking spaces', 'nearly 40 years'] },
  ])('$locale: show the qualifier and link to the figure’s row', ({ locale, values }) => {
    const figures = resolveFigures(parking, UNITS).filter((figure) => figure.id !== 'spaces');
    const cards = keyFigureCards(figures, locale);
    expect(cards.map((card) => card.value)).toEqual(values);
    expect(cards.map((card) => card.href)).toEqual(['#figure-hospital', '#figure-years']);
  });

  it('mark derived figures, and a chart of cards has no table of its own', () => {
    expect(keyFigureCards(resolveFigures(passport, UNITS), 'en').map((card) => card.derived)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(view(passport, 'share', 'en').rows).toEqual([]);
  });
});

describe('findChart', () => {
  it('names the file and the charts it knows when an id is unknown', () => {
    expect(() => findChart(passport.charts, 'by-sex', 'content/initiatives/x/en.mdx')).toThrow(
      'content/initiatives/x/en.mdx: <Chart id="by-sex" /> names an unknown chart. Charts in its data.yaml: by-age, minors-only, compare, share.',
    );
  });
});
