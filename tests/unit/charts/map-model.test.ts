import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mapLayout } from '../../../src/charts/map/boundaries-fs';
import { buildMapModel, highlighted, tone } from '../../../src/charts/map/model';
import type { Place } from '../../../src/schemas/vocabulary';

const places = (parse(readFileSync('content/places.yaml', 'utf8')) as Place[]).map((place) => ({
  ...place,
  id: String(place.id),
}));
const layout = mapLayout('full');
const build = (counts: Record<string, number>, highlight?: string[]) =>
  buildMapModel({
    layout,
    places,
    counts,
    label: (place) => place.zh,
    count: String,
    ...(highlight ? { highlight } : {}),
  });
const zone = places.find((place) => place.kind === 'zone')!;

describe('buildMapModel', () => {
  it('draws every division with its count, and none as zero', () => {
    const model = build({ '520111': 2, '520103': 1 });
    expect(model.divisions).toHaveLength(10);
    expect(model.divisions.find((division) => division.place.id === '520111')).toMatchObject({ count: 2, step: 4 });
    expect(model.divisions.find((division) => division.place.id === '520103')).toMatchObject({ count: 1, step: 1 });
    expect(model.divisions.find((division) => division.place.id === '520102')).toMatchObject({ count: 0, step: 0 });
  });

  it('puts the whole city and the zone beside the map, not on a district, when they have stories', () => {
    const model = build({ '520100': 4, [zone.id]: 1, '520103': 2 });
    expect(model.offMap.map(({ place, count }) => [place.id, count])).toEqual([
      ['520100', 4],
      [zone.id, 1],
    ]);
    // The city-wide count does not raise the districts' scale.
    expect(model.classes.at(-1)!.max).toBe(2);
  });

  it('leaves out places beside the map that have no stories', () => {
    expect(build({ '520103': 2 }).offMap).toEqual([]);
  });

  it('fails naming the division when content/places.yaml lacks one', () => {
    const without = places.filter((place) => place.id !== '520122');
    expect(() =>
      buildMapModel({ layout, places: without, counts: {}, label: (place) => place.zh, count: String }),
    ).toThrow(/520122/);
  });

  it('in highlight mode, marks the named divisions and mutes the rest', () => {
    const model = build({}, ['520111']);
    expect(model.highlightMode).toBe(true);
    expect(model.divisions.filter((division) => division.tone === 'hl').map((division) => division.place.id)).toEqual([
      '520111',
    ]);
    expect(model.divisions.filter((division) => division.tone === 'mute')).toHaveLength(9);
    expect(build({}).divisions.every((division) => division.tone === undefined)).toBe(true);
  });
});

describe('highlight tones', () => {
  const shapes = layout.shapes;
  const tones = (ids: string[]) => {
    const marked = highlighted(ids, shapes, places);
    return shapes.map((shape) => tone(shape.id, marked));
  };
  const count = (list: string[], value: string) => list.filter((item) => item === value).length;

  it.each([
    ['one district', ['520111'], { hl: 1, city: 0, mute: 9 }],
    ['two districts', ['520111', '520181'], { hl: 2, city: 0, mute: 8 }],
    ['the whole city alone: every division', ['520100'], { hl: 10, city: 0, mute: 0 }],
    ['a district and the whole city: the city tinted', ['520103', '520100'], { hl: 1, city: 9, mute: 0 }],
    ['a zone alone: nothing to draw', [zone.id], { hl: 0, city: 0, mute: 10 }],
    ['a district and a zone', ['520103', zone.id], { hl: 1, city: 0, mute: 9 }],
  ])('%s', (_name, ids, expected) => {
    const list = tones(ids);
    expect({ hl: count(list, 'hl'), city: count(list, 'city'), mute: count(list, 'mute') }).toEqual(expected);
  });
});
