/**
 * The mission file the page downloads (written in the import worker) reads back through the page's own importer,
 * and its probe agrees with the propagated probe to well under 1 km: at the samples and between them.
 */
import { describe, expect, it } from 'vitest';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { propagateMission } from '../../src/core/mission/propagate-mission.ts';
import { readTrajectoryFile } from '../../src/core/formats/trajectory-file.ts';
import { importedTracksOf } from '../../src/core/imported-track.ts';
import { trackStateAt } from '../../src/core/track-interpolation.ts';
import type { Vec3 } from '../../src/core/vec3.ts';
import { missionFileText } from '../../src/worker/handle-export.ts';

describe('the downloaded mission file', () => {
  const files = bundledMissionFiles();
  const probe = propagateMission(files).result.tracks.find((t) => t.id === 'probe')!;

  for (const format of ['oem', 'csv'] as const) {
    it(`${format.toUpperCase()}: re-imported, the probe is where the propagation put it (≤ 1 km)`, () => {
      const text = missionFileText(files, format, '2026-12-07T13:00:00Z');
      if (format === 'oem') {
        expect(text).toMatch(/^CCSDS_OEM_VERS = 2\.0\nCOMMENT The Tianwen-2 probe and capsule paths are ILLUSTRATIVE/);
        expect(text).toMatch(/COMMENT Sources: see ephemeris\/README\.md/);
      }
      const read = readTrajectoryFile(text, `tianwen-2.${format}`);
      if (!read.ok) throw new Error(read.error.message);
      const imported = importedTracksOf(read.file);
      if (!imported.ok) throw new Error(imported.message);
      const track = imported.tracks.find((t) => t.name === 'TIANWEN-2 (ILLUSTRATIVE)')!;
      expect(track.track.segments.length).toBe(probe.segments.length);
      const a: Vec3 = [0, 0, 0], b: Vec3 = [0, 0, 0];
      let worstKm = 0, checked = 0;
      for (const segment of probe.segments) {
        for (let i = 0; i + 1 < segment.tdbSec.length; i += 7) {
          const t = ((segment.tdbSec[i] as number) + (segment.tdbSec[i + 1] as number)) / 2;
          if (!trackStateAt(probe, t, a) || !trackStateAt(track.track, t, b)) continue;
          worstKm = Math.max(worstKm, Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(50);
      expect(worstKm).toBeLessThanOrEqual(1);
    }, 60_000);
  }
});
