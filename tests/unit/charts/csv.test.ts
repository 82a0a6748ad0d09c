import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../../src/charts/chart-data';
import { resolveChart } from '../../../src/charts/model';
import { resolveFigures } from '../../../src/lib/figures';
import { fillFallbacks } from '../../../src/i18n/locales';
import { LOCALES } from '../../../src/lib/locale';
import { parseCsv } from '../../../harness/csv';
import { UNITS } from '../../../harness/units';
import type { Source } from '../../../src/schemas/vocabulary';
import { passport } from './support';

describe('chartCsv', () => {
  const figures = new Map(resolveFigures(passport, UNITS).map((figure) => [figure.id, figure]));
  const source: Source = {
    publisher: fillFallbacks({ zh: '人民网', en: "People's Daily Online" }),
    title: '贵州贵阳：“干”在关键处 “谋”出真成效',
    date: new Date('2024-01-29'),
    language: 'zh',
  };
  const sources = new Map([['paper', source]]);
  // Given for the written languages; a language with a fallback takes its fallback's.
  const rest = fillFallbacks({ zh: '其余（推算）', en: 'the rest (derived)' });
  /** Each row after the header as column name → field. */
  const records = (rows: string[][]) =>
    rows.slice(1).map((row) => Object.fromEntries(rows[0]!.map((name, index) => [name, row[index]])));
  const csv = (chartId: string) =>
    parseCsv(
      chartCsv(
        resolveChart(
          passport.charts.find((c) => c.id === chartId)!,
          figures,
          'data.yaml',
        ),
        sources,
        rest,
      ),
    );

  it('has the columns a reader needs, the whole first, and a formula for derived figures', () => {
    const rows = csv('by-age');
    // A label per configured language, named by its code, after the id.
    const labels = LOCALES.map((locale) => `label_${locale}`);
    expect(rows[0]).toEqual(['figure_id', ...labels, 'value', 'unit', 'qualifier', 'period', 'formula', 'source']);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    const shared = { unit: 'application', qualifier: 'exact', period: '2023-11/2024-01' };
    expect(records(rows)).toMatchObject([
      {
        figure_id: 'applications',
        label_zh: '受理的申请',
        label_en: 'applications taken',
        value: '598',
        formula: '',
        ...shared,
      },
      {
        figure_id: 'minors',
        label_zh: '其中未成年人申请',
        label_en: 'of them, by minors',
        value: '288',
        formula: '',
        ...shared,
      },
      {
        figure_id: 'adults',
        label_zh: '成年人申请',
        label_en: 'by adults',
        value: '310',
        formula: 'applications - minors',
        ...shared,
      },
    ]);
    expect(records(rows)[0]!.source).toBe(
      "人民网 (People's Daily Online): 贵州贵阳：“干”在关键处 “谋”出真成效, 2024-01-29",
    );
  });

  it('adds the rest when the parts fall short of the whole, with how it was computed', () => {
    const rows = csv('minors-only');
    expect(records(rows).at(-1)).toEqual({
      figure_id: 'applications-rest',
      ...Object.fromEntries(LOCALES.map((locale) => [`label_${locale}`, rest[locale]])),
      value: '310',
      unit: 'application',
      qualifier: 'exact',
      period: '2023-11/2024-01',
      formula: 'applications - (minors)',
      source: expect.stringContaining('人民网'),
    });
    expect(records(rows).at(-1)).toMatchObject({ label_zh: '其余（推算）', label_en: 'the rest (derived)' });
  });

  it('writes derived numbers without floating-point noise', () => {
    const [share] = records(csv('share'));
    expect(share).toMatchObject({ value: '48.1605351171', formula: 'minors / applications * 100' });
  });
});
