/**
 * The distance plot's geometry: a log distance axis with decade ticks (km, then au), a time axis with year ticks,
 * and the SVG path of a sampled curve. Pure, no DOM.
 */
import { AU_KM } from '../core/constants.ts';
import { tdbSecFromIsoUtc, utcMsFromTdbSec } from '../core/time.ts';
import type { DistanceRun } from '../state/distance-series.ts';
import type { AnyBodyId } from '../core/body-registry.ts';

export interface PlotRect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlotScale {
  rect: PlotRect;
  startTdbSec: number;
  stopTdbSec: number;
  loKm: number;
  hiKm: number;
  x(tdbSec: number): number;
  /** Distances outside [loKm, hiKm] land outside the rect; non-positive ones at -Infinity in log space. */
  y(km: number): number;
  /** The time under a pixel column, clamped to the span. */
  timeAtX(x: number): number;
}

export function createPlotScale(
  rect: PlotRect, startTdbSec: number, stopTdbSec: number, loKm: number, hiKm: number,
): PlotScale {
  const spanSec = stopTdbSec - startTdbSec;
  const width = rect.right - rect.left;
  const logLo = Math.log10(loKm);
  const logSpan = Math.log10(hiKm) - logLo;
  return {
    rect, startTdbSec, stopTdbSec, loKm, hiKm,
    x: (tdbSec) => rect.left + ((tdbSec - startTdbSec) / spanSec) * width,
    y: (km) => rect.bottom - ((Math.log10(km) - logLo) / logSpan) * (rect.bottom - rect.top),
    timeAtX: (x) => startTdbSec + Math.min(1, Math.max(0, (x - rect.left) / width)) * spanSec,
  };
}

/** Whole decades around the data: [10^floor(log min), 10^ceil(log max)], never below 1 km. */
export function distanceAxisRange(minKm: number, maxKm: number): [loKm: number, hiKm: number] {
  if (!(minKm > 0) || !(maxKm >= minKm)) return [1, AU_KM];
  const lo = Math.max(0, Math.floor(Math.log10(minKm)));
  let hi = Math.ceil(Math.log10(maxKm));
  if (hi <= lo) hi = lo + 1;
  return [10 ** lo, 10 ** hi];
}

export interface DistanceTick {
  km: number;
  label: string;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number): string =>
  (n < 0 ? '⁻' : '') + [...String(Math.abs(n))].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');

/** 10 km · 1000 km · 10⁴ km · 1 au · 10 au. */
export function formatDecadeKm(exponent: number): string {
  return exponent <= 3 ? `${10 ** exponent} km` : `10${superscript(exponent)} km`;
}

/** Kilometre ticks stop a decade below an au (10⁷ km); from there, au read better. */
const LAST_KM_EXPONENT = Math.floor(Math.log10(AU_KM / 10));
const DECADE_STEPS = [1, 2, 3, 4];

/**
 * Ticks at whole decades inside [loKm, hiKm]: powers of ten in km up to 10⁷ km, then 1 au, 10 au…; every
 * `step`-th decade, with the smallest step that keeps at most maxTicks ticks.
 */
export function logDistanceTicks(loKm: number, hiKm: number, maxTicks: number): DistanceTick[] {
  const inRange = (km: number): boolean => km >= loKm * (1 - 1e-9) && km <= hiKm * (1 + 1e-9);
  const candidates = (step: number): DistanceTick[] => {
    const ticks: DistanceTick[] = [];
    const first = Math.ceil(Math.log10(loKm) - 1e-9);
    for (let e = first; e <= LAST_KM_EXPONENT; e++) {
      if (e % step === 0 && inRange(10 ** e)) ticks.push({ km: 10 ** e, label: formatDecadeKm(e) });
    }
    for (let e = 0; AU_KM * 10 ** e <= hiKm * (1 + 1e-9); e++) {
      if (e % step === 0 && inRange(AU_KM * 10 ** e)) ticks.push({ km: AU_KM * 10 ** e, label: `${10 ** e} au` });
    }
    return ticks;
  };
  for (const step of DECADE_STEPS) {
    const ticks = candidates(step);
    if (ticks.length <= maxTicks) return ticks;
  }
  return candidates(DECADE_STEPS[DECADE_STEPS.length - 1] as number).slice(0, Math.max(0, maxTicks));
}

export interface YearTick {
  tdbSec: number;
  year: number;
  /** False where labels would crowd: the tick is drawn, the year is not written. */
  labelled: boolean;
}

/** 1 January (UTC) of every year inside the span; labels on every n-th year so they stay minLabelPx apart. */
export function yearTicks(startTdbSec: number, stopTdbSec: number, widthPx: number, minLabelPx = 34): YearTick[] {
  const firstYear = new Date(utcMsFromTdbSec(startTdbSec)).getUTCFullYear() + 1;
  const lastYear = new Date(utcMsFromTdbSec(stopTdbSec)).getUTCFullYear();
  const yearsInSpan = (stopTdbSec - startTdbSec) / (365.25 * 86_400);
  const pxPerYear = widthPx / Math.max(yearsInSpan, 1e-9);
  const every = Math.max(1, Math.ceil(minLabelPx / pxPerYear));
  const ticks: YearTick[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    ticks.push({ tdbSec: tdbSecFromIsoUtc(`${year}-01-01T00:00:00Z`), year, labelled: year % every === 0 });
  }
  return ticks;
}

/**
 * "M x y L x y …" for a run, to 0.1 px, leaving out points that land on the previous one. A distance under the
 * axis's floor (the probe at Kamoʻoalewa's surface while it samples, tens of metres) is drawn on the floor.
 */
export function runPath(run: DistanceRun<AnyBodyId>, scale: PlotScale): string {
  const parts: string[] = [];
  let last = '';
  for (let i = 0; i < run.tdbSec.length; i++) {
    const km = run.km[i] as number;
    if (!(km > 0)) continue;
    const point = `${scale.x(run.tdbSec[i] as number).toFixed(1)} ${scale.y(Math.max(km, scale.loKm)).toFixed(1)}`;
    if (point === last) continue;
    parts.push(`${parts.length === 0 ? 'M' : 'L'}${point}`);
    last = point;
  }
  return parts.length > 1 ? parts.join('') : '';
}

/** All runs of a curve as one path, each run its own subpath (no line across a gap or a change of target). */
export function curvePath(runs: readonly DistanceRun<AnyBodyId>[], scale: PlotScale): string {
  return runs.map((run) => runPath(run, scale)).join('');
}
