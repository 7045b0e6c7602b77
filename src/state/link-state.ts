/**
 * The view as a URL query (deep links): time, rate, play state, frame, focus (a catalogue body, or an imported
 * track by name with its file's name), camera pose, toggles, language, embed mode. Parsing never throws: anything unknown or invalid falls back to the default and is reported in
 * `problems` for a small notice. Values are looked up by own key only (`frame=toString` is an unknown frame), and
 * the writer writes only values the reader accepts under the same limits, so a shared link never carries a
 * value its next reader refuses.
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
  /**
   * A focus on an imported track, by its name (its file's OBJECT_NAME) and the file it came from: the file itself is
   * not in the link, so the reader focuses it only if that file is imported in its browser (and names the file if not).
   */
  importedFocus?: ImportedFocus;
  camera?: CameraPose;
  labelsVisible?: boolean;
  bodiesExaggerated?: boolean;
  language?: Language;
  embed?: boolean;
  /** Start the guided tour on load, at this chapter (1-based; read only, never written back). */
  tour?: boolean;
  chapter?: number;
  /** The museum kiosk: the tour loops unattended. */
  kiosk?: boolean;
}

export interface ImportedFocus {
  name: string;
  fileName: string;
}

/** Longest imported name and file name a link carries (an OEM OBJECT_NAME is a short free text; illustrative cap). */
const MAX_IMPORTED_NAME = 80;
const MAX_FILE_NAME = 120;
/** No control characters (a name from a file must not inject lines into a notice). */
const PRINTABLE = /^[^\u0000-\u001f\u007f]+$/u;

function acceptedImportedText(value: string, maxLength: number): boolean {
  return value.trim() !== '' && value.length <= maxLength && PRINTABLE.test(value);
}

/** Chapters a link may name (the tour has 12; a link cannot know a future tour's length). */
const MAX_CHAPTER = 99;

export interface LinkLimits {
  startTdbSec: number;
  stopTdbSec: number;
  focusIds: readonly string[];
  /** The slowest rate the app offers (real time); slower ones would look frozen while "playing". */
  minAbsMultiplier: number;
  maxAbsMultiplier: number;
}

