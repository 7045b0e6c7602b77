/**
 * The view as a URL query (deep links): time, rate, play state, frame, focus, camera pose, toggles, language,
 * embed mode. Parsing never throws: anything unknown or invalid falls back to the default and is reported in
 * `problems` for a small notice.
 */
import { tdbSecFromIsoUtc, utcMsFromTdbSec } from '../core/time.ts';
import type { FrameId, Language } from './view-store.ts';

export interface CameraPose {
  azimuthDeg: number;
  elevationDeg: number;
  /** Distance from the focus, km. */
  distanceKm: number;
}

export interface LinkState {
  tdbSec?: number;
  multiplier?: number;
  playing?: boolean;
  frame?: FrameId;
  focusId?: string;
  camera?: CameraPose;
  labelsVisible?: boolean;
  bodiesExaggerated?: boolean;
  language?: Language;
  embed?: boolean;
}

export interface LinkLimits {
  startTdbSec: number;
  stopTdbSec: number;
  focusIds: readonly string[];
  maxAbsMultiplier: number;
}

const FRAMES: Record<string, FrameId> = { helio: 'heliocentric', rot: 'sun-earth-rotating' };
const FRAME_PARAMS: Record<FrameId, string> = { heliocentric: 'helio', 'sun-earth-rotating': 'rot' };
const KNOWN = new Set(['t', 'rate', 'play', 'frame', 'focus', 'cam', 'labels', 'size', 'lang', 'embed']);
const MAX_REPORTED_VALUE = 40;
const MAX_PROBLEMS = 5;
const MIN_CAMERA_DISTANCE_KM = 0.001;
const MAX_CAMERA_DISTANCE_KM = 1e11;

const shown = (value: string) => JSON.stringify(value.length > MAX_REPORTED_VALUE ? `${value.slice(0, MAX_REPORTED_VALUE)}…` : value);

function flag(value: string): boolean | undefined {
  return value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : undefined;
}

export function parseLinkState(search: string, limits: LinkLimits): { state: LinkState; problems: string[] } {
  const state: LinkState = {};
  const problems: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, problems: ['the link could not be read; showing the default view'] };
  }
  const reject = (key: string, value: string, expected: string) => problems.push(`${key}=${shown(value)} ignored: expected ${expected}`);

  for (const [key, value] of params) {
    if (!KNOWN.has(key)) {
      problems.push(`unknown parameter ${shown(key)} ignored`);
      continue;
    }
    switch (key) {
      case 't': {
        let tdbSec = Number.NaN;
        try { tdbSec = tdbSecFromIsoUtc(value); } catch { /* reported below */ }
        if (!Number.isFinite(tdbSec)) reject(key, value, 'a UTC date-time like 2026-06-07T00:00:00Z');
        else if (tdbSec < limits.startTdbSec || tdbSec > limits.stopTdbSec) {
          state.tdbSec = Math.min(Math.max(tdbSec, limits.startTdbSec), limits.stopTdbSec);
          problems.push(`t=${shown(value)} is outside the mission; moved to its nearest end`);
        } else state.tdbSec = tdbSec;
        break;
      }
      case 'rate': {
        const rate = Number(value);
        if (value.trim() === '' || !Number.isFinite(rate) || rate === 0 || Math.abs(rate) > limits.maxAbsMultiplier) {
          reject(key, value, `a non-zero number of simulated seconds per second up to ${limits.maxAbsMultiplier}`);
        } else state.multiplier = rate;
        break;
      }
      case 'play': case 'labels': case 'embed': {
        const on = flag(value);
        if (on === undefined) reject(key, value, '1 or 0');
        else if (key === 'play') state.playing = on;
        else if (key === 'labels') state.labelsVisible = on;
        else state.embed = on;
        break;
      }
      case 'frame': {
        const frame = FRAMES[value];
        if (!frame) reject(key, value, 'helio or rot');
        else state.frame = frame;
        break;
      }
      case 'focus':
        if (!limits.focusIds.includes(value)) reject(key, value, `one of ${limits.focusIds.join(', ')}`);
        else state.focusId = value;
        break;
      case 'cam': {
        const parts = value.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
        const [azimuthDeg, elevationDeg, distanceKm] = parts as [number, number, number];
        const valid = parts.length === 3 && parts.every(Number.isFinite) && Math.abs(elevationDeg) <= 90
          && distanceKm >= MIN_CAMERA_DISTANCE_KM && distanceKm <= MAX_CAMERA_DISTANCE_KM;
        if (!valid) reject(key, value, 'azimuth°,elevation° (±90),distance km');
        else state.camera = { azimuthDeg: ((azimuthDeg % 360) + 360) % 360, elevationDeg, distanceKm };
        break;
      }
      case 'size':
        if (value === 'true') state.bodiesExaggerated = false;
        else if (value === 'big') state.bodiesExaggerated = true;
        else reject(key, value, 'true or big');
        break;
      case 'lang':
        if (value !== 'en' && value !== 'zh') reject(key, value, 'en or zh');
        else state.language = value;
        break;
    }
  }
  if (problems.length > MAX_PROBLEMS) problems.splice(MAX_PROBLEMS, problems.length, `and ${problems.length - MAX_PROBLEMS} more`);
  return { state, problems };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function serializeLinkState(state: LinkState): string {
  const params = new URLSearchParams();
  if (state.tdbSec !== undefined) params.set('t', new Date(Math.round(utcMsFromTdbSec(state.tdbSec) / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
  if (state.multiplier !== undefined) params.set('rate', String(round(state.multiplier, 3)));
  if (state.playing !== undefined) params.set('play', state.playing ? '1' : '0');
  if (state.frame !== undefined) params.set('frame', FRAME_PARAMS[state.frame]);
  if (state.focusId !== undefined) params.set('focus', state.focusId);
  if (state.camera) {
    const { azimuthDeg, elevationDeg, distanceKm } = state.camera;
    params.set('cam', `${round(azimuthDeg, 2)},${round(elevationDeg, 2)},${Number(distanceKm.toPrecision(6))}`);
  }
  if (state.labelsVisible !== undefined) params.set('labels', state.labelsVisible ? '1' : '0');
  if (state.bodiesExaggerated !== undefined) params.set('size', state.bodiesExaggerated ? 'big' : 'true');
  if (state.language !== undefined) params.set('lang', state.language);
  if (state.embed) params.set('embed', '1');
  return params.toString();
}
