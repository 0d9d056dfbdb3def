/**
 * The bench's baseline: the least a clustered member map can do. Fetch the same GeoJSON,
 * load it into supercluster with the same options, and draw the clusters in view as circles
 * in one SVG, re-clustering on each zoom step. No land, no list, no filters, no framework.
 * It exposes `bareZoom(factor)` and marks `bare:rendered` for bench/run.ts.
 */
import { geoAzimuthalEqualArea } from 'd3-geo';
import Supercluster from 'supercluster';
import { CLUSTER_OPTIONS, clusterZoom } from '../src/member-map/view/clusters.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 800;
const HEIGHT = 600;
const api = new URLSearchParams(location.search).get('api')!;
const projection = geoAzimuthalEqualArea().rotate([-10, -52]).fitSize([WIDTH, HEIGHT], {
  type: 'MultiPoint', coordinates: [[-24.6, 66.5], [-9.6, 36.9], [34.7, 34.5], [31.8, 70.2]],
});
const baseScale = projection.scale();
const [baseX, baseY] = projection.translate();
let zoom = 1;

const svg = document.createElementNS(SVG, 'svg');
svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
svg.setAttribute('width', String(WIDTH));
svg.setAttribute('height', String(HEIGHT));
document.body.append(svg);

let index: Supercluster;

function draw(): void {
  const edges = [[0, 0], [WIDTH / 2, 0], [WIDTH, 0], [WIDTH, HEIGHT / 2], [WIDTH, HEIGHT], [WIDTH / 2, HEIGHT], [0, HEIGHT], [0, HEIGHT / 2]];
  const corners = edges.map((point) => projection.invert!(point as [number, number])!);
  const lons = corners.map(([lon]) => lon);
  const lats = corners.map(([, lat]) => lat);
  const clusters = index.getClusters([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], clusterZoom(zoom, baseScale));
  const group = document.createElementNS(SVG, 'g');
  for (const cluster of clusters) {
    const point = projection(cluster.geometry.coordinates as [number, number]);
    if (!point || point[0] < 0 || point[0] > WIDTH || point[1] < 0 || point[1] > HEIGHT) continue;
    const circle = document.createElementNS(SVG, 'circle');
    const count = (cluster.properties as { point_count?: number }).point_count ?? 1;
    circle.setAttribute('cx', String(point[0]));
    circle.setAttribute('cy', String(point[1]));
    circle.setAttribute('r', String(count > 1 ? 10 + 3 * Math.log2(count) : 7));
    group.append(circle);
  }
  svg.replaceChildren(group);
}

/** One zoom step around the centre, drawn synchronously. */
function bareZoom(factor: number): void {
  zoom = Math.min(Math.max(zoom * factor, 1), 64);
  projection.scale(baseScale * zoom).translate([WIDTH / 2 - (WIDTH / 2 - baseX) * zoom, HEIGHT / 2 - (HEIGHT / 2 - baseY) * zoom]);
  draw();
}

async function start(): Promise<void> {
  const geojson = await (await fetch(`${api}/v1/members.geojson`)).json();
  index = new Supercluster(CLUSTER_OPTIONS).load(geojson.features);
  draw();
  performance.mark('bare:rendered');
}

Object.assign(window, { bareZoom, bareStart: start });
if (!location.search.includes('defer')) void start();
