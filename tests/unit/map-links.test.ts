/** "Open in maps" links (src/lib/map-links.ts), in the formats the services document. */
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { MAP_SERVICES, mapLinks, mapUrl } from '../../src/lib/map-links.ts';

const duom = { lat: 21.7512345678, lng: 105.7801, name: 'Đền Đuổm' };
const app = 'thainguyen.example';

describe('mapUrl', () => {
  it('Google Maps URLs: search action with "lat,lng"', () => {
    expect(mapUrl('google', duom, app)).toBe('https://www.google.com/maps/search/?api=1&query=21.751235%2C105.7801');
  });
  it('Apple Map Links: ll and a q label', () => {
    expect(mapUrl('apple', duom, app)).toBe(
      'https://maps.apple.com/?ll=21.751235,105.7801&q=%C4%90%E1%BB%81n%20%C4%90u%E1%BB%95m',
    );
  });
  it('Kakao Map: /link/map/name,lat,lng', () => {
    expect(mapUrl('kakao', duom, app)).toBe(
      'https://map.kakao.com/link/map/%C4%90%E1%BB%81n%20%C4%90u%E1%BB%95m,21.751235,105.7801',
    );
  });
  it('Naver Map URL Scheme: place with lat, lng, name and the required appname', () => {
    expect(mapUrl('naver', duom, app)).toBe(
      'nmap://place?lat=21.751235&lng=105.7801&name=%C4%90%E1%BB%81n%20%C4%90u%E1%BB%95m&appname=thainguyen.example',
    );
  });
  it('Baidu URI API: marker in WGS84 (coord_type) with the required src', () => {
    const url = new URL(mapUrl('baidu', duom, app));
    expect(url.origin + url.pathname).toBe('https://api.map.baidu.com/marker');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      location: '21.751235,105.7801',
      title: 'Đền Đuổm',
      content: 'Đền Đuổm',
      output: 'html',
      coord_type: 'wgs84',
      src: 'webapp.thainguyen.example',
    });
  });
  it('Amap URI API: marker with longitude first, in WGS84 (coordinate)', () => {
    const url = new URL(mapUrl('amap', duom, app));
    expect(url.origin + url.pathname).toBe('https://uri.amap.com/marker');
    expect(url.searchParams.get('position')).toBe('105.7801,21.751235');
    expect(url.searchParams.get('coordinate')).toBe('wgs84');
    expect(url.searchParams.get('name')).toBe('Đền Đuổm');
  });
});

describe('mapLinks', () => {
  it('follows each language’s habits', () => {
    const services = (l: (typeof LOCALE_CODES)[number]) => mapLinks(l, duom, app).map((x) => x.service);
    expect(services('vi')).toEqual(['google', 'apple']);
    expect(services('en')).toEqual(['google', 'apple']);
    expect(services('ko').slice(0, 2)).toEqual(['naver', 'kakao']);
    expect(services('zh').slice(0, 2)).toEqual(['baidu', 'amap']);
  });
  it('has services for every language of the locale table', () => {
    for (const code of LOCALE_CODES) expect(MAP_SERVICES[code].length).toBeGreaterThan(0);
  });
});
