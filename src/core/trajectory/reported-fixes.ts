/**
 * Distances of the probe reported in the news, as constraints the design must meet and the tests check. Each is a
 * figure on a calendar day (Beijing time, UTC+8, as the Chinese reports date them): a fix is met when, at some
 * moment of that day, the distance lies in its band: within 5 % of an "about" figure, or between the figure and
 * 5 % above it for a "more than" figure.
 */
import { tdbSecFromIsoUtc } from '../time.ts';

export interface ReportedDistanceFix {
  id: string;
  /** The Beijing calendar day, YYYY-MM-DD. */
  dayBeijing: string;
  from: 'earth' | 'kamooalewa';
  kind: 'about' | 'more-than';
  distanceKm: number;
  source: { ref: string; urls: readonly string[] };
}

const PEOPLE_CN = 'https://en.people.cn/n3/2025/0701/c90000-20334575.html';

export const REPORTED_DISTANCE_FIXES: readonly ReportedDistanceFix[] = [
  { id: 'earth-moon-images', dayBeijing: '2025-05-30', from: 'earth', kind: 'about', distanceKm: 590_000,
    source: { ref: 'People\'s Daily Online 2025-07-01: images of the Earth and the Moon taken on 2025-05-30 from ~590,000 km', urls: [PEOPLE_CN] } },
  { id: 'first-image', dayBeijing: '2025-06-06', from: 'earth', kind: 'more-than', distanceKm: 3_000_000,
    source: { ref: 'brief.news 2025-06-08: first image (solar array) released 2025-06-06, more than 3 million km from the Earth', urls: ['https://www.brief.news/science/2025/06/08/tianwen-2-launches-historic-mission'] } },
  { id: 'day-33', dayBeijing: '2025-06-30', from: 'earth', kind: 'more-than', distanceKm: 12_000_000,
    source: { ref: 'People\'s Daily Online 2025-07-01: on day 33 more than 12 million km from the Earth', urls: [PEOPLE_CN] } },
  { id: 'cosmic-snapshot-earth', dayBeijing: '2025-10-01', from: 'earth', kind: 'about', distanceKm: 43_000_000,
    source: { ref: 'xyk126.net 2025-10; air-cosmos.com: the 2025-10-01 "cosmic snapshot", ~43 million km from the Earth', urls: ['http://www.xyk126.net/html/2025-10/974409.html', 'https://air-cosmos.com/article/un-selfie-de-tianwen-2-partage-pour-la-fete-nationale-chinoise-70565'] } },
  { id: 'cosmic-snapshot-kamooalewa', dayBeijing: '2025-10-01', from: 'kamooalewa', kind: 'about', distanceKm: 45_000_000,
    source: { ref: 'xyk126.net 2025-10; air-cosmos.com: the 2025-10-01 "cosmic snapshot", ~45 million km from 2016 HO3', urls: ['http://www.xyk126.net/html/2025-10/974409.html', 'https://air-cosmos.com/article/un-selfie-de-tianwen-2-partage-pour-la-fete-nationale-chinoise-70565'] } },
];

export const FIX_TOLERANCE = 0.05;

/** The fix's day as a TDB interval: Beijing 00:00 to 24:00 is 16:00 UTC the day before to 16:00 UTC. */
export function fixDayTdbSec(fix: ReportedDistanceFix): { start: number; end: number } {
  const end = tdbSecFromIsoUtc(`${fix.dayBeijing}T16:00:00Z`);
  return { start: end - 86_400, end };
}

export function fixBandKm(fix: ReportedDistanceFix): [number, number] {
  return fix.kind === 'about'
    ? [fix.distanceKm * (1 - FIX_TOLERANCE), fix.distanceKm * (1 + FIX_TOLERANCE)]
    : [fix.distanceKm, fix.distanceKm * (1 + FIX_TOLERANCE)];
}

/**
 * How far (km) the distances over the day stay from the band: 0 when the day's range [min, max] of the distance
 * meets it. The distance changes monotonically over one day here, so its values at the day's ends bound it.
 */
export function fixMissKm(fix: ReportedDistanceFix, distanceAtStartKm: number, distanceAtEndKm: number): number {
  const [low, high] = fixBandKm(fix);
  const lo = Math.min(distanceAtStartKm, distanceAtEndKm), hi = Math.max(distanceAtStartKm, distanceAtEndKm);
  return hi < low ? low - hi : lo > high ? lo - high : 0;
}
