import { describe, expect, it } from 'vitest';
import { compareKeys, type SortKey } from '../../src/browser/table-sort';

const sort = (keys: SortKey[], locale = 'en') => {
  const collator = new Intl.Collator(locale, { numeric: true });
  return [...keys].sort((a, b) => compareKeys(a, b, collator));
};

describe('sorting the figures table', () => {
  it('sorts numbers as numbers, not as text', () => {
    const keys = [7, 3840, 400, 5, 48.2].map((number) => ({ text: String(number), number, group: 'a' }));
    expect(sort(keys).map((key) => key.number)).toEqual([5, 7, 48.2, 400, 3840]);
  });

  it('compares numbers only within a unit: units in order, numbers within each', () => {
    const keys: SortKey[] = [
      { text: '320000000', number: 320_000_000, group: '¥' },
      { text: '7', number: 7, group: 'car parks' },
      { text: '8000000', number: 8_000_000, group: '¥' },
      { text: '3840', number: 3840, group: 'car parks' },
    ];
    expect(sort(keys).map((key) => `${key.group} ${key.number}`)).toEqual([
      '¥ 8000000',
      '¥ 320000000',
      'car parks 7',
      'car parks 3840',
    ]);
  });

  it('sorts text in the page language, with digits in numeric order', () => {
    const en = ['parking spaces', 'Area', 'bus lines', 'item 10', 'item 9'].map((text) => ({ text }));
    expect(sort(en).map((key) => key.text)).toEqual(['Area', 'bus lines', 'item 9', 'item 10', 'parking spaces']);
    const zh = ['停车', '草莓', '护照'].map((text) => ({ text }));
    expect(sort(zh, 'zh-CN').map((key) => key.text)).toEqual(['草莓', '护照', '停车']);
  });

  it('falls back to text when a cell has no number', () => {
    const keys: SortKey[] = [{ text: 'b', number: 2 }, { text: 'a' }];
    expect(sort(keys).map((key) => key.text)).toEqual(['a', 'b']);
  });
});
