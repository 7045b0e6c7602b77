/**
 * Fading trails behind the probe, Kamoʻoalewa, 311P, the user's imported tracks and the focused body: Hermite-interpolated each frame over a
 * window that shrinks with the zoom, written relative to the origin. They carry the true curve where the sampled
 * path's straight chords would be off by thousands of km (close to a body), and they end exactly at the body.
 */
import { useEffect, useMemo } from 'react';
import { Color } from 'three';
import { DAY_S } from '../core/constants.ts';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { Vec3 } from '../core/vec3.ts';
import { phaseColor } from '../state/phase-colors.ts';
import { phaseAt } from '../state/mission-span.ts';
import type { MissionPhase } from '../core/mission/mission-result.ts';
import { bodiesOfKind, BODY_BY_ID, isBodyId, type BodyId } from '../core/bodies.ts';
import type { AnyBodyId } from '../core/body-registry.ts';
import type { ImportedBodyId } from '../core/imported-track.ts';
import { fatLine, PolylineSegments, uniformPointsMaterial, type FatLine } from './fat-line.ts';
import { debugHooks } from './debug-hooks.ts';
import { useFramePhase } from './frame-pipeline.ts';
import { clipTailAtRadius } from './trail-clip.ts';
import { linesHiddenInCloseUp } from './close-up-lines.ts';
import { KM_PER_UNIT } from './scene-units.ts';

const VERTICES = 96;
const MIN_WINDOW_SEC = 600;
const MAX_WINDOW_SEC = 40 * DAY_S;
/** Trail length in camera distances (at the body's speed): long enough to read the direction of motion. */
const WINDOW_CAMERA_DISTANCES = 8;
/** The mission's own bodies always trail (the capsule's short arc is drawn whole); others only when focused. */
const FIXED: readonly BodyId[] = bodiesOfKind('spacecraft', 'asteroid', 'comet');
const TRAIL_COLORS: Partial<Record<BodyId, string>> = { kamooalewa: '#f3cfa6', '311p': '#b4d4ff' };

const TRAIL_WIDTH_PX = 2.4;

class Trail {
  readonly coverage: [number, number];
  // Rewritten every frame: the points go to the shader as a uniform array, not into the quads' corners.
  readonly segments = new PolylineSegments(VERTICES, 'uniform', { caps: false });
  readonly object: FatLine;
  readonly positions: Float32Array;
  private readonly colors = new Float32Array(3 * VERTICES);
  private readonly color = new Color();

  constructor(readonly id: AnyBodyId, coverage: { startTdbSec: number; endTdbSec: number }) {
    this.coverage = [coverage.startTdbSec, coverage.endTdbSec];
    const line = uniformPointsMaterial({ widthPx: TRAIL_WIDTH_PX, vertexColors: true, additive: true }, VERTICES);
    this.positions = line.points;
    this.object = fatLine(this.segments.geometry, line.material);
  }

  /** Fades from nothing at the tail to the full colour at the body (additive: darker is more transparent). */
  setColor(css: string): void {
    this.color.set(css);
    for (let i = 0; i < VERTICES; i++) {
      const a = 0.95 * (i / (VERTICES - 1)) ** 1.6;
      this.colors.set([this.color.r * a, this.color.g * a, this.color.b * a], 3 * i);
    }
    this.segments.writeColors(this.colors, VERTICES);
  }
}

export interface TrailsProps {
  ephemeris: Ephemeris;
  phases: readonly MissionPhase[];
  /** The imported tracks' colours: each trails like the mission's spacecraft, in its line's colour. */
  importedColors?: ReadonlyMap<ImportedBodyId, string>;
}

const NO_COLORS: ReadonlyMap<ImportedBodyId, string> = new Map();

