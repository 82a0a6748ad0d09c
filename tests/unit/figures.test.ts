import { describe, expect, it } from 'vitest';
import { figureById, figureText, resolveFigures } from '../../src/lib/figures';
import type { FigureData } from '../../src/schemas/initiative';
import { UNITS } from '../support/units';

const stated = (
  id: string,
  value: number,
  qualifier: FigureData['qualifier'] = 'exact',
  unit: FigureData['unit'] = 'application',
): FigureData => ({
  id,
  value,
  unit,
  qualifier,
  period: '2023-11/2024-01',
  source: 'paper',
  label: { zh: id, en: id },
  headline: false,
  tableOnly: false,
});

describe('derived figures', () => {
  const figures = resolveFigures(
    {
      figures: [
        stated('applications', 598),
        stated('minors', 288),
        stated('area', 5000, 'at-least', 'mu'),
        stated('value', 320_000_000, 'exact', 'yuan'),
      ],
      derived: [
        {
          id: 'adults',
          op: 'difference',
          of: ['applications', 'minors'],
          unit: 'application',
          label: { zh: '成年', en: 'adults' },
          tableOnly: false,
        },
        {
          id: 'share',
          op: 'share',
          of: ['minors', 'applications'],
          unit: 'percent',
          label: { zh: '占比', en: 'share' },
          tableOnly: false,
        },
        {
          id: 'per-mu',
          op: 'ratio',
          of: ['value', 'area'],
          unit: 'yuan-per-mu',
          label: { zh: '每亩', en: 'per mu' },
          tableOnly: false,
        },
      ],
    },
    UNITS,
  );

  it('computes differences, shares and ratios', () => {
    expect(figureById(figures, 'adults', 'x').value).toBe(310);
    expect(figureById(figures, 'share', 'x').value).toBeCloseTo(48.16, 2);
    expect(figureById(figures, 'per-mu', 'x').value).toBe(64000);
  });

  it('is exact only when every input is exact, and is marked as derived', () => {
    expect(figureText(figureById(figures, 'share', 'x'), 'en')).toBe('48.2%');
    expect(figureText(figureById(figures, 'per-mu', 'x'), 'zh')).toBe('约6.4万元/亩');
    expect(figureById(figures, 'per-mu', 'x').derivation).toEqual({ op: 'ratio', of: ['value', 'area'] });
    expect(figureById(figures, 'minors', 'x').derivation).toBeUndefined();
  });

  it('names the file and the known ids for an unknown id', () => {
    expect(() => figureById(figures, 'minor', 'content/initiatives/x/en.mdx')).toThrow(
      'content/initiatives/x/en.mdx: unknown figure id "minor". Known ids in its data.yaml: applications, minors, area, value, adults, share, per-mu.',
    );
  });
});
