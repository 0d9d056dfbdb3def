/**
 * Build step: turns Natural Earth 1:50m countries (world-atlas) into the compact module the
 * member map draws. Projecting, clipping, simplifying and quantising here, once, means the
 * browser gets ready-made SVG path data for Europe instead of a world atlas and a projection
 * pipeline: a few kilobytes instead of hundreds, and no geometry work at run time.
 *
 * Usage: node scripts/build-europe-geometry.mjs [minArea=0.5]  (writes src/member-map/view/geometry/europe.json)
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { NUMERIC_TO_ALPHA2, PROJECTION, WIDTH, frame } from './europe-frame.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../src/member-map/view/geometry/europe.json');
/** Smallest triangle kept by Visvalingam simplification, in square pixels at zoom 1. */
const minArea = Number(process.argv[2] ?? 0.5);

const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const projection = geoAzimuthalEqualArea().rotate(PROJECTION.rotate).fitWidth(WIDTH, frame);
const [[, y0], [, y1]] = geoPath(projection).bounds(frame);
const height = Math.ceil(y1 - Math.min(0, y0));
// Land beyond the frame, so that wide or tall elements (which show more than the frame) and
// panning to an edge show coastlines rather than a cut.
const [marginX, marginY] = [WIDTH * 0.6, height * 0.25];
projection.clipExtent([[-marginX, -marginY], [WIDTH + marginX, height + marginY]]);

// Simplify on the sphere, shared borders together (topology), before projecting. Land outside
// the frame is only context, seen at low zoom: it is simplified ten times harder.
const weighted = presimplify(world, sphericalTriangleArea);
for (const arc of weighted.arcs) {
  for (const point of arc) {
    const [x, y] = projection([point[0], point[1]]) ?? [-1, -1];
    if (x < 0 || x > WIDTH || y < 0 || y > height) point[2] *= 0.1;
  }
}
const simplified = simplify(weighted, minArea / projection.scale() ** 2);
const path = geoPath(projection).digits(0);

const byCode = new Map();
for (const geometry of simplified.objects.countries.geometries) {
  const code = geometry.id ? NUMERIC_TO_ALPHA2[geometry.id] : NAME_TO_CODE(geometry.properties.name);
  if (!code) continue;
  const d = path(feature(simplified, geometry));
  if (!d) continue;
  byCode.set(code, (byCode.get(code) ?? '') + d);
}

function NAME_TO_CODE(name) {
  return { Kosovo: 'XK', 'N. Cyprus': 'CY' }[name];
}

/**
 * Rewrites d3's absolute integer path data (`M1,2L3,4Z`) as relative moves (`m1 2 2 2z`):
 * small deltas repeat, so the module compresses to about half.
 */
function relative(d) {
  let out = '';
  let x = 0, y = 0, startX = 0, startY = 0;
  for (const [, command, a, b] of d.matchAll(/([MLZ])(?:(-?\d+),(-?\d+))?/g)) {
    if (command === 'Z') {
      out += 'z';
      [x, y] = [startX, startY];
      continue;
    }
    const [px, py] = [Number(a), Number(b)];
    const delta = `${px - x} ${py - y}`.replace(' -', '-');
    out += command === 'M' ? `m${delta}` : /\d$/.test(out) && !delta.startsWith('-') ? ` ${delta}` : delta;
    if (command === 'M') [startX, startY] = [px, py];
    [x, y] = [px, py];
  }
  return out;
}

// One path for all the land: the map never styles a country on its own, and one element
// costs the browser far less to style, lay out and paint than seventy.
const land = relative([...byCode].sort(([a], [b]) => a.localeCompare(b)).map(([, d]) => d).join(''));
const { rotate } = PROJECTION;
const geometry = {
  source: 'Natural Earth 1:50m via world-atlas 2, projected with d3-geo (azimuthal equal-area, ETRS89-LAEA centre)',
  width: WIDTH,
  height,
  projection: { rotate, scale: round(projection.scale()), translate: projection.translate().map(round) },
  land,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(geometry) + '\n');
console.log(`europe.json: ${byCode.size} countries, ${JSON.stringify(geometry).length} bytes`);

function round(value) {
  return Math.round(value * 1000) / 1000;
}
