import { describe, expect, it } from 'vitest';
import { queryOf, rowMatches, searchable, withQuery } from '../../src/lib/table-filter';

describe('the figures table filter', () => {
  it.each([
    ['Parking spaces added 3,840', 'parking 3840', true],
    ['Parking spaces added 3,840', 'PARKING', true],
    ['新增停车位 3840 个', '停车 3840', true],
    ['新增停车位 3840 个', 'ＡＢ', false],
    ['ＡＢＣ full-width', 'abc', true],
    ['parking spaces', 'parking buses', false],
    ['anything', '', true],
    ['anything', '   ', true],
    ['1,234,567 yuan', '1234567', true],
  ])('%s matches %s: %s', (text, query, expected) => {
    expect(rowMatches(text, query)).toBe(expected);
  });

  it('folds white space', () => {
    expect(searchable('  a \n\t b  ')).toBe('a b');
  });

  it('keeps the query in the URL, and nothing else changes', () => {
    expect(queryOf('?q=%E5%81%9C%E8%BD%A6')).toBe('停车');
    expect(queryOf('')).toBe('');
    expect(withQuery('', '停车')).toBe('?q=%E5%81%9C%E8%BD%A6');
    expect(withQuery('?q=old&x=1', '')).toBe('?x=1');
    expect(withQuery('?q=old', ' ')).toBe('');
  });
});
