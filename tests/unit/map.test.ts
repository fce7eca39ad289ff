/** The province map (src/lib/map.ts): projection, paths, markers and the national inset. */
import { describe, expect, it } from 'vitest';
import geoJson from '../../src/data/geo/thai-nguyen.json' with { type: 'json' };
import {
  bounds,
  geoData,
  heritagePlaces,
  HOANG_SA,
  inFrame,
  INSET_FRAME,
  markers,
  pathData,
  projection,
  provinceMapView,
  TRUONG_SA,
  type MapLabels,
  type Ring,
} from '../../src/lib/map.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { entry, NOW } from './fixtures.ts';

const geo = geoData(geoJson);
const labels: MapLabels = {
  title: 'T',
  description: 'D',
  insetTitle: 'I',
  hanoi: 'Hà Nội',
  province: 'Thái Nguyên',
  sea: 'Biển Đông',
  hoangSa: 'QĐ. Hoàng Sa',
  truongSa: 'QĐ. Trường Sa',
};
const centroid = (r: Ring) => [r.reduce((s, p) => s + p[0], 0) / r.length, r.reduce((s, p) => s + p[1], 0) / r.length];

describe('projection', () => {
  const frame = { west: 100, south: 10, east: 110, north: 20 };
  const proj = projection(frame, 300);
  it('puts the north-west corner at the origin and the south-east corner at (width, height)', () => {
    expect(proj.project(100, 20)).toEqual([0, 0]);
    expect(proj.project(110, 10)).toEqual([300, proj.height]);
  });
  it('shortens degrees of longitude by the cosine of the middle latitude', () => {
    // 10° of latitude against 10° of longitude at 15°N: taller than wide.
    expect(proj.height).toBeCloseTo(300 / Math.cos((15 * Math.PI) / 180), 0);
  });
});

describe('pathData and markers', () => {
  const proj = projection({ west: 0, south: 0, east: 10, north: 10 }, 100);
  it('writes one closed subpath per ring', () => {
    const d = pathData(
      [
        [
          [0, 10],
          [10, 10],
          [10, 0],
        ],
        [[5, 5]],
      ],
      proj,
    );
    expect(d).toBe(`M0 0L100 0L100 ${proj.height}ZM50 ${proj.project(5, 5)[1]}Z`);
  });
  it('numbers markers in the order given', () => {
    const m = markers(
      [
        { name: 'A', url: '/a/', lat: 10, lng: 0 },
        { name: 'B', url: '/b/', lat: 0, lng: 10 },
      ],
      proj,
    );
    expect(m.map((x) => [x.n, x.name, x.x, x.y])).toEqual([
      [1, 'A', 0, 0],
      [2, 'B', proj.width, proj.height],
    ]);
  });
  it('keeps only places inside the frame', () => {
    const frame = bounds(geo.province);
    expect(inFrame({ name: 'Đền Đuổm', url: '', lat: 21.75, lng: 105.78 }, frame)).toBe(true);
    expect(inFrame({ name: 'Hà Nội', url: '', lat: 21.028, lng: 105.854 }, frame)).toBe(false);
  });
});

describe('the map data (scripts/build-map-data.ts)', () => {
  it('draws the merged province: former Thái Nguyên (south) and Bắc Kạn (north) in one outline', () => {
    expect(geo.province).toHaveLength(1);
    const b = bounds(geo.province);
    expect(b.south).toBeLessThan(21.5); // old Thái Nguyên reaches below 21.5°N
    expect(b.north).toBeGreaterThan(22.5); // Bắc Kạn reaches above 22.5°N
  });
  it('never draws the Hoàng Sa or Trường Sa area as part of a neighbour', () => {
    const inSea = (r: Ring) => {
      const [lng, lat] = centroid(r);
      return lng! > 109.5 && lat! < 18;
    };
    expect(geo.neighbours.filter(inSea)).toEqual([]);
  });
});

describe('provinceMapView', () => {
  const view = provinceMapView(
    geo,
    [
      { name: 'Đền Đuổm', url: '/di-san/den-duom/', lat: 21.75, lng: 105.78 },
      { name: 'Far away', url: '/x/', lat: 10, lng: 106 },
    ],
    labels,
  );
  it('marks the places inside the province and leaves the rest out', () => {
    expect(view.main.markers.map((m) => m.name)).toEqual(['Đền Đuổm']);
    const [m] = view.main.markers;
    expect(m!.x).toBeGreaterThan(0);
    expect(m!.x).toBeLessThan(view.main.width);
    expect(m!.y).toBeGreaterThan(0);
    expect(m!.y).toBeLessThan(view.main.height);
  });
  it('shows Hoàng Sa and Trường Sa, labelled, in the sea east of the mainland', () => {
    const proj = projection(INSET_FRAME, view.inset.width);
    expect(view.inset.archipelagos.map((a) => [a.label, a.x, a.y])).toEqual([
      ['QĐ. Hoàng Sa', ...proj.project(...HOANG_SA)],
      ['QĐ. Trường Sa', ...proj.project(...TRUONG_SA)],
    ]);
    for (const a of view.inset.archipelagos) {
      expect(a.dots.length).toBeGreaterThanOrEqual(6);
      for (const [x, y] of a.dots) {
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(view.inset.width);
        expect(y).toBeLessThan(view.inset.height);
      }
    }
  });
  it('puts the province in the inset north of Hà Nội', () => {
    const ys = [...view.inset.province.matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys)).toBeLessThan(view.inset.hanoi[1]);
  });
});

describe('geoData', () => {
  it('refuses a point that is not a lng/lat pair', () => {
    expect(() => geoData({ province: [[[1, 2, 3]]], vietnam: [], neighbours: [] })).toThrow(/bad map point/);
  });
});

describe('heritagePlaces', () => {
  const model = buildSiteModel(
    {
      heritage: [
        entry('vi/den-duom', {
          type: 'relic',
          location: { commune: 'Phú Lương', coordinates: { lat: 21.75, lng: 105.78 } },
        }),
        entry('vi/thuc-hanh-then', { type: 'intangible', location: { commune: 'nhiều xã' } }),
      ],
    },
    [],
    NOW,
  );
  it('takes the entries with coordinates, with their URL', () => {
    expect(heritagePlaces(model.entries('heritage', 'vi'))).toEqual([
      { name: expect.any(String), url: '/heritage/den-duom/', lat: 21.75, lng: 105.78 },
    ]);
  });
});
