/**
 * The province map and its national inset, computed at build time from the small public-domain
 * outlines in `src/data/geo/thai-nguyen.json` (made by scripts/build-map-data.ts): lng/lat in,
 * SVG path data and marker positions out. Nothing is fetched and no script runs in the page.
 */
import geo from '../data/geo/thai-nguyen.json' with { type: 'json' };
import type { LocaleCode } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui.ts';
import { entryUrl } from './routing.ts';
import type { Entry, SiteModel } from './site-model.ts';

export type LngLat = [lng: number, lat: number];
export type Ring = LngLat[];
export interface GeoData {
  province: Ring[];
  vietnam: Ring[];
  neighbours: Ring[];
}
export interface Frame {
  west: number;
  south: number;
  east: number;
  north: number;
}
export interface Projection {
  width: number;
  height: number;
  project: (lng: number, lat: number) => [x: number, y: number];
}
/** A place to mark: a heritage site with coordinates. */
export interface MapPlace {
  name: string;
  url: string;
  lat: number;
  lng: number;
}
export interface Marker extends MapPlace {
  /** The number shown on the map and in the list next to it. */
  n: number;
  x: number;
  y: number;
}
export interface Archipelago {
  label: string;
  x: number;
  y: number;
  dots: [number, number][];
}
export interface MapLabels {
  title: string;
  description: string;
  insetTitle: string;
  hanoi: string;
  province: string;
  sea: string;
  hoangSa: string;
  truongSa: string;
}
export interface ProvinceMapView {
  labels: MapLabels;
  main: { width: number; height: number; province: string; markers: Marker[]; hanoi: { x: number; label: string } };
  inset: {
    width: number;
    height: number;
    vietnam: string;
    neighbours: string;
    province: string;
    hanoi: [number, number];
    sea: [number, number];
    archipelagos: Archipelago[];
  };
}

/** Hà Nội (Hoàn Kiếm), for the arrow under the province and the dot in the inset. */
export const HANOI: LngLat = [105.854, 21.028];
/** Archipelago centres as Wikipedia gives them (Hoàng Sa 16°30′N 112°E; Trường Sa 10°N 114°E). */
export const HOANG_SA: LngLat = [112.0, 16.5];
export const TRUONG_SA: LngLat = [114.0, 10.0];
/** Trường Sa Lớn (8°38′41″N 111°55′12″E) and Sơn Ca (10°22′30″N 114°28′48″E), Wikipedia. */
const TRUONG_SA_ISLANDS: LngLat[] = [
  [111.92, 8.645],
  [114.48, 10.375],
];
export const INSET_FRAME: Frame = { west: 101.8, south: 6.4, east: 117.9, north: 23.6 };

/** Equirectangular at the frame's middle latitude: true enough for a province or a country. */
export function projection(frame: Frame, width: number): Projection {
  const kx = Math.cos((((frame.north + frame.south) / 2) * Math.PI) / 180);
  const scale = width / ((frame.east - frame.west) * kx);
  const height = round((frame.north - frame.south) * scale);
  return {
    width,
    height,
    project: (lng, lat) => [round((lng - frame.west) * kx * scale), round((frame.north - lat) * scale)],
  };
}

export function bounds(rings: Ring[], margin = 0): Frame {
  const points = rings.flat();
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return {
    west: Math.min(...lngs) - margin,
    south: Math.min(...lats) - margin,
    east: Math.max(...lngs) + margin,
    north: Math.max(...lats) + margin,
  };
}

/** SVG path data: one closed subpath per ring, whole-ish numbers to keep the page small. */
export function pathData(rings: Ring[], proj: Projection): string {
  return rings
    .map((ring) => {
      const pts = ring.map(([lng, lat]) => proj.project(lng, lat).join(' '));
      return `M${pts.join('L')}Z`;
    })
    .join('');
}

/** Numbered markers in the order given (the list beside the map uses the same numbers). */
export function markers(places: MapPlace[], proj: Projection): Marker[] {
  return places.map((place, i) => {
    const [x, y] = proj.project(place.lng, place.lat);
    return { ...place, n: i + 1, x, y };
  });
}

/** Places outside the frame are dropped rather than drawn off the map. */
export function inFrame(place: MapPlace, frame: Frame): boolean {
  return place.lng >= frame.west && place.lng <= frame.east && place.lat >= frame.south && place.lat <= frame.north;
}

/** A few dots around an archipelago's centre: a symbol, as on Viet Nam's official maps. */
function archipelago(label: string, centre: LngLat, islands: LngLat[], proj: Projection): Archipelago {
  const [x, y] = proj.project(...centre);
  const ring: [number, number][] = [-1, 0, 1].flatMap((dx) =>
    [-1, 1].map((dy): [number, number] => [x + dx * 4, y + dy * 3 + dx]),
  );
  return { label, x, y, dots: [...ring, ...islands.map((p) => proj.project(...p))] };
}

export function provinceMapView(geo: GeoData, places: MapPlace[], labels: MapLabels, width = 360): ProvinceMapView {
  const frame = bounds(geo.province, 0.04);
  const main = projection(frame, width);
  const inset = projection(INSET_FRAME, 240);
  return {
    labels,
    main: {
      width: main.width,
      height: main.height,
      province: pathData(geo.province, main),
      markers: markers(
        places.filter((p) => inFrame(p, frame)),
        main,
      ),
      hanoi: { x: main.project(...HANOI)[0], label: labels.hanoi },
    },
    inset: {
      width: inset.width,
      height: inset.height,
      vietnam: pathData(geo.vietnam, inset),
      neighbours: pathData(geo.neighbours, inset),
      province: pathData(geo.province, inset),
      hanoi: inset.project(...HANOI),
      sea: inset.project(110.2, 13.2),
      archipelagos: [
        archipelago(labels.hoangSa, HOANG_SA, [], inset),
        archipelago(labels.truongSa, TRUONG_SA, TRUONG_SA_ISLANDS, inset),
      ],
    },
  };
}

/** The generated JSON as typed rings; a malformed point stops the build instead of drawing nonsense. */
export function geoData(raw: Record<'province' | 'vietnam' | 'neighbours', number[][][]>): GeoData {
  const rings = (list: number[][][]) =>
    list.map((ring) =>
      ring.map((p): LngLat => {
        if (p.length !== 2 || !p.every(Number.isFinite)) throw new Error(`bad map point ${JSON.stringify(p)}`);
        return [p[0]!, p[1]!];
      }),
    );
  return { province: rings(raw.province), vietnam: rings(raw.vietnam), neighbours: rings(raw.neighbours) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The heritage sites of one language that have coordinates, in the site's list order. */
export function heritagePlaces(entries: readonly Entry[]): MapPlace[] {
  return entries.flatMap((e) => {
    if (e.collection !== 'heritage' || !e.data.location.coordinates) return [];
    return [{ name: e.data.title, url: entryUrl(e), ...e.data.location.coordinates }];
  });
}

/** The map block of the heritage list and the about page, in the page's language. */
export function provinceMap(model: SiteModel, locale: LocaleCode, t: Translate): ProvinceMapView {
  const labels: MapLabels = {
    title: t('map.title'),
    description: t('map.description'),
    insetTitle: t('map.insetTitle'),
    hanoi: t('map.hanoi'),
    province: t('map.province'),
    sea: t('map.sea'),
    hoangSa: t('map.hoangSa'),
    truongSa: t('map.truongSa'),
  };
  return provinceMapView(geoData(geo), heritagePlaces(model.entries('heritage', locale)), labels);
}
