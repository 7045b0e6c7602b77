/**
 * An imported track in the readouts and the distance plot: its distance from the probe, the Earth and the Sun now,
 * and the probe's distance from it over the time both have states (none outside, split where its file has a gap).
 */
import { describe, expect, it } from 'vitest';
import { Ephemeris } from '../../src/core/ephemeris.ts';
import type { ImportedBodyId, ImportedTrack } from '../../src/core/imported-track.ts';
import type { Track, TrackSegment } from '../../src/core/track.ts';
import { importedDistanceCurves } from '../../src/state/distance-series.ts';
import { focusedImportedReadout, IMPORTED_DISTANCES_FROM, importedReadout } from '../../src/state/imported-readout.ts';

/** A body resting at `posKm` (heliocentric EQJ) over [from, to], sampled every 10 s. */
function still(posKm: [number, number, number], from: number, to: number): TrackSegment {
  const n = Math.round((to - from) / 10) + 1;
  const tdbSec = Float64Array.from({ length: n }, (_, i) => from + 10 * i);
  const pos = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) pos.set(posKm, 3 * i);
  return { tdbSec, posKm: pos, velKmS: new Float64Array(3 * n) };
}
const track = (id: string, ...segments: TrackSegment[]): Track => ({ id, segments });
const ID: ImportedBodyId = 'import:test-craft';

function imported(...segments: TrackSegment[]): ImportedTrack {
  return {
    id: ID, name: 'TEST CRAFT', sourceName: 'test.oem', color: '#ff7ab8', track: track(ID, ...segments),
    startTdbSec: segments[0]!.tdbSec[0]!, endTdbSec: segments.at(-1)!.tdbSec.at(-1)!,
  };
}

const PROBE = track('probe', still([1e8, 0, 0], 0, 1000));
const EARTH = track('earth', still([1e8, 3e6, 0], 0, 1000));

describe('an imported track\'s readout', () => {
  const ephemeris = new Ephemeris([PROBE, EARTH], [imported(still([1e8, 0, 4000], 100, 300))]);

  it('gives its distance from the probe, the Earth and the Sun while the file covers the time', () => {
    expect(IMPORTED_DISTANCES_FROM).toEqual(['probe', 'earth', 'sun']);
    const readout = importedReadout(ephemeris, ID, 'TEST CRAFT', 200);
    expect(readout.hasState).toBe(true);
    expect(readout.km[0]).toBeCloseTo(4000, 3);
    expect(readout.km[1]).toBeCloseTo(Math.hypot(3e6, 4000), 3);
    expect(readout.km[2]).toBeCloseTo(Math.hypot(1e8, 4000), 0);
  });

  it('says it has no state outside the file, with no distances', () => {
    const readout = importedReadout(ephemeris, ID, 'TEST CRAFT', 500);
    expect(readout.hasState).toBe(false);
    expect(readout.km.every(Number.isNaN)).toBe(true);
  });

  it('is given for a focused imported track only', () => {
    const names = new Map([[ID, 'TEST CRAFT']]);
    expect(focusedImportedReadout(ephemeris, names, ID)(200)?.name).toBe('TEST CRAFT');
    expect(focusedImportedReadout(ephemeris, names, 'earth')(200)).toBeNull();
    expect(focusedImportedReadout(ephemeris, names, null)(200)).toBeNull();
    // A link may name a track this browser does not hold.
    expect(focusedImportedReadout(ephemeris, names, 'import:elsewhere')(200)).toBeNull();
  });
});

describe('an imported track in the distance plot', () => {
  it('is the probe\'s distance from it over their common span, split at the gap between its segments', () => {
    const ephemeris = new Ephemeris([PROBE, EARTH], [imported(still([1e8, 0, 4000], 100, 300), still([1e8, 0, 6000], 600, 1400))]);
    const [curve, ...more] = importedDistanceCurves(ephemeris, 50);
    expect(more).toEqual([]);
    expect(curve!.id).toBe(ID);
    expect(curve!.runs.length).toBe(2);
    const [first, second] = curve!.runs;
    expect(first!.tdbSec[0]).toBe(100);
    expect(first!.tdbSec.at(-1)).toBe(300);
    // The second segment runs past the probe's end: the curve stops with the probe.
    expect(second!.tdbSec[0]).toBe(600);
    expect(second!.tdbSec.at(-1)).toBe(1000);
    expect(curve!.minKm).toBeCloseTo(4000, 3);
    expect(curve!.maxKm).toBeCloseTo(6000, 3);
  });

  it('has no curve when the file lies outside the probe\'s span', () => {
    const ephemeris = new Ephemeris([PROBE, EARTH], [imported(still([1e8, 0, 4000], 2000, 3000))]);
    expect(importedDistanceCurves(ephemeris)).toEqual([]);
  });
});
