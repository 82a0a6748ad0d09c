import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DETAIL, divisionBoundaries, mapLayout, type Detail } from '../../../src/charts/map/boundaries-fs';
import { decodeEcharts, dropSmallLoops, rewind } from '../../../src/charts/map/geojson';
import { insideRings, layoutMap } from '../../../src/charts/map/geometry';
import { placeLabels } from '../../../src/charts/map/labels';
import { ui } from '../../../src/i18n/ui';
import type { Place } from '../../../src/schemas/vocabulary';

const places = parse(readFileSync('content/places.yaml', 'utf8')) as Place[];
/** County-level divisions: places with a GB/T 2260 code that is not a prefecture's (ending in 00). */
const divisionCodes = places
  .map((place) => (place.code === undefined ? undefined : String(place.code)))
  .filter((code): code is string => code !== undefined && !code.endsWith('00'))
  .sort();

const details = Object.keys(DETAIL) as Detail[];

/** Every coordinate of a path's data, made absolute (M absolute, l relative with implicit repeats). */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      if (command === 'M' && i === 0) [x, y] = [numbers[0]!, numbers[1]!];
      else [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
      points.push([x, y]);
    }
  }
  return points;
}

describe('Guiyang boundaries', () => {
  it('has exactly the county-level divisions of content/places.yaml, with their codes as ids', () => {
    expect(divisionCodes).toHaveLength(10);
    for (const detail of details) {
      expect(
        divisionBoundaries(detail)
          .map((division) => division.id)
          .sort(),
      ).toEqual(divisionCodes);
    }
  });

  it.each(details)('%s: every division encloses a small area, not the rest of the globe', (detail) => {
    for (const division of divisionBoundaries(detail)) {
      const area = geoArea(division);
      expect(area, String(division.id)).toBeGreaterThan(0);
      expect(area, String(division.id)).toBeLessThan(0.001);
    }
  });

  it('simplifies once and serves the cached result afterwards', () => {
    expect(divisionBoundaries('full')).toBe(divisionBoundaries('full'));
    expect(mapLayout('small')).toBe(mapLayout('small'));
  });
});

describe('map layout', () => {
  it.each(details)('%s: every path lies inside the viewBox and its data matches its bounds', (detail) => {
    const layout = mapLayout(detail);
    expect(layout.width).toBe(DETAIL[detail].width);
    for (const shape of layout.shapes) {
      const [[x0, y0], [x1, y1]] = shape.bounds;
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(layout.width);
      expect(y1).toBeLessThanOrEqual(layout.height);
      for (const [x, y] of pathPoints(shape.d)) {
        expect(x).toBeGreaterThanOrEqual(x0 - 0.01);
        expect(x).toBeLessThanOrEqual(x1 + 0.01);
        expect(y).toBeGreaterThanOrEqual(y0 - 0.01);
        expect(y).toBeLessThanOrEqual(y1 + 0.01);
      }
      expect(shape.d.match(/M/g)).toHaveLength(shape.rings.length);
    }
  });

  it.each(details)('%s: the projection fills the width, padding aside, and the height fits', (detail) => {
    const layout = mapLayout(detail);
    const xs = layout.shapes.flatMap((shape) => [shape.bounds[0][0], shape.bounds[1][0]]);
    const ys = layout.shapes.flatMap((shape) => [shape.bounds[0][1], shape.bounds[1][1]]);
    expect(Math.min(...xs)).toBeCloseTo(2, 0);
    expect(Math.max(...xs)).toBeCloseTo(layout.width - 2, 0);
    expect(Math.min(...ys)).toBeCloseTo(2, 0);
    expect(layout.height - Math.max(...ys)).toBeGreaterThanOrEqual(1.5);
    expect(layout.height - Math.max(...ys)).toBeLessThanOrEqual(3.5);
    // Guiyang is a little taller than wide.
    expect(layout.height / layout.width).toBeGreaterThan(1);
    expect(layout.height / layout.width).toBeLessThan(1.3);
  });

  it('rounds coordinates to one decimal', () => {
    for (const shape of mapLayout('full').shapes) expect(shape.d).not.toMatch(/\.\d\d/);
  });

  it.each([
    ['full', 6500],
    ['small', 3000],
  ] as const)('%s: all paths together stay under %d bytes', (detail, limit) => {
    const bytes = mapLayout(detail).shapes.reduce((sum, shape) => sum + shape.d.length, 0);
    expect(bytes).toBeLessThan(limit);
  });

  it("puts each division's label point inside the division", () => {
    for (const shape of mapLayout('full').shapes) {
      expect(insideRings([shape.anchor.x, shape.anchor.y], shape.rings), shape.id).toBe(true);
      expect(shape.anchor.room).toBeGreaterThan(3);
    }
  });

  it('labels every division in both languages, even with two-digit counts, inside the viewBox', () => {
    const layout = mapLayout('full');
    for (const locale of ['zh', 'en'] as const) {
      const texts = new Map(
        layout.shapes.map((shape) => {
          const place = places.find((candidate) => String(candidate.id) === shape.id)!;
          return [shape.id, [ui(locale).mapLabel(place[locale]), '12']] as [string, [string, string]];
        }),
      );
      const labels = placeLabels(layout, texts, 12);
      expect(labels.map((label) => label.id).sort()).toEqual(divisionCodes);
      for (const label of labels) {
        expect(label.x).toBeGreaterThan(0);
        expect(label.x).toBeLessThan(layout.width);
        expect(label.y).toBeGreaterThan(0);
        expect(label.y).toBeLessThan(layout.height);
      }
    }
  });
});