const FRAMES: ReadonlyMap<string, FrameId> = new Map([['helio', 'heliocentric'], ['rot', 'sun-earth-rotating']]);
const FRAME_PARAMS: ReadonlyMap<FrameId, string> = new Map([...FRAMES].map(([param, frame]) => [frame, param]));
const KNOWN = new Set(['t', 'rate', 'play', 'frame', 'focus', 'file', 'cam', 'labels', 'size', 'lang', 'embed', 'tour', 'chapter', 'kiosk']);
const MAX_REPORTED_VALUE = 40;
const MAX_PROBLEMS = 5;
const MIN_CAMERA_DISTANCE_KM = 0.001;
const MAX_CAMERA_DISTANCE_KM = 1e11;
/** A time written to the second may land up to half a second past a mission end: still that end, no notice. */
const TIME_ROUNDING_SEC = 1;

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
  // `file` marks the focus as an imported track's name (read before the loop: the two may come in either order).
  const fileName = params.get('file');
  const focusValue = params.get('focus');

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
        else {
          state.tdbSec = Math.min(Math.max(tdbSec, limits.startTdbSec), limits.stopTdbSec);
          if (Math.abs(state.tdbSec - tdbSec) > TIME_ROUNDING_SEC) problems.push(`t=${shown(value)} is outside the mission; moved to its nearest end`);
        }
        break;
      }
      case 'rate': {
        const rate = Number(value);
        if (value.trim() === '' || !acceptedRate(rate, limits)) {
          reject(key, value, `simulated seconds per second, ${limits.minAbsMultiplier} to ${limits.maxAbsMultiplier} (negative: backwards)`);
        } else state.multiplier = rate;
        break;
      }
      case 'play': case 'labels': case 'embed': case 'tour': case 'kiosk': {
        const on = flag(value);
        if (on === undefined) reject(key, value, '1 or 0');
        else if (key === 'play') state.playing = on;
        else if (key === 'labels') state.labelsVisible = on;
        else if (key === 'tour') state.tour = on;
        else if (key === 'kiosk') state.kiosk = on;
        else state.embed = on;
        break;
      }
      case 'chapter': {
        const chapter = Number(value);
        if (!/^\d{1,2}$/.test(value) || chapter < 1 || chapter > MAX_CHAPTER) reject(key, value, `a chapter number, 1 to ${MAX_CHAPTER}`);
        else state.chapter = chapter;
        break;
      }
      case 'frame': {
        const frame = FRAMES.get(value);
        if (!frame) reject(key, value, [...FRAMES.keys()].join(' or '));
        else state.frame = frame;
        break;
      }
      case 'focus':
        if (limits.focusIds.includes(value)) state.focusId = value;
        else if (fileName !== null && acceptedImportedText(fileName, MAX_FILE_NAME)) {
          if (acceptedImportedText(value, MAX_IMPORTED_NAME)) state.importedFocus = { name: value, fileName };
          else reject(key, value, `an imported track's name, up to ${MAX_IMPORTED_NAME} characters`);
        } else reject(key, value, `one of ${limits.focusIds.join(', ')}`);
        break;
      case 'file':
        if (focusValue === null || limits.focusIds.includes(focusValue)) reject(key, value, 'only with focus=<an imported track\'s name>');
        else if (!acceptedImportedText(value, MAX_FILE_NAME)) reject(key, value, `a file name, up to ${MAX_FILE_NAME} characters`);
        break;
      case 'cam': {
        const parts = value.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
        const [azimuthDeg, elevationDeg, distanceKm] = parts as [number, number, number];
        const valid = parts.length === 3 && acceptedCamera({ azimuthDeg, elevationDeg, distanceKm });
        if (!valid) reject(key, value, `azimuth°,elevation° (±90),distance km (0.001 to 1e11)`);
        else state.camera = { azimuthDeg: wrapDeg360(azimuthDeg), elevationDeg, distanceKm };
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
const wrapDeg360 = (deg: number) => ((deg % 360) + 360) % 360;

function acceptedRate(rate: number, limits: LinkLimits): boolean {
  return Number.isFinite(rate) && Math.abs(rate) >= limits.minAbsMultiplier && Math.abs(rate) <= limits.maxAbsMultiplier;
}

function acceptedCamera({ azimuthDeg, elevationDeg, distanceKm }: CameraPose): boolean {
  return Number.isFinite(azimuthDeg) && Number.isFinite(elevationDeg) && Number.isFinite(distanceKm) && Math.abs(elevationDeg) <= 90
    && distanceKm >= MIN_CAMERA_DISTANCE_KM && distanceKm <= MAX_CAMERA_DISTANCE_KM;
}

const clampTo = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/**
 * The query for `state`, written so that `parseLinkState(query, limits)` accepts every value: a time or a rate
 * beyond the limits is clamped to them, a camera distance too, a focus the reader does not know and a
 * non-finite number are left out (the reader's default), never written as something it will refuse.
 */
export function serializeLinkState(state: LinkState, limits: LinkLimits): string {
  const params = new URLSearchParams();
  if (state.tdbSec !== undefined && Number.isFinite(state.tdbSec)) {
    const tdbSec = clampTo(state.tdbSec, limits.startTdbSec, limits.stopTdbSec);
    params.set('t', new Date(Math.round(utcMsFromTdbSec(tdbSec) / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
  }
  if (state.multiplier !== undefined && Number.isFinite(state.multiplier) && state.multiplier !== 0) {
    const speed = clampTo(Math.abs(state.multiplier), limits.minAbsMultiplier, limits.maxAbsMultiplier);
    // Rounding to 3 decimals must not carry a speed across a limit.
    const written = clampTo(round(speed, 3), limits.minAbsMultiplier, limits.maxAbsMultiplier);
    params.set('rate', String(Math.sign(state.multiplier) * written));
  }
  if (state.playing !== undefined) params.set('play', state.playing ? '1' : '0');
  const frame = state.frame === undefined ? undefined : FRAME_PARAMS.get(state.frame);
  if (frame !== undefined) params.set('frame', frame);
  if (state.focusId !== undefined && limits.focusIds.includes(state.focusId)) params.set('focus', state.focusId);
  else if (state.importedFocus && acceptedImportedText(state.importedFocus.name, MAX_IMPORTED_NAME)
    && acceptedImportedText(state.importedFocus.fileName, MAX_FILE_NAME) && !limits.focusIds.includes(state.importedFocus.name)) {
    params.set('focus', state.importedFocus.name);
    params.set('file', state.importedFocus.fileName);
  }
  if (state.camera && [state.camera.azimuthDeg, state.camera.elevationDeg, state.camera.distanceKm].every(Number.isFinite)) {
    const { azimuthDeg, elevationDeg, distanceKm } = state.camera;
    const distance = clampTo(Number(distanceKm.toPrecision(6)), MIN_CAMERA_DISTANCE_KM, MAX_CAMERA_DISTANCE_KM);
    params.set('cam', `${round(wrapDeg360(azimuthDeg), 2)},${round(clampTo(elevationDeg, -90, 90), 2)},${distance}`);
  }
  if (state.labelsVisible !== undefined) params.set('labels', state.labelsVisible ? '1' : '0');
  if (state.bodiesExaggerated !== undefined) params.set('size', state.bodiesExaggerated ? 'big' : 'true');
  if (state.language === 'en' || state.language === 'zh') params.set('lang', state.language);
  if (state.embed) params.set('embed', '1');
  if (state.kiosk) params.set('kiosk', '1');
  return params.toString();
}
