import { describe, expect, it } from 'vitest';
import { derivedQualifier, restQualifier, worthPointingOut } from '../../src/lib/bounds';
import type { Qualifier } from '../../src/schemas/initiative';

const figure = (value: number, qualifier: Qualifier) => ({ value, qualifier });

describe('arithmetic on inexact figures', () => {
  // [a, b, a − b, a ÷ b]: undefined is "not known".
  const cases: [Qualifier, Qualifier, Qualifier | undefined, Qualifier | undefined][] = [
    ['exact', 'exact', 'exact', 'exact'],
    ['at-least', 'exact', 'at-least', 'at-least'],
    ['exact', 'at-least', 'nearly', 'nearly'],
    ['at-least', 'at-least', undefined, undefined],
    ['nearly', 'nearly', undefined, undefined],
    ['at-least', 'nearly', 'at-least', 'at-least'],
    ['nearly', 'at-least', 'nearly', 'nearly'],
    ['about', 'exact', 'about', 'about'],
    ['exact', 'about', 'about', 'about'],
    ['about', 'about', 'about', 'about'],
    ['about', 'at-least', 'nearly', 'nearly'],
    ['at-least', 'about', 'at-least', 'at-least'],
    ['nearly', 'about', 'nearly', 'nearly'],
    ['about', 'nearly', 'at-least', 'at-least'],
  ];

  it.each(cases)('%s a and %s b: a − b is %s, a ÷ b is %s', (a, b, difference, ratio) => {
    expect(derivedQualifier('difference', figure(3000, a), figure(800, b))).toBe(difference);
    expect(derivedQualifier('ratio', figure(3000, a), figure(800, b))).toBe(ratio);
    expect(derivedQualifier('share', figure(800, a), figure(3000, b))).toBe(ratio);
  });

  it('turns the ends round for negative values', () => {
    // At least −3,000, divided by 800, is at least −3.75; divided by −800, at most 3.75.
    expect(derivedQualifier('ratio', figure(-3000, 'at-least'), figure(800, 'exact'))).toBe('at-least');
    expect(derivedQualifier('ratio', figure(-3000, 'at-least'), figure(-800, 'exact'))).toBe('nearly');
    // At least 3,000 divided by −800 is at most −3.75.
    expect(derivedQualifier('ratio', figure(3000, 'at-least'), figure(-800, 'exact'))).toBe('nearly');
  });

  it('knows what parts leave of a whole only where their ends allow', () => {
    expect(restQualifier('at-least', ['at-least'])).toBeUndefined();
    expect(restQualifier('at-least', ['exact', 'nearly'])).toBe('at-least');
    expect(restQualifier('exact', ['exact', 'at-least'])).toBe('nearly');
    expect(restQualifier('exact', ['exact', 'exact'])).toBe('exact');
    expect(restQualifier('about', ['exact'])).toBe('about');
    // The rest of the shares: 100% minus a share that is at most 26.7% is at least 73.3%.
    expect(restQualifier('exact', ['nearly'])).toBe('at-least');
    expect(restQualifier('exact', [undefined])).toBeUndefined();
  });

  it('points out a result with two inexact inputs, or a bound turned round, not one carried through', () => {
    expect(worthPointingOut('at-least', [figure(3840, 'at-least'), figure(7, 'exact')])).toBe(false);
    expect(worthPointingOut('exact', [figure(598, 'exact'), figure(288, 'exact')])).toBe(false);
    expect(worthPointingOut('nearly', [figure(7000, 'exact'), figure(5000, 'at-least')])).toBe(true);
    expect(worthPointingOut('about', [figure(1200, 'about'), figure(3000, 'about')])).toBe(true);
    expect(worthPointingOut(undefined, [figure(3000, 'at-least'), figure(800, 'at-least')])).toBe(true);
  });
});
