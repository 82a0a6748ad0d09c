/**
 * Where each division's label goes: inside the division when it fits, otherwise outside the map
 * in empty space with a leader line to the division, otherwise nowhere (the division is still
 * named by its link, its tooltip and the data table).
 */
import { textWidth } from '../timeline/text';
import { insideRings, labelFits, type MapLayout, type MapShape, type Point } from './geometry';

/** A placed label. */
export interface MapLabel {
  id: string;
  /** Centre of the label's text. */
  x: number;
  y: number;
  /** Set when the label had to be set smaller than the map's font size to fit inside. */
  small?: boolean;
  /** Set when the label's two parts (name and count) are stacked on two lines to fit inside. */
  stacked?: boolean;
  /** For labels outside their division: the line from the division to the label. */
  leader?: [Point, Point];
}

/** Font size of labels that only fit inside their division when set smaller. */
export const SMALL_LABEL = 0.85;

type Box = { x0: number; y0: number; x1: number; y1: number };

const boxAt = (x: number, y: number, w: number, h: number): Box => ({
  x0: x - w / 2,
  y0: y - h / 2,
  x1: x + w / 2,
  y1: y + h / 2,
});
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether a box is clear of every division (no corner, edge midpoint or centre inside one). */
function clearOfMap(box: Box, shapes: readonly MapShape[]): boolean {
  const xs = [box.x0, (box.x0 + box.x1) / 2, box.x1];
  const ys = [box.y0, (box.y0 + box.y1) / 2, box.y1];
  return xs.every((x) => ys.every((y) => shapes.every((shape) => !insideRings([x, y], shape.rings))));
}

/** Whether two segments cross. */
function crosses([a, b]: [Point, Point], [c, d]: [Point, Point]): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) !== side(a, b, d) && side(c, d, a) !== side(c, d, b);
}

/** The point of a box's edge nearest to a point outside it. */
function nearestOnBox(box: Box, [x, y]: Point): Point {
  return [Math.max(box.x0, Math.min(box.x1, x)), Math.max(box.y0, Math.min(box.y1, y))];
}

/** Label sizes to try inside a division, roomiest first: one line, two lines, then smaller. */
const FITS = [
  { scale: 1, stacked: false },
  { scale: 1, stacked: true },
  { scale: SMALL_LABEL, stacked: false },
  { scale: SMALL_LABEL, stacked: true },
];

/** Line height of labels, in em. */
export const LINE_HEIGHT = 1.2;

/**
 * Places one label per division. `texts` gives each division's label in two parts (name and
 * count), set on one line or stacked; `fontSize` is in viewBox units. Labels that fit inside their
 * division are placed first; the others look for the nearest empty spot outside the map, in the
 * viewBox, that no other label or leader line uses.
 */
export function placeLabels(
  layout: MapLayout,
  texts: ReadonlyMap<string, [string, string]>,
  fontSize: number,
): MapLabel[] {
  const height = fontSize * LINE_HEIGHT;
  const placed: { label: MapLabel; box: Box }[] = [];
  const pending: MapShape[] = [];
  for (const shape of layout.shapes) {
    const text = texts.get(shape.id);
    if (text === undefined) continue;
    const { x, y, room } = shape.anchor;
    // Try the roomiest point, then points around it: a label is wider than the inscribed circle.
    const offsets: Point[] = [[0, 0]];
    for (const r of [room / 3, (2 * room) / 3]) {
      for (let a = 0; a < 8; a++) offsets.push([r * Math.cos((a * Math.PI) / 4), r * Math.sin((a * Math.PI) / 4)]);
    }
    let done = false;
    for (const { scale, stacked } of FITS) {
      const width =
        2 +
        (stacked
          ? Math.max(...text.map((part) => textWidth(part, fontSize * scale)))
          : oneLine(text, fontSize * scale));
      const tall = height * scale * (stacked ? 2 : 1);
      const spot = offsets.find(([dx, dy]) => labelFits(shape, x + dx, y + dy, width, tall));
      if (!spot) continue;
      const label: MapLabel = { id: shape.id, x: round(x + spot[0]), y: round(y + spot[1]) };
      if (scale < 1) label.small = true;
      if (stacked) label.stacked = true;
      placed.push({ label, box: boxAt(label.x, label.y, width, tall) });
      done = true;
      break;
    }
    if (!done) pending.push(shape);
  }
  for (const shape of pending) {
    const width = oneLine(texts.get(shape.id)!, fontSize) + 2;
    const { x, y } = shape.anchor;
    let best: { label: MapLabel; box: Box } | undefined;
    for (let r = fontSize * 2; r <= layout.width / 2 && !best; r += fontSize / 2) {
      for (let a = 0; a < 24 && !best; a++) {
        const angle = (a * Math.PI) / 12;
        const cx = round(x + r * Math.cos(angle));
        const cy = round(y + r * Math.sin(angle));
        const box = boxAt(cx, cy, width, height);
        const inView = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= layout.width && box.y1 <= layout.height;
        if (!inView || !clearOfMap(box, layout.shapes) || placed.some((other) => overlaps(other.box, box))) continue;
        const end = nearestOnBox(box, [x, y]);
        const leader: [Point, Point] = [
          [x, y],
          [round(end[0]), round(end[1])],
        ];
        if (placed.some(({ label }) => label.leader && crosses(label.leader, leader))) continue;
        best = { label: { id: shape.id, x: cx, y: cy, leader }, box };
      }
    }
    if (best) placed.push(best);
  }
  return placed.map(({ label }) => label);
}

/** Width of a label's two parts on one line, with a space between. */
function oneLine([name, count]: [string, string], fontSize: number): number {
  return textWidth(`${name} ${count}`, fontSize);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
