/**
 * Text for the readouts: distances (m / km / au), light-time, speed and mission elapsed time. Pure, no DOM.
 */
import { AU_KM, DAY_S, SPEED_OF_LIGHT_KM_S } from '../core/constants.ts';
import { formatBeijing, formatUtc, utcMsFromTdbSec } from '../core/time.ts';

/** Beyond a tenth of an au, kilometres stop meaning anything to a reader; au takes over. */
const AU_THRESHOLD_KM = 0.1 * AU_KM;

const groupThousands = (value: number): string =>
  Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 850 m · 20.3 km · 384,400 km · 4,322,000 km · 0.289 au · 2.19 au. */
export function formatDistance(km: number): string {
  if (!Number.isFinite(km)) return '—';
  const magnitude = Math.abs(km);
  if (magnitude < 1) return `${Math.round(km * 1000)} m`;
  if (magnitude < 100) return `${km.toFixed(1)} km`;
  if (magnitude < 1e6) return `${groupThousands(km)} km`;
  if (magnitude < AU_THRESHOLD_KM) return `${groupThousands(Math.round(km / 1e3) * 1e3)} km`;
  const au = km / AU_KM;
  return `${Math.abs(au) < 10 ? au.toPrecision(3) : au.toFixed(1)} au`;
}

/** How long light takes to cover the distance: 0.067 ms · 1.28 s · 2 min 24 s · 1 h 02 min. */
export function formatLightTime(km: number): string {
  if (!Number.isFinite(km)) return '—';
  const sec = Math.abs(km) / SPEED_OF_LIGHT_KM_S;
  if (sec < 1e-3) return `${(sec * 1e6).toPrecision(2)} µs`;
  if (sec < 1) return `${(sec * 1e3).toPrecision(3)} ms`;
  if (sec < 60) return `${sec.toFixed(sec < 10 ? 2 : 1)} s`;
  const wholeSec = Math.round(sec);
  if (wholeSec < 3600) return `${Math.floor(wholeSec / 60)} min ${String(wholeSec % 60).padStart(2, '0')} s`;
  const wholeMin = Math.round(sec / 60);
  return `${Math.floor(wholeMin / 60)} h ${String(wholeMin % 60).padStart(2, '0')} min`;
}

export function formatSpeed(kmS: number): string {
  if (!Number.isFinite(kmS)) return '—';
  return Math.abs(kmS) < 1 ? `${(kmS * 1000).toFixed(1)} m/s` : `${kmS.toFixed(2)} km/s`;
}

/**
 * Mission elapsed time as the launch countdown convention writes it: "L+ 125 d 06:29:00" after launch,
 * "L− 3 d 02:00:00" before. `dayUnit` is the translated unit ('d', '天').
 */
export function formatMissionElapsed(tdbSec: number, launchTdbSec: number, dayUnit = 'd'): string {
  // Counted on the UTC clock people read: TDB runs up to ~3 ms off it over a year, enough to show ':59'.
  const elapsedMs = Math.round(utcMsFromTdbSec(tdbSec) - utcMsFromTdbSec(launchTdbSec));
  const sign = elapsedMs < 0 ? 'L−' : 'L+';
  const totalSec = Math.floor(Math.abs(elapsedMs) / 1000);
  const days = Math.floor(totalSec / DAY_S);
  const rest = totalSec - days * DAY_S;
  const hh = String(Math.floor(rest / 3600)).padStart(2, '0');
  const mm = String(Math.floor((rest % 3600) / 60)).padStart(2, '0');
  const ss = String(rest % 60).padStart(2, '0');
  return `${sign} ${days} ${dayUnit} ${hh}:${mm}:${ss}`;
}

/** 'YYYY-MM-DD hh:mm:ss' in UTC and in Beijing time, without the zone suffix (the readout labels carry it). */
export function formatDateTimes(tdbSec: number): { utc: string; beijing: string } {
  return { utc: formatUtc(tdbSec).slice(0, 19), beijing: formatBeijing(tdbSec).slice(0, 19) };
}
