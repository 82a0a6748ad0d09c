import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatNumber, formatPeriod, periodYears } from '../../src/lib/format';
import type { Qualifier } from '../../src/schemas/initiative';
import { unit as unitOf } from '../../harness/units';

describe('formatFigure', () => {
  const cases: [number, string, Qualifier, string, string][] = [
    // value, unit, qualifier, Chinese, English
    [3840, 'matter', 'at-least', '3840余件', '3,840+ matters'],
    [3840, 'space', 'exact', '3840个', '3,840 parking spaces'],
    [400, 'space', 'at-least', '400余个', '400+ parking spaces'],
    [598, 'application', 'exact', '598证次', '598 applications'],
    [1, 'application', 'exact', '1证次', '1 application'],
    [5000, 'mu', 'at-least', '5000余亩', '5,000+ mu'],
    [7000, 'tonne', 'about', '约7000吨', 'about 7,000 tonnes'],
    [40, 'year', 'nearly', '近40年', 'nearly 40 years'],
    [15000, 'transferred-case', 'at-least', '1.5万余条', '15,000+ cases'],
    [200000, 'visitor', 'exact', '20万人', '200,000 visitors'],
    [8000000, 'yuan', 'exact', '800万元', '¥8 million'],
    [320000000, 'yuan', 'exact', '3.2亿元', '¥320 million'],
    [320000000, 'yuan', 'at-least', '3.2亿余元', 'more than ¥320 million'],
    [125000000, 'yuan', 'about', '约1.25亿元', 'about ¥125 million'],
    [64000, 'yuan-per-mu', 'about', '约6.4万元/亩', 'about ¥64,000 per mu'],
    [1.4, 'tonne-per-mu', 'about', '约1.4吨/亩', 'about 1.4 tonnes per mu'],
    [40, 'yuan-per-visitor', 'exact', '40元/人', '¥40 per visitor'],
    [(288 / 598) * 100, 'percent', 'exact', '48.2%', '48.2%'],
    [48.2, 'percent', 'at-least', '超过48.2%', 'more than 48.2%'],
    [2_500_000, 'visitor', 'at-least', '250万余人', 'more than 2.5 million visitors'],
  ];
  it.each(cases)('%d %s %s → %s | %s', (value, unit, qualifier, zh, en) => {
    expect(formatFigure(value, unitOf(unit), qualifier, 'zh')).toBe(zh);
    expect(formatFigure(value, unitOf(unit), qualifier, 'en')).toBe(en);
  });
});

describe('formatNumber', () => {
  it.each([
    [0, '0', '0'],
    [9999, '9999', '9,999'],
    [10000, '1万', '10,000'],
    [999999, '100万', '999,999'],
    [1_000_000, '100万', '1 million'],
    [100_000_000, '1亿', '100 million'],
  ])('%d → %s | %s', (value, zh, en) => {
    expect(formatNumber(value, 'zh')).toBe(zh);
    expect(formatNumber(value, 'en')).toBe(en);
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2023', '2023年', '2023'],
    ['2023-11', '2023年11月', 'November 2023'],
    ['2023-11/2024-01', '2023年11月至2024年1月', 'November 2023 – January 2024'],
    ['../2024-01', '截至2024年1月', 'as of January 2024'],
    ['2023/2024-01', '2023年至2024年1月', '2023 – January 2024'],
    ['2024-01-29', '2024年1月29日', '29 January 2024'],
  ])('%s → %s | %s', (period, zh, en) => {
    expect(formatPeriod(period, 'zh')).toBe(zh);
    expect(formatPeriod(period, 'en')).toBe(en);
  });

  it('lists the years a period touches', () => {
    expect(periodYears('2023-11/2024-01')).toEqual([2023, 2024]);
    expect(periodYears('../2024-01')).toEqual([2024]);
    expect(periodYears('2021/2023')).toEqual([2021, 2022, 2023]);
  });
});

describe('formatDate', () => {
  it('writes dates in each language', () => {
    const date = new Date('2024-01-29T00:00:00Z');
    expect(formatDate(date, 'zh')).toBe('2024年1月29日');
    expect(formatDate(date, 'en')).toBe('29 January 2024');
  });
});
