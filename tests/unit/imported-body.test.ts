/**
 * An imported track is a body like the others: the ephemeris gives its state (heliocentric and centred on any
 * body), never across a gap between its segments, and the registry names, colours and focuses it beside the catalogue.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BODY_BY_ID } from '../../src/core/bodies.ts';
import { BodyRegistry } from '../../src/core/body-registry.ts';
import { Ephemeris } from '../../src/core/ephemeris.ts';
import { parseTdbCalendar } from '../../src/core/formats/tdb-calendar.ts';
import { readTrajectoryFile } from '../../src/core/formats/trajectory-file.ts';
import { importedTracksOf, type ImportedTrack } from '../../src/core/imported-track.ts';
import { samplePlanetTrack } from '../../src/core/mission/planet-tracks.ts';

// The CCSDS 502.0-B-2 section 5 OEM example (Mars Global Surveyor around the Mars barycentre), written out by hand.
const MGS = readFileSync(new URL('../fixtures/import/ccsds-502-mgs-example.oem', import.meta.url), 'utf8');

function mgs(): ImportedTrack {
  const file = readTrajectoryFile(MGS, 'mgs.oem');
  if (!file.ok) throw new Error(file.error.message);
  const imported = importedTracksOf(file.file);
  if (!imported.ok) throw new Error(imported.message);
  return imported.tracks[0] as ImportedTrack;
}

describe('an imported track in the ephemeris', () => {
  const track = mgs();
  const first = track.track.segments[1]!.tdbSec[0] as number;
  const mars = samplePlanetTrack('Mars', track.startTdbSec - 86_400, track.endTdbSec + 86_400, 0.5);
  const ephemeris = new Ephemeris([mars], [track]);

  it('gives its state centred on Mars as the file wrote it', () => {
    const pos = [0, 0, 0];
    expect(ephemeris.stateAt(track.id, first, 'icrf', pos, undefined, 'mars')).toBe(true);
    // Mars' track is resampled to 0.5 km: the file's vector comes back within that.
    [-2432.166, -63.042, 1742.754].forEach((v, k) => expect(Math.abs((pos[k] as number) - v)).toBeLessThan(1));
    expect(ephemeris.distanceKm(track.id, 'mars', first)).toBeCloseTo(Math.hypot(-2432.166, -63.042, 1742.754), -1);
    expect(ephemeris.imported()).toEqual([track.id]);
    expect(ephemeris.coverage(track.id)).toEqual({ startTdbSec: track.startTdbSec, endTdbSec: track.endTdbSec });
  });

  it('has no state in the gap between two segments (TCM-3): never interpolated across', () => {
    const gap = (parseTdbCalendar('1996-12-28T21:28:30') + 62.184);
    expect(ephemeris.hasStateAt(track.id, gap)).toBe(false);
    expect(ephemeris.hasStateAt(track.id, first)).toBe(true);
  });

  it('refuses two imported tracks with one id', () => {
    expect(() => new Ephemeris([], [track, track])).toThrow(/two imported tracks have the id "import:mars-global-surveyor"/);
  });
});

describe('the body registry', () => {
  const track = mgs();
  const registry = new BodyRegistry([track]);

  it('names catalogue and imported bodies from one lookup', () => {
    expect(registry.get('mars')).toBe(BODY_BY_ID.mars);
    expect(registry.get(track.id)).toMatchObject({ kind: 'spacecraft', focusable: true, color: track.color, sourceName: 'mgs.oem' });
    expect(registry.name(track.id, 'zh')).toBe('MARS GLOBAL SURVEYOR');
    expect(registry.has('import:nothing')).toBe(false);
    expect(registry.has('toString')).toBe(false);
  });
});
