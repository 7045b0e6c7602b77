/** Download names that say what and when: tianwen2-2026-06-07T0000Z-3840x2160.png. */
import { utcMsFromTdbSec } from '../core/time.ts';

/** 2026-06-07T0000Z: the UTC minute, rounded to the nearest second first (TDB→UTC can land a few ms short). */
export function utcStamp(tdbSec: number): string {
  const ms = Math.round(utcMsFromTdbSec(tdbSec) / 1000) * 1000;
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}

export function imageFileName(tdbSec: number, width: number, height: number): string {
  return `tianwen2-${utcStamp(tdbSec)}-${width}x${height}.png`;
}

export function clipFileName(startTdbSec: number, endTdbSec: number, width: number, height: number, extension: string): string {
  return `tianwen2-${utcStamp(startTdbSec)}-to-${utcStamp(endTdbSec)}-${width}x${height}.${extension}`;
}
