/**
 * When and along which times the close-ups draw the probe's sampling descent (src/scene/close-up-lines.ts), on the
 * bundled proximity plan (ephemeris/proximity-operations.json).
 */
import { describe, expect, it } from 'vitest';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { loadMissionData } from '../../src/core/mission-data/load-mission-data.ts';
import { stayPathOf } from '../../src/core/proximity/proximity-arc.ts';
import { proximityStateAt } from '../../src/core/proximity/proximity-path.ts';
import {
  DESCENT_LINE_MAX_CAMERA_KM, descentLineShown, descentLineSpan, descentVertexPassed, descentVertexTime,
} from '../../src/scene/close-up-lines.ts';

const data = loadMissionData(bundledMissionFiles());
const stay = stayPathOf(data.proximity, data.trajectoryDesign.design.kamooalewa.departureTdbSec);
const N = 96;

describe('the descent line', () => {
  it('spans each sampling event and nothing else of the stay', () => {
    for (const event of stay.plan.samplingEvents) {
      const mid = event.startTdbSec + event.descentSec / 2;
      const span = descentLineSpan(stay, mid)!;
      expect(span.startTdbSec).toBe(event.startTdbSec);
      expect(span.contactTdbSec).toBe(event.startTdbSec + event.descentSec);
      expect(span.endTdbSec - span.liftOffTdbSec).toBe(event.ascentSec);
      expect(descentLineSpan(stay, event.startTdbSec - 1)).toBeNull();
    }
    expect(descentLineSpan(stay, stay.plan.approach.at(-1)!.tdbSec + 86_400)).toBeNull();
    expect(descentLineSpan(null, stay.plan.samplingEvents[0]!.startTdbSec)).toBeNull();
  });

  it('runs from the standoff down to the surface and back up, and marks the vertex the probe has passed', () => {
    const span = descentLineSpan(stay, stay.plan.samplingEvents[1]!.startTdbSec)!;
    const at = (i: number) => proximityStateAt(stay.plan, stay.surfaceKm, stay.endTdbSec, descentVertexTime(span, i, N))!;
    expect(at(0).distanceKm).toBeCloseTo(stay.plan.standoffKm, 9);
    expect(at(N / 2 - 1).distanceKm).toBeCloseTo(stay.surfaceKm + stay.plan.contactClearanceKm, 9);
    expect(at(N / 2).distanceKm).toBeCloseTo(stay.surfaceKm + stay.plan.contactClearanceKm, 9);
    expect(at(N - 1).distanceKm).toBeCloseTo(stay.plan.standoffKm, 9);
    for (let i = 1; i < N / 2; i++) expect(at(i).distanceKm).toBeLessThanOrEqual(at(i - 1).distanceKm);
    expect(descentVertexPassed(span, span.startTdbSec, N)).toBe(0);
    expect(descentVertexPassed(span, (span.contactTdbSec + span.liftOffTdbSec) / 2, N)).toBe(N / 2 - 1);
    expect(descentVertexPassed(span, span.endTdbSec, N)).toBe(N - 1);
    const t = descentVertexTime(span, 10, N) + 1;
    expect(descentVertexPassed(span, t, N)).toBe(10);
  });

  it('is drawn for a close camera on the rock or the probe, not on the arm camera, not from afar', () => {
    expect(descentLineShown(stay, 'kamooalewa', 0.3, false)).toBe(true);
    expect(descentLineShown(stay, 'probe', 0.04, false)).toBe(true);
    expect(descentLineShown(stay, 'probe', 0.04, true)).toBe(false);
    expect(descentLineShown(stay, 'earth', 0.3, false)).toBe(false);
    expect(descentLineShown(stay, 'kamooalewa', DESCENT_LINE_MAX_CAMERA_KM * 1.01, false)).toBe(false);
    expect(descentLineShown(null, 'kamooalewa', 0.3, false)).toBe(false);
  });
});
