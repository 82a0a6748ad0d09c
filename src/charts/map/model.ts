/**
 * What the map shows, from plain data: which places are drawn as divisions and which sit beside
 * the map, their counts, colour classes, links and labels. Pure, so it can be tested without Astro.
 */
import type { Place } from '../../schemas/vocabulary';
import { classOf, countClasses, type CountClass } from './classes';
import type { MapLayout, MapShape } from './geometry';
import { placeLabels, type MapLabel } from './labels';

/** A place with its story count. */
export interface CountedPlace {
  place: Place;
  count: number;
}

/** A division drawn on the map. */
export interface MapDivision extends CountedPlace {
  /** Colour step of its count's class (0–4). */
  step: number;
  shape: MapShape;
  label: MapLabel | undefined;
  /** In highlight mode: highlighted, tinted as part of a city-wide place, or muted. */
  tone: 'hl' | 'city' | 'mute' | undefined;
}

/** Everything the full map draws. */
export interface MapModel {
  width: number;
  height: number;
  divisions: MapDivision[];
  /** Places with stories but no boundary (the city as a whole, development zones), in vocabulary order. */
  offMap: CountedPlace[];
  classes: CountClass[];
  /** Whether some divisions are highlighted and the rest muted. */
  highlightMode: boolean;
}

/** Font size of map labels, in viewBox units. */
export const LABEL_SIZE = 12;

/**
 * Which divisions a list of place ids highlights: the divisions named, and, for a city-wide place
 * (a city with no boundary of its own, i.e. Guiyang as a whole), every division as a lighter tint.
 */
export function highlighted(
  ids: readonly string[],
  shapes: readonly MapShape[],
  places: readonly Place[],
): { named: Set<string>; cityWide: boolean } {
  const drawn = new Set(shapes.map((shape) => shape.id));
  const named = new Set(ids.filter((id) => drawn.has(id)));
  const cityWide = ids.some((id) => !drawn.has(id) && places.find((place) => place.id === id)?.kind === 'city');
  return { named, cityWide };
}

/**
 * How a division looks in highlight mode: highlighted when named, or when the only place named
 * is the city as a whole; tinted as part of the city when a city-wide place comes with named
 * divisions; muted otherwise.
 */
export function tone(id: string, marked: { named: ReadonlySet<string>; cityWide: boolean }): 'hl' | 'city' | 'mute' {
  if (marked.named.has(id) || (marked.cityWide && marked.named.size === 0)) return 'hl';
  return marked.cityWide ? 'city' : 'mute';
}

/**
 * The full map's model. `counts` maps place ids to story counts (missing means none); `label`
 * gives each division's short label text; `highlight`, when given, switches to highlight mode.
 */
export function buildMapModel(options: {
  layout: MapLayout;
  places: readonly Place[];
  counts: Readonly<Record<string, number>>;
  label: (place: Place) => string;
  count: (count: number) => string;
  highlight?: readonly string[];
}): MapModel {
  const { layout, places, counts, label, count, highlight } = options;
  const placeById = new Map(places.map((place) => [place.id, place]));
  const missing = layout.shapes.filter((shape) => !placeById.has(shape.id)).map((shape) => shape.id);
  if (missing.length > 0) {
    throw new Error(`content/places.yaml: no place for the map's division(s) ${missing.join(', ')}; add them.`);
  }
  const countOf = (id: string) => counts[id] ?? 0;
  const classes = countClasses(layout.shapes.map((shape) => countOf(shape.id)));
  const texts = new Map<string, [string, string]>(
    layout.shapes.map((shape) => [shape.id, [label(placeById.get(shape.id)!), count(countOf(shape.id))]]),
  );
  const labels = placeLabels(layout, texts, LABEL_SIZE);
  const marked = highlight ? highlighted(highlight, layout.shapes, places) : undefined;
  const divisions = layout.shapes.map((shape) => ({
    place: placeById.get(shape.id)!,
    count: countOf(shape.id),
    step: classOf(countOf(shape.id), classes).step,
    shape,
    label: labels.find((candidate) => candidate.id === shape.id),
    tone: marked ? tone(shape.id, marked) : undefined,
  }));
  const drawn = new Set(layout.shapes.map((shape) => shape.id));
  const offMap = places
    .filter((place) => !drawn.has(place.id) && countOf(place.id) > 0)
    .map((place) => ({ place, count: countOf(place.id) }));
  return {
    width: layout.width,
    height: layout.height,
    divisions,
    offMap,
    classes,
    highlightMode: marked !== undefined,
  };
}
