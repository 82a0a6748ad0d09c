import { describe, expect, it } from 'vitest';
import { textWidth, truncate, wrap } from '../../../src/charts/timeline/text';

describe('textWidth', () => {
  it('counts a Chinese character as one em and Latin letters as about half', () => {
    expect(textWidth('花溪区', 12)).toBe(36);
    expect(textWidth('Huaxi', 12)).toBeGreaterThan(24);
    expect(textWidth('Huaxi', 12)).toBeLessThan(40);
  });
});

describe('truncate', () => {
  it.each([
    ['short text stays', 'Huaxi', 100, 'Huaxi'],
    ['long text ends in an ellipsis', 'Huaxi strawberries from fruit to seedlings', 60, 'Huaxi st…'],
    ['Chinese too', '花溪草莓：从种果子到育种苗', 60, '花溪草莓…'],
  ])('%s', (_name, text, width, expected) => {
    const result = truncate(text, width, 12);
    expect(result).toBe(expected);
    expect(textWidth(result, 12)).toBeLessThanOrEqual(width);
  });
});

describe('wrap', () => {
  it.each([
    ['fits on one line', 'Huaxi strawberries', 200, 2, ['Huaxi strawberries']],
    [
      'breaks between words',
      'Huaxi strawberries from fruit to seedlings',
      160,
      2,
      ['Huaxi strawberries from', 'fruit to seedlings'],
    ],
    ['breaks Chinese between characters', '花溪草莓：从种果子到育种苗', 96, 2, ['花溪草莓：从种果', '子到育种苗']],
    ['never starts a line with a closing mark', '花溪草莓从种果，到育种苗', 84, 2, ['花溪草莓从种果，', '到育种苗']],
    [
      'cuts what does not fit on the last line',
      'one two three four five six seven eight',
      70,
      2,
      ['one two', 'three four…'],
    ],
    ['empty text, no lines', '', 100, 2, []],
  ])('%s', (_name, text, width, maxLines, expected) => {
    expect(wrap(text, width, 12, maxLines)).toEqual(expected);
  });
});
