import { describe, expect, it } from 'vitest';
import { breakPoints, textWidth, wrapText } from '../../../src/charts/text';

describe('textWidth', () => {
  it.each([
    ['', 20, false, 0],
    ['停车位', 20, false, 60], // CJK: one em each
    ['停车位', 20, true, 60], // bold CJK is no wider
  ])('%j at %i px (bold %s) is %i', (text, size, bold, width) => {
    expect(textWidth(text, size, bold)).toBe(width);
  });

  it('grows with the text, with the font size and with bold Latin', () => {
    expect(textWidth('parking spaces', 20)).toBeGreaterThan(textWidth('parking', 20));
    expect(textWidth('parking', 40)).toBe(textWidth('parking', 20) * 2);
    expect(textWidth('parking', 20, true)).toBeGreaterThan(textWidth('parking', 20));
    expect(textWidth('iiii', 20)).toBeLessThan(textWidth('mmmm', 20));
  });
});

describe('breakPoints', () => {
  it.each([
    ['parking spaces added', ['parking ', 'spaces ', 'added']],
    ['新增停车位', ['新', '增', '停', '车', '位']],
    // Closing marks stay with what comes before; opening marks with what comes after.
    ['车位，共计。', ['车', '位，', '共', '计。']],
    ['车位（截至', ['车', '位', '（截', '至']],
    // A number keeps its counter or unit.
    ['新增3840个车位', ['新', '增', '3840个', '车', '位']],
    ['（2023年11月）', ['（2023年', '11月）']],
  ])('%j → %j', (text, pieces) => {
    expect(breakPoints(text)).toEqual(pieces);
  });
});

describe('wrapText', () => {
  const cases: { text: string; width: number; lines: string[] }[] = [
    { text: '', width: 100, lines: [] },
    { text: 'short', width: 480, lines: ['short'] },
    { text: 'parking spaces added', width: 100, lines: ['parking', 'spaces', 'added'] },
    { text: '医院停车大楼一号楼新增公共停车位', width: 160, lines: ['医院停车大楼一号', '楼新增公共停车位'] },
    { text: '车位，车位，车位', width: 60, lines: ['车位，', '车位，', '车位'] },
  ];
  it.each(cases)('$text in $width units', ({ text, width, lines }) => {
    expect(wrapText(text, width, 20)).toEqual(lines);
  });

  it('never returns a line wider than asked, even for a word longer than the line', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious spaces', 120, 20);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(120);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidociousspaces');
  });
});
