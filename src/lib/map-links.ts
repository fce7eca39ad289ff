/**
 * "Open in maps" links: plain URLs built from a place's WGS84 coordinates, with the map
 * services each language's readers use (Google and Apple for vi/en, Naver and Kakao for ko,
 * Baidu and Amap for zh). The formats are the ones the services document; see
 * docs/sources/heritage-places.md. No script, no request from our pages: the visitor follows a link.
 *
 * Datums: Baidu (BD-09) and Amap (GCJ-02) shift coordinates inside China only; both take WGS84
 * when told (`coord_type=wgs84`, `coordinate=wgs84`), so the same numbers work everywhere.
 */
import type { LocaleCode } from '../i18n/locales.ts';

export type MapService = 'google' | 'apple' | 'naver' | 'kakao' | 'baidu' | 'amap';
export interface MapPoint {
  lat: number;
  lng: number;
  name: string;
}
export interface MapLink {
  service: MapService;
  url: string;
}

/** Which services each language's readers expect, in the order shown. */
export const MAP_SERVICES: Record<LocaleCode, MapService[]> = {
  vi: ['google', 'apple'],
  en: ['google', 'apple'],
  ko: ['naver', 'kakao', 'google'],
  zh: ['baidu', 'amap', 'google'],
};

/** Six decimals is about 10 cm: more would only lengthen the URL. */
const fixed = (n: number) => String(Number(n.toFixed(6)));
const q = encodeURIComponent;

/**
 * @param app who is asking, which Baidu (`src`) and Naver (`appname`) require: the site's host.
 */
export function mapUrl(service: MapService, p: MapPoint, app: string): string {
  const [lat, lng] = [fixed(p.lat), fixed(p.lng)];
  switch (service) {
    case 'google': // Maps URLs, "search" action
      return `https://www.google.com/maps/search/?api=1&query=${lat}%2C${lng}`;
    case 'apple': // Apple Map Links: ll = centre, q = label of the pin
      return `https://maps.apple.com/?ll=${lat},${lng}&q=${q(p.name)}`;
    case 'kakao': // Kakao Maps "URL로 지도 바로 열기": /link/map/name,lat,lng
      return `https://map.kakao.com/link/map/${q(p.name)},${lat},${lng}`;
    case 'naver': // NAVER Maps URL Scheme (opens the app; Naver documents no web equivalent)
      return `nmap://place?lat=${lat}&lng=${lng}&name=${q(p.name)}&appname=${q(app)}`;
    case 'baidu': // Baidu URI API, web marker
      return `https://api.map.baidu.com/marker?location=${lat},${lng}&title=${q(p.name)}&content=${q(p.name)}&output=html&coord_type=wgs84&src=${q(`webapp.${app}`)}`;
    case 'amap': // Amap URI API, marker: lng before lat
      return `https://uri.amap.com/marker?position=${lng},${lat}&name=${q(p.name)}&coordinate=wgs84&callnative=0&src=${q(app)}`;
  }
}

export function mapLinks(locale: LocaleCode, p: MapPoint, app: string): MapLink[] {
  return MAP_SERVICES[locale].map((service) => ({ service, url: mapUrl(service, p, app) }));
}
