import { describe, expect, it } from 'vitest';
import { figureText, resolveFigures } from '../../src/lib/figures';
import type { FigureData } from '../../src/schemas/initiative';
import { UNITS } from '../../harness/units';
import type { Story } from '../../src/lib/catalog';
import { createStoryContext, storyFigure } from '../../src/lib/story-context';

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

  const byId = (id: string) => figures.find((figure) => figure.id === id)!;

  it('computes differences, shares and ratios', () => {
    expect(byId('adults').value).toBe(310);
    expect(byId('share').value).toBeCloseTo(48.16, 2);
    expect(byId('per-mu').value).toBe(64000);
  });

  it('is exact only when every input is exact, and is marked as derived', () => {
    expect(figureText(byId('share'), 'en')).toBe('48.2%');
    // Exactly ¥320 million on more than 5,000 mu: at most ¥64,000 a mu, "nearly" (lib/bounds.ts).
    expect(figureText(byId('per-mu'), 'zh')).toBe('近6.4万元/亩');
    expect(byId('per-mu').derivation).toEqual({ op: 'ratio', of: ['value', 'area'] });
    expect(byId('minors').derivation).toBeUndefined();
  });

  it('names the file and the known ids for an unknown id', () => {
    const context = createStoryContext({ slug: 'x', locale: 'en', figures } as unknown as Story);
    expect(() => storyFigure(context, 'minor')).toThrow(
      'content/initiatives/x/en.mdx: <Figure id="minor" /> names an unknown figure. Known ids: applications, minors, area, value, adults, share, per-mu.',
    );
  });
});
