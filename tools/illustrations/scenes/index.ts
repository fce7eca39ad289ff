/**
 * Every scene by name, in the order the script writes them. The name is the output file name
 * (content/images/<name>.svg) and also seeds the scene's PRNG, so renaming one changes its picture.
 */
import type { Scene } from '../lib/context.ts';
import { teaHills } from './tea-hills.ts';
import { teaCup } from './tea-cup.ts';
import { teaBuds } from './tea-buds.ts';
import { lakeKarst } from './lake-karst.ts';
import { lakeHills } from './lake-hills.ts';
import { forestHut } from './forest-hut.ts';
import { templeGate } from './temple-gate.ts';
import { cave } from './cave.ts';
import { museum } from './museum.ts';
import { festival } from './festival.ts';
import { stiltHouse } from './stilt-house.ts';
import { noodles } from './noodles.ts';
import { seaIslands } from './sea-islands.ts';
import { borderMarker } from './border-marker.ts';
import { handshakePartners } from './handshake-partners.ts';
import { calendarStar } from './calendar-star.ts';
import { turmeric } from './turmeric.ts';
import { mushrooms } from './mushrooms.ts';
import { goldenCamellia } from './golden-camellia.ts';
import { tinhLute } from './tinh-lute.ts';
import { memorialStele } from './memorial-stele.ts';

export const scenes: Record<string, Scene> = {
  'tea-hills': teaHills,
  'tea-cup': teaCup,
  'tea-buds': teaBuds,
  'lake-karst': lakeKarst,
  'lake-hills': lakeHills,
  'forest-hut': forestHut,
  'temple-gate': templeGate,
  cave,
  museum,
  festival,
  'stilt-house': stiltHouse,
  noodles,
  'sea-islands': seaIslands,
  'border-marker': borderMarker,
  'handshake-partners': handshakePartners,
  'calendar-star': calendarStar,
  turmeric,
  mushrooms,
  'golden-camellia': goldenCamellia,
  'tinh-lute': tinhLute,
  'memorial-stele': memorialStele,
};
