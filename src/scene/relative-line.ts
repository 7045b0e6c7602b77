/**
 * A wide line over a float64 display-frame polyline, kept precise near the camera and cheap far from it.
 * Precision: float32 vertices are written relative to a line origin, re-based on the scene origin whenever the
 * two drift too far apart for the current zoom; per frame only the line object's position moves.
 * Cost: a few simplified copies (levels), each within a tolerance; the view draws the coarsest one whose error
 * stays under a fraction of a pixel at the focus distance.
 */
import type { Object3D } from 'three';
import { PolylineSegments } from './fat-line.ts';
import { simplifyPolyline } from './polyline-simplify.ts';
import { KM_PER_UNIT } from './scene-units.ts';
import { writeRelativeUnits } from './track-polyline.ts';

/** float32 keeps ~7 digits: re-base once the line origin is this many camera distances away. */
const REBASE_DISTANCE_RATIO = 1000;
export const CHORD_HIDE_DISTANCE_KM = 2e4;
/** Simplification tolerances, km: each level ~10× coarser than the last (0: every sample). */
const LEVEL_TOLERANCES_KM = [0, 30, 300, 3e3, 3e4, 3e5];
/** Largest chord error allowed on screen, pixels at the focus distance. */
const MAX_ERROR_PX = 0.35;

export interface LineLevel {
  toleranceKm: number;
  /** Source point indices kept, increasing. */
  indices: Uint32Array;
  /** Sample times of the kept points, when the source has them. */
  tdbSec: Float64Array | null;
  segments: PolylineSegments;
}

export interface RelativeLineOptions {
  /** Sample time per source point. */
  tdbSec?: Float64Array;
  /** rgb per source point. */
  rgb?: Float32Array;
  /**
   * Source point indices where a new, unconnected run begins (several lines drawn as one): each run is
   * simplified on its own and no segment joins one run's end to the next run's start.
   */
  runStarts?: readonly number[];
}

/** Per-run simplification, as one increasing list of source indices. */
function simplifyRuns(srcKm: Float64Array, count: number, toleranceKm: number, runStarts: readonly number[]): Uint32Array {
  const bounds = [0, ...runStarts.filter((s) => s > 0 && s < count).sort((a, b) => a - b), count];
  const parts = bounds.slice(1).map((end, r) => {
    const start = bounds[r]!;
    return simplifyPolyline(srcKm.subarray(3 * start, 3 * end), end - start, toleranceKm).map((i) => i + start);
  });
  const joined = new Uint32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) { joined.set(part, at); at += part.length; }
  return joined;
}

export class RelativeLine {
  readonly levels: LineLevel[];
  private readonly relative: Float32Array;
  private readonly gathered: Float32Array;
  private readonly lineOriginKm = new Float64Array([NaN, NaN, NaN]);

  constructor(readonly srcKm: Float64Array, readonly count: number, options: RelativeLineOptions = {}) {
    this.relative = new Float32Array(3 * Math.max(1, count));
    this.gathered = new Float32Array(3 * Math.max(1, count));
    this.levels = [];
    let previous = -1;
    const runStarts = new Set(options.runStarts ?? []);
    for (const toleranceKm of LEVEL_TOLERANCES_KM) {
      const indices = runStarts.size > 0 ? simplifyRuns(srcKm, count, toleranceKm, [...runStarts]) : simplifyPolyline(srcKm, count, toleranceKm);
      if (indices.length === previous) continue;
      previous = indices.length;
      const level: LineLevel = {
        toleranceKm, indices,
        tdbSec: options.tdbSec ? Float64Array.from(indices, (i) => options.tdbSec![i]!) : null,
        segments: new PolylineSegments(indices.length, 'attributes', { caps: false }),
      };
      for (let k = 1; k < indices.length; k++) if (runStarts.has(indices[k]!)) level.segments.hideSegment(k - 1);
      if (options.rgb) {
        this.gather(options.rgb, level.indices);
        level.segments.writeColors(this.gathered, indices.length);
      }
      this.levels.push(level);
    }
  }

  /** The coarsest level within MAX_ERROR_PX at the focus distance. */
  levelFor(cameraDistanceKm: number, kmPerPixelPerKm: number): LineLevel {
    const allowedKm = MAX_ERROR_PX * cameraDistanceKm * kmPerPixelPerKm;
    let chosen = this.levels[0]!;
    for (const level of this.levels) if (level.toleranceKm <= allowedKm) chosen = level;
    return chosen;
  }

  /** Positions `object` for this frame; false when the line should not be drawn (too close: trails take over). */
  place(object: Object3D, originKm: Float64Array, cameraDistanceKm: number): boolean {
    // Closer than this, straight chords between samples stray visibly from the true curve: the trails take over.
    object.visible = cameraDistanceKm >= CHORD_HIDE_DISTANCE_KM;
    if (!object.visible) return false;
    const o = this.lineOriginKm;
    const dx = (originKm[0] as number) - (o[0] as number);
    const dy = (originKm[1] as number) - (o[1] as number);
    const dz = (originKm[2] as number) - (o[2] as number);
    if (!(Math.hypot(dx, dy, dz) <= REBASE_DISTANCE_RATIO * cameraDistanceKm)) {
      o.set(originKm);
      writeRelativeUnits(this.srcKm, this.count, o, KM_PER_UNIT, this.relative);
      for (const level of this.levels) {
        this.gather(this.relative, level.indices);
        level.segments.writePoints(this.gathered, level.indices.length);
      }
      object.position.set(0, 0, 0);
      return true;
    }
    object.position.set(-dx / KM_PER_UNIT, -dy / KM_PER_UNIT, -dz / KM_PER_UNIT);
    return true;
  }

  dispose(): void {
    for (const level of this.levels) level.segments.dispose();
  }

  /** Copies the xyz (or rgb) triples at `indices` into this.gathered. */
  private gather(source: Float32Array, indices: Uint32Array): void {
    for (let k = 0; k < indices.length; k++) {
      const i = 3 * indices[k]!;
      this.gathered[3 * k] = source[i]!;
      this.gathered[3 * k + 1] = source[i + 1]!;
      this.gathered[3 * k + 2] = source[i + 2]!;
    }
  }
}
