/**
 * Reading boundary files as published for ECharts: pure functions on GeoJSON, no file access,
 * so they can be tested with small fixtures.
 */
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** Mean radius of the Earth, for areas in km². */
export const EARTH_RADIUS_KM = 6371;

/** A county-level division's boundary: its feature id is its GB/T 2260 code. */
export type DivisionFeature = Feature<Polygon | MultiPolygon, { name?: string }>;

/** A boundary file in ECharts' format, possibly with coordinates encoded as text. */
interface EchartsCollection {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: {
    type: 'Feature';
    id?: string | number;
    properties?: { name?: string };
    geometry: {
      type: 'Polygon' | 'MultiPolygon';
      coordinates: unknown;
      encodeOffsets?: unknown;
    };
  }[];
}

/**
 * One ring of ECharts' compact encoding: each coordinate pair is two characters holding the
 * zig-zag encoded difference from the previous point, in units of 1/scale degree.
 */
function decodeRing(text: string, offset: [number, number], scale: number): Position[] {
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i + 1 < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64;
    const dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/**
 * Plain GeoJSON from an ECharts boundary file. Files with `UTF8Encoding: true` store each ring as
 * a string of encoded differences; older files of the same package are plain GeoJSON already.
 */
export function decodeEcharts(input: EchartsCollection): FeatureCollection<Polygon | MultiPolygon> {
  const scale = input.UTF8Scale ?? 1024;
  const features = input.features.map((feature) => {
    const { type, coordinates, encodeOffsets } = feature.geometry;
    let decoded: Position[][] | Position[][][];
    if (!input.UTF8Encoding) {
      decoded = coordinates as Position[][] | Position[][][];
    } else if (type === 'Polygon') {
      const offsets = encodeOffsets as [number, number][];
      decoded = (coordinates as string[]).map((ring, i) => decodeRing(ring, offsets[i]!, scale));
    } else {
      const offsets = encodeOffsets as [number, number][][];
      decoded = (coordinates as string[][]).map((polygon, i) =>
        polygon.map((ring, j) => decodeRing(ring, offsets[i]![j]!, scale)),
      );
    }
    return {
      type: 'Feature' as const,
      ...(feature.id === undefined ? {} : { id: String(feature.id) }),
      properties: { ...feature.properties },
      geometry: { type, coordinates: decoded } as Polygon | MultiPolygon,
    };
  });
  return { type: 'FeatureCollection', features };
}

/** Area of a ring on the sphere in steradians, whichever way it is wound. */
function unsignedArea(ring: Position[]): number {
  const area = geoArea({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });
  return Math.min(area, 4 * Math.PI - area);
}

/** A ring without the small loops it makes where it passes through a point twice. */
function dropLoops(ring: Position[], maxSteradians: number): Position[] {
  const kept: Position[] = [];
  const at = new Map<string, number>();
  ring.forEach((point, index) => {
    const key = `${point[0]},${point[1]}`;
    const seen = at.get(key);
    const closing = index === ring.length - 1;
    if (seen !== undefined && !closing && unsignedArea(kept.slice(seen)) <= maxSteradians) {
      for (const dropped of kept.splice(seen + 1)) at.delete(`${dropped[0]},${dropped[1]}`);
      return;
    }
    at.set(key, kept.length);
    kept.push(point);
  });
  return kept;
}

/**
 * Features without repeated points and without loops smaller than `maxKm2`. ECharts files, drawn
 * on a 1/1024° grid, often pass through a point twice with a tiny loop or spike between; TopoJSON
 * treats every such point as a junction and cuts the border into hundreds of short arcs whose
 * ends simplification must keep.
 */
export function dropSmallLoops<T extends Polygon | MultiPolygon>(
  collection: FeatureCollection<T>,
  maxKm2: number,
): FeatureCollection<T> {
  const max = maxKm2 / EARTH_RADIUS_KM ** 2;
  const clean = (ring: Position[]) => dropLoops(ring, max);
  return {
    ...collection,
    features: collection.features.map((feature) => {
      const geometry = feature.geometry;
      const coordinates =
        geometry.type === 'Polygon'
          ? geometry.coordinates.map(clean)
          : (geometry as MultiPolygon).coordinates.map((polygon) => polygon.map(clean));
      return { ...feature, geometry: { ...geometry, coordinates } as T };
    }),
  };
}

/** True when a ring, read as d3-geo reads it, encloses more than half the globe. */
function enclosesMostOfGlobe(ring: Position[]): boolean {
  return geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI;
}

/**
 * A polygon wound the way d3-geo expects: exterior rings clockwise, holes anticlockwise.
 * d3-geo reads a ring as enclosing the area on its right, so an exterior ring wound the other way
 * (common in files made for planar renderers such as ECharts) becomes "the whole world but this
 * district". Each ring is tested on its own and reversed if it encloses the wrong side.
 */
function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const isHole = index > 0;
    return enclosesMostOfGlobe(ring) !== isHole ? [...ring].reverse() : ring;
  });
}

/** A feature collection with every polygon wound for d3-geo (see `rewindPolygon`). */
export function rewind<T extends Polygon | MultiPolygon>(collection: FeatureCollection<T>): FeatureCollection<T> {
  return {
    ...collection,
    features: collection.features.map((feature) => {
      const geometry = feature.geometry;
      const coordinates =
        geometry.type === 'Polygon'
          ? rewindPolygon(geometry.coordinates)
          : (geometry as MultiPolygon).coordinates.map(rewindPolygon);
      return { ...feature, geometry: { ...geometry, coordinates } as T };
    }),
  };
}
