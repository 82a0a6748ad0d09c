/**
 * Map geometry: projects division boundaries into a fixed viewBox and writes compact SVG paths.
 * Pure: takes GeoJSON features as arguments (see `boundaries-fs.ts` for reading them).
 */
import { geoMercator, geoPath, type GeoContext } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** A point in viewBox units. */
export type Point = [x: number, y: number];

/** One division drawn on the map. */
export interface MapShape {
  /** The division's code (the feature id). */
  id: string;
  /** SVG path data, coordinates rounded to 0.1 and written relative to the previous point. */
  d: string;
  /** Smallest box holding the drawn path: [[x0, y0], [x1, y1]]. */
  bounds: [Point, Point];
  /** The rings as drawn, for label placement. */
  rings: Point[][];
  /** A point well inside the division, and its distance to the nearest border: room for a label. */
  anchor: { x: number; y: number; room: number };
}

/** The whole map: its viewBox size and its divisions. */
export interface MapLayout {
  width: number;
  height: number;
  shapes: MapShape[];
}

/** Coordinates are kept as integer tenths so that rounding never drifts along a path. */
const TENTHS = 10;

/** A tenth-unit integer as short SVG number text: 12 → "1.2", -3 → "-.3", 20 → "2". */
function num(tenths: number): string {
  return String(tenths / TENTHS).replace(/^(-?)0\./, '$1.');
}

/**
 * A d3-geo path context that collects rings of rounded points instead of drawing them, dropping
 * repeated points and rings that rounding has flattened to nothing.
 */
class RingCollector implements GeoContext {
  rings: [number, number][][] = [];
  private ring: [number, number][] = [];

  moveTo(x: number, y: number): void {
    this.ring = [];
    this.lineTo(x, y);
  }

  lineTo(x: number, y: number): void {
    const point: [number, number] = [Math.round(x * TENTHS), Math.round(y * TENTHS)];
    const last = this.ring.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
  }

  closePath(): void {
    const first = this.ring[0];
    const last = this.ring.at(-1);
    if (first && last && this.ring.length > 1 && first[0] === last[0] && first[1] === last[1]) this.ring.pop();
    if (this.ring.length >= 3) this.rings.push(this.ring);
    this.ring = [];
  }

  beginPath(): void {
    // Rings start with moveTo.
  }

  arc(): void {
    // Only called for points, which boundaries do not have.
  }
}

/** SVG path data for rings of tenth-unit points: absolute first point, then relative `l` steps. */
function pathData(rings: [number, number][][]): string {
  let d = '';
  let previous: [number, number] = [0, 0];
  for (const ring of rings) {
    const [start, ...rest] = ring as [[number, number], ...[number, number][]];
    d += `M${num(start[0])}${start[1] < 0 ? '' : ' '}${num(start[1])}`;
    previous = start;
    let command = 'l';
    for (const point of rest) {
      const dx = point[0] - previous[0];
      const dy = point[1] - previous[1];
      const x = num(dx);
      const y = num(dy);
      const separator = command || x.startsWith('-') ? '' : ' ';
      d += `${command}${separator}${x}${y.startsWith('-') ? '' : ' '}${y}`;
      command = '';
      previous = point;
    }
    d += 'z';
  }
  return d;
}

/** Signed area of a ring (positive when clockwise on screen). */
function ringArea(ring: Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return sum / 2;
}

/** Whether a point lies inside rings (even–odd rule, so holes count as outside). */
export function insideRings(point: Point, rings: Point[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
  }
  return inside;
}

/** Distance from a point to the nearest edge of rings. */
function edgeDistance(point: Point, rings: Point[][]): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j]!;
      const [bx, by] = ring[i]!;
      const dx = bx - ax;
      const dy = by - ay;
      const t =
        dx || dy ? Math.max(0, Math.min(1, ((point[0] - ax) * dx + (point[1] - ay) * dy) / (dx * dx + dy * dy))) : 0;
      best = Math.min(best, Math.hypot(point[0] - ax - t * dx, point[1] - ay - t * dy));
    }
  }
  return best;
}

/**
 * The point of the largest part of a division farthest from its borders (its "pole of
 * inaccessibility"), found by a grid search refined three times. Centroids can fall outside
 * crescent-shaped districts or hard against a border; this point leaves the most room for a label.
 */
export function labelAnchor(rings: Point[][]): { x: number; y: number; room: number } {
  const outer = rings.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  let best = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, room: -1 };
  let step = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 16;
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (let round = 0; round < 4; round++) {
    for (let x = x0; x <= x1; x += step) {
      for (let y = y0; y <= y1; y += step) {
        if (!insideRings([x, y], rings)) continue;
        const room = edgeDistance([x, y], rings);
        if (room > best.room) best = { x, y, room };
      }
    }
    [x0, x1, y0, y1] = [best.x - step, best.x + step, best.y - step, best.y + step];
    step /= 4;
  }
  return { x: Math.round(best.x * 10) / 10, y: Math.round(best.y * 10) / 10, room: Math.max(0, best.room) };
}

/**
 * Projects divisions into a viewBox `width` units wide (Mercator, fitted with `padding` on every
 * side); the height follows from the shape of the area. Paths are rounded to 0.1 unit.
 */
export function layoutMap(divisions: Feature<Polygon | MultiPolygon>[], width: number, padding = 2): MapLayout {
  const collection: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features: divisions };
  const projection = geoMercator().fitWidth(width - 2 * padding, collection);
  const [[bx0, by0], [, by1]] = geoPath(projection).bounds(collection);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding - bx0, ty + padding - by0]);
  const height = Math.ceil(by1 - by0 + 2 * padding);
  const shapes = divisions.map((division) => {
    const collector = new RingCollector();
    geoPath(projection, collector)(division);
    const rings: Point[][] = collector.rings.map((ring) => ring.map(([x, y]) => [x / TENTHS, y / TENTHS]));
    if (rings.length === 0) throw new Error(`division ${division.id} is too small to draw at width ${width}`);
    const xs = rings.flat().map((p) => p[0]);
    const ys = rings.flat().map((p) => p[1]);
    return {
      id: String(division.id),
      d: pathData(collector.rings),
      bounds: [
        [Math.min(...xs), Math.min(...ys)],
        [Math.max(...xs), Math.max(...ys)],
      ] as [Point, Point],
      rings,
      anchor: labelAnchor(rings),
    };
  });
  return { width, height, shapes };
}

/**
 * Whether a label box of `width` × `height` centred on `(x, y)` lies inside the division: its
 * corners and edge midpoints must all be inside, and `margin` units clear of the border.
 */
export function labelFits(shape: MapShape, x: number, y: number, width: number, height: number, margin = 1): boolean {
  const w = width / 2;
  const h = height / 2;
  const probes: Point[] = [
    [x - w, y - h],
    [x, y - h],
    [x + w, y - h],
    [x - w, y],
    [x + w, y],
    [x - w, y + h],
    [x, y + h],
    [x + w, y + h],
  ];
  return probes.every((p) => insideRings(p, shape.rings) && edgeDistance(p, shape.rings) >= margin);
}