describe('reading ECharts files', () => {
  /** A clockwise square (as d3-geo wants exterior rings) around (lon, lat). */
  const square = (lon: number, lat: number): Position[] => [
    [lon, lat],
    [lon, lat + 0.1],
    [lon + 0.1, lat + 0.1],
    [lon + 0.1, lat],
    [lon, lat],
  ];
  const collection = (rings: Position[][]): FeatureCollection<Polygon> => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: '1', properties: {}, geometry: { type: 'Polygon', coordinates: rings } }],
  });

  it.each([
    ['clockwise exterior', square(106, 26), false],
    ['anticlockwise exterior', [...square(106, 26)].reverse(), true],
  ])('rewinds a %s only when needed', (_name, ring, reversed) => {
    const fixed = rewind(collection([ring])).features[0]!;
    expect(geoArea(fixed)).toBeLessThan(0.001);
    expect(fixed.geometry.coordinates[0]).toEqual(reversed ? [...ring].reverse() : ring);
  });

  it('winds a hole opposite to its exterior', () => {
    const hole: Position[] = [
      [106.02, 26.02],
      [106.02, 26.08],
      [106.08, 26.08],
      [106.08, 26.02],
      [106.02, 26.02],
    ];
    const fixed = rewind(collection([square(106, 26), hole])).features[0]!;
    const outer = geoArea(collection([square(106, 26)]).features[0]!);
    expect(geoArea(fixed)).toBeGreaterThan(0);
    expect(geoArea(fixed)).toBeLessThan(outer);
  });

  /** ECharts' encoding of one ring: zig-zag deltas in 1/1024 degree, two characters a point. */
  function encode(ring: Position[]): { text: string; offset: [number, number] } {
    const units = ring.map(([x, y]) => [Math.round(x! * 1024), Math.round(y! * 1024)] as const);
    const offset: [number, number] = [units[0]![0], units[0]![1]];
    let [px, py] = offset;
    let text = '';
    for (const [x, y] of units) {
      for (const delta of [x - px, y - py]) text += String.fromCharCode(((delta << 1) ^ (delta >> 31)) + 64);
      [px, py] = [x, y];
    }
    return { text, offset };
  }

  it.each([
    ['plain GeoJSON', false],
    ['UTF8-encoded coordinates', true],
  ])('reads %s', (_name, encoded) => {
    const ring = square(106.5, 26.5);
    const { text, offset } = encode(ring);
    const input = {
      type: 'FeatureCollection' as const,
      UTF8Encoding: encoded,
      features: [
        {
          type: 'Feature' as const,
          id: '520111',
          properties: { name: '花溪区' },
          geometry: encoded
            ? { type: 'Polygon' as const, coordinates: [text], encodeOffsets: [offset] }
            : { type: 'Polygon' as const, coordinates: [ring] },
        },
      ],
    };
    const [feature] = decodeEcharts(input).features;
    expect(feature!.id).toBe('520111');
    const coordinates = (feature!.geometry as Polygon).coordinates[0]!;
    coordinates.forEach((point, index) => {
      expect(point[0]).toBeCloseTo(ring[index]![0]!, 3);
      expect(point[1]).toBeCloseTo(ring[index]![1]!, 3);
    });
  });

  it('drops repeated points and tiny loops but keeps large ones', () => {
    const [a, b, c, d] = [
      [106, 26],
      [106, 26.1],
      [106.1, 26.1],
      [106.1, 26],
    ];
    const spike = [106.0001, 26.1001];
    const ring = [a!, b!, b!, spike, b!, c!, d!, a!];
    const cleaned = dropSmallLoops(collection([ring]), 0.5).features[0]!.geometry.coordinates[0];
    expect(cleaned).toEqual([a, b, c, d, a]);
    // A loop of about 1 km² survives a 0.5 km² threshold.
    const lobe = [b!, [106, 26.11], [106.01, 26.11], b!];
    const kept = dropSmallLoops(collection([[a!, ...lobe, c!, d!, a!]]), 0.5).features[0]!.geometry.coordinates[0];
    expect(kept).toHaveLength(8);
  });

  it('lays out any divisions given to it: one square fills the width', () => {
    const layout = layoutMap(collection([square(106, 26)]).features, 100, 5);
    expect(layout.shapes[0]!.bounds[0][0]).toBeCloseTo(5, 0);
    expect(layout.shapes[0]!.bounds[1][0]).toBeCloseTo(95, 0);
    const points = pathPoints(layout.shapes[0]!.d);
    expect(new Set(points.map(([x]) => Math.round(x)))).toEqual(new Set([5, 95]));
    // Mercator stretches north–south by 1 / cos(latitude): the square is drawn taller than wide.
    expect(Math.min(...points.map(([, y]) => y))).toBeCloseTo(5, 0);
    expect(Math.max(...points.map(([, y]) => y))).toBeCloseTo(5 + 90 / Math.cos((26.05 * Math.PI) / 180), 0);
  });
});