export function Trails({ ephemeris, phases, importedColors = NO_COLORS }: TrailsProps) {
  const setup = useMemo(() => {
    const trails = new Map<AnyBodyId, Trail>();
    for (const id of [...ephemeris.bodies(), ...ephemeris.imported()]) {
      const coverage = ephemeris.coverage(id);
      if (coverage && coverage.endTdbSec > coverage.startTdbSec) trails.set(id, new Trail(id, coverage));
    }
    return {
      trails, vel: [0, 0, 0] as Vec3, out: new Float64Array(3), lastPhase: null as MissionPhase | null, colored: false,
    };
  }, [ephemeris, importedColors]);

  useEffect(() => () => {
    for (const trail of setup.trails.values()) {
      trail.segments.dispose();
      trail.object.material.dispose();
    }
  }, [setup]);

  useFramePhase('objects', (frame) => {
    const { trails, vel, out } = setup;
    const { tdbSec, originKm, cameraDistanceKm, view: camera } = frame;
    const rotating = frame.frame === 'sun-earth-rotating';
    if (!setup.colored) {
      for (const [id, trail] of trails) trail.setColor(isBodyId(id) ? TRAIL_COLORS[id] ?? BODY_BY_ID[id].color : importedColors.get(id) ?? '#ffffff');
      setup.colored = true;
    }
    const phase = phases.length > 0 ? phaseAt(phases, tdbSec) : null;
    const probeTrail = trails.get('probe');
    if (probeTrail && phase !== setup.lastPhase) {
      probeTrail.setColor(phase ? phaseColor(phases.indexOf(phase)) : '#ffffff');
      setup.lastPhase = phase;
    }
    const closeUp = linesHiddenInCloseUp(frame.focusId, cameraDistanceKm);
    for (const [id, trail] of trails) {
      // An imported track has no catalogue entry (the phases see no focus on it): it trails while its point is drawn.
      const placed = isBodyId(id) ? -1 : frame.bodies.importedIds.indexOf(id);
      const radiusPx = isBodyId(id) ? frame.drawnRadiusPx[id] : placed >= 0 ? frame.importedDrawnRadiusPx[placed]! : 0;
      const active = isBodyId(id) ? FIXED.includes(id) || id === frame.focusId : radiusPx > 0;
      const [start, end] = trail.coverage;
      trail.object.visible = false;
      if (!active || tdbSec <= start || tdbSec > end || (rotating && id === 'earth')) continue;
      // The arm camera rides on the probe: a trail would be a streak through the photo.
      if (frame.probeEye || closeUp) continue;
      if (!ephemeris.stateAt(id, tdbSec, 'icrf', out, vel)) continue;
      const speed = Math.max(1e-3, Math.hypot(vel[0], vel[1], vel[2]));
      const window = Math.min(MAX_WINDOW_SEC, Math.max(MIN_WINDOW_SEC, (WINDOW_CAMERA_DISTANCES * cameraDistanceKm) / speed));
      const from = Math.max(start, tdbSec - window);
      let ok = true;
      for (let i = 0; i < VERTICES && ok; i++) {
        const t = from + ((tdbSec - from) * i) / (VERTICES - 1);
        if (!ephemeris.stateAt(id, t, frame.frame, out)) { ok = false; break; }
        trail.positions[3 * i] = ((out[0] as number) - (originKm[0] as number)) / KM_PER_UNIT;
        trail.positions[3 * i + 1] = ((out[1] as number) - (originKm[1] as number)) / KM_PER_UNIT;
        trail.positions[3 * i + 2] = ((out[2] as number) - (originKm[2] as number)) / KM_PER_UNIT;
      }
      if (!ok) continue;
      const p = trail.positions, last = 3 * (VERTICES - 1);
      const bodyDistanceKm = Math.hypot(p[last]! - camera.position.x, p[last + 1]! - camera.position.y, p[last + 2]! - camera.position.z) * KM_PER_UNIT;
      const drawnRadiusKm = radiusPx * bodyDistanceKm * frame.kmPerPixelPerKm;
      clipTailAtRadius(p, VERTICES, drawnRadiusKm / KM_PER_UNIT);
      trail.object.visible = true;
    }
    const hooks = debugHooks();
    if (hooks) {
      hooks.importedTrails = {};
      for (const [id, trail] of trails) {
        if (isBodyId(id)) continue;
        const p = trail.positions, last = 3 * (VERTICES - 1);
        hooks.importedTrails[id] = { visible: trail.object.visible, spanKm: Math.hypot(p[last]! - p[0]!, p[last + 1]! - p[1]!, p[last + 2]! - p[2]!) * KM_PER_UNIT };
      }
    }
  });

  return (
    <>
      {[...setup.trails.values()].map((trail) => <primitive key={trail.id} object={trail.object} />)}
    </>
  );
}
