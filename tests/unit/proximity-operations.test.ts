/**
 * Proximity operations at Kamoʻoalewa as data (ephemeris/proximity-operations.json): the approach from ~2,000 km
 * (The Planetary Society: https://www.planetary.org/articles/chinas-tianwen-2-mission-has-probably-arrived-at-a-quasi-moon-of-earth)
 * to the ~20 km hover of CNSA's science-phase image (https://www.cnsa.gov.cn/n6758823/n6758838/c10760422/content.html),
 * and the two published sampling methods (touch-and-go, anchor-and-attach) as descents to the surface.
 */
import { describe, expect, it } from 'vitest';
import { BODY_BY_ID } from '../../src/core/bodies.ts';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { loadMissionData } from '../../src/core/mission-data/load-mission-data.ts';
import { MissionDataError } from '../../src/core/mission-data/mission-data-error.ts';
import { proximityStateAt } from '../../src/core/proximity/proximity-path.ts';

const data = loadMissionData(bundledMissionFiles());
const plan = data.proximity;
const surfaceKm = BODY_BY_ID.kamooalewa.radiusKm;
const { arrivalTdbSec, departureTdbSec } = data.trajectoryDesign.design.kamooalewa;
const STEP_SEC = 300;

describe('proximity operations at Kamoʻoalewa', () => {
  it('start at the rendezvous burn ~2,000 km out and reach the published 20 km standoff on the science phase\'s first day', () => {
    expect(plan.approach[0]!.tdbSec).toBe(arrivalTdbSec);
    expect(plan.approach[0]!.distanceKm).toBe(2000);
    expect(plan.standoffKm).toBe(20);
    expect(plan.standoffKm).toBe(data.trajectoryDesign.design.kamooalewa.standoffKm);
    const science = data.events.find((e) => e.id === 'science-phase')!;
    expect(plan.approach[plan.approach.length - 1]!.tdbSec).toBe(science.tdbSec);
    expect(proximityStateAt(plan, surfaceKm, departureTdbSec, arrivalTdbSec - 1)).toBeNull();
    expect(proximityStateAt(plan, surfaceKm, departureTdbSec, departureTdbSec + 1)).toBeNull();
  });

  it('keep the probe at the standoff throughout the hover and reach the surface only during the sampling events', () => {
    const contactKm = surfaceKm + plan.contactClearanceKm;
    const touched = new Set<string>();
    let previousKm: number | null = null;
    let maxSpeedKmS = 0;
    const problems: string[] = [];
    for (let t = arrivalTdbSec; t <= departureTdbSec; t += STEP_SEC) {
      const state = proximityStateAt(plan, surfaceKm, departureTdbSec, t);
      if (!state) { problems.push(`no state at ${t}`); continue; }
      if (state.stage === 'hover' && state.distanceKm !== plan.standoffKm) problems.push(`hover at ${state.distanceKm} km at ${t}`);
      // Never inside the body, and at the surface only within a sampling event's descent, contact or climb.
      if (state.distanceKm < contactKm - 1e-12) problems.push(`inside the body at ${t}`);
      if (state.distanceKm < contactKm + 1e-6) {
        if (state.event === null) problems.push(`at the surface outside a sampling event at ${t}`);
        else touched.add(state.event.method);
      }
      if (state.event === null && state.stage !== 'approach' && state.distanceKm !== plan.standoffKm) problems.push(`off the standoff outside events at ${t}`);
      if (previousKm !== null) maxSpeedKmS = Math.max(maxSpeedKmS, Math.abs(state.distanceKm - previousKm) / STEP_SEC);
      previousKm = state.distanceKm;
    }
    expect(problems).toEqual([]);
    // Both published methods come down to the surface.
    expect([...touched].sort()).toEqual(['anchor-and-attach', 'touch-and-go']);
    // No jumps: the fastest change is a burn-to-burn glide of the approach, well under 1 km/s.
    expect(maxSpeedKmS).toBeLessThan(0.05);
  });

  it('the hover lasts most of the stay: sampling takes days of it, not months', () => {
    let hoverSec = 0, eventSec = 0;
    for (let t = plan.approach[plan.approach.length - 1]!.tdbSec; t <= departureTdbSec; t += STEP_SEC) {
      const state = proximityStateAt(plan, surfaceKm, departureTdbSec, t)!;
      if (state.stage === 'hover') hoverSec += STEP_SEC;
      else eventSec += STEP_SEC;
    }
    expect(eventSec).toBeGreaterThan(0);
    expect(hoverSec / (hoverSec + eventSec)).toBeGreaterThan(0.95);
  });

  it('rejects a plan whose approach does not end at the standoff, or whose events overlap, naming the field', () => {
    const files = bundledMissionFiles();
    const broken = structuredClone(files['ephemeris/proximity-operations.json']) as {
      approach: { distanceKm: number }[]; samplingEvents: { startUtc: string }[];
    };
    broken.approach[broken.approach.length - 1]!.distanceKm = 25;
    broken.samplingEvents[1]!.startUtc = broken.samplingEvents[0]!.startUtc;
    let error: unknown;
    try {
      loadMissionData({ ...files, 'ephemeris/proximity-operations.json': broken });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissionDataError);
    const message = (error as Error).message;
    expect(message).toContain('proximity-operations.json');
    expect(message).toMatch(/approach\[3\]\.distanceKm/);
    expect(message).toMatch(/samplingEvents\[1\]\.startUtc/);
  });
});
