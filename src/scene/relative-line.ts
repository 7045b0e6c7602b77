/**
 * A wide line over a float64 display-frame polyline, kept precise near the camera: its float32 vertices are
 * written relative to a line origin, re-based on the scene origin whenever the two drift too far apart for the
 * current zoom; per frame only the line object's position moves.
 */
import type { Object3D } from 'three';
import { PolylineSegments } from './fat-line.ts';
import { KM_PER_UNIT } from './scene-units.ts';
import { writeRelativeUnits } from './track-polyline.ts';

/** float32 keeps ~7 digits: re-base once the line origin is this many camera distances away. */
const REBASE_DISTANCE_RATIO = 1000;
export const CHORD_HIDE_DISTANCE_KM = 2e4;

export class RelativeLine {
  readonly segments: PolylineSegments;
  private readonly points: Float32Array;
  private readonly lineOriginKm = new Float64Array([NaN, NaN, NaN]);

  constructor(readonly srcKm: Float64Array, readonly count: number) {
    this.segments = new PolylineSegments(count);
    this.points = new Float32Array(3 * Math.max(1, count));
  }

  place(object: Object3D, originKm: Float64Array, cameraDistanceKm: number): void {
    // Closer than this, straight chords between samples stray visibly from the true curve: the trails take over.
    object.visible = cameraDistanceKm >= CHORD_HIDE_DISTANCE_KM;
    if (!object.visible) return;
    const o = this.lineOriginKm;
    const dx = (originKm[0] as number) - (o[0] as number);
    const dy = (originKm[1] as number) - (o[1] as number);
    const dz = (originKm[2] as number) - (o[2] as number);
    const drift = Math.hypot(dx, dy, dz);
    if (!(drift <= REBASE_DISTANCE_RATIO * cameraDistanceKm)) {
      o.set(originKm);
      writeRelativeUnits(this.srcKm, this.count, o, KM_PER_UNIT, this.points);
      this.segments.writePoints(this.points, this.count);
      object.position.set(0, 0, 0);
      return;
    }
    object.position.set(-dx / KM_PER_UNIT, -dy / KM_PER_UNIT, -dz / KM_PER_UNIT);
  }

  dispose(): void {
    this.segments.dispose();
  }
}
