import { describe, expect, it } from 'vitest';
import { chartCsv, CSV_COLUMNS } from '../../../src/charts/csv';
import { resolveChart } from '../../../src/charts/model';
import { resolveFigures } from '../../../src/lib/figures';
import { parseCsv } from '../../support/csv';
import { UNITS } from '../../support/units';
import type { Source } from '../../../src/schemas/vocabulary';
import { passport } from './support';

describe('chartCsv', () => {
  const figures = new Map(resolveFigures(passport, UNITS).map((figure) => [figure.id, figure]));
  const source: Source = {
    publisher: { zh: '人民网', en: "People's Daily Online" },
    title: '贵州贵阳：“干”在关键处 “谋”出真成效',
    date: new Date('2024-01-29'),
    language: 'zh',
  };
  const sources = new Map([['paper', source]]);
  const rest = { zh: '其余（推算）', en: 'the rest (derived)' };
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
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((row) => row.slice(0, 8))).toEqual([
      ['applications', '受理的申请', 'applications taken', '598', 'application', 'exact', '2023-11/2024-01', ''],
      ['minors', '其中未成年人申请', 'of them, by minors', '288', 'application', 'exact', '2023-11/2024-01', ''],
      ['adults', '成年人申请', 'by adults', '310', 'application', 'exact', '2023-11/2024-01', 'applications - minors'],
    ]);
    expect(rows[1]![8]).toBe("人民网 (People's Daily Online): 贵州贵阳：“干”在关键处 “谋”出真成效, 2024-01-29");
  });

  it('adds the rest when the parts fall short of the whole, with how it was computed', () => {
    const rows = csv('minors-only');
    expect(rows.at(-1)).toEqual([
      'applications-rest',
      '其余（推算）',
      'the rest (derived)',
      '310',
      'application',
      'exact',
      '2023-11/2024-01',
      'applications - (minors)',
      expect.stringContaining('人民网'),
    ]);
  });

  it('writes derived numbers without floating-point noise', () => {
    const rows = csv('share');
    expect(rows[1]![3]).toBe('48.1605351171');
    expect(rows[1]![7]).toBe('minors / applications * 100');
  });
});
