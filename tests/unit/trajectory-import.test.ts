/**
 * Importing trajectory files: the published OEM example, a Horizons table laid out by hand, CSV, and the
 * conversions (time systems, frames, centres) done once at the border.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAY_S } from '../../src/core/constants.ts';
import { parseTrajectoryCsv } from '../../src/core/formats/csv-parser.ts';
import { writeTrajectoryCsv } from '../../src/core/formats/csv-writer.ts';
import { parseOem } from '../../src/core/formats/oem-parser.ts';
import { parseTdbCalendar } from '../../src/core/formats/tdb-calendar.ts';
import { readCentre } from '../../src/core/formats/trajectory-centre.ts';
import { readTrajectoryFile } from '../../src/core/formats/trajectory-file.ts';
import { tdbSecFromCalendarSec } from '../../src/core/formats/time-systems.ts';
import { eqjToEcl } from '../../src/core/frames.ts';
import { importedTracksOf, importSlug } from '../../src/core/imported-track.ts';
import { helioStateEqjKm } from '../../src/core/planets.ts';
import type { Vec3 } from '../../src/core/vec3.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

/**
 * The version 2.0 OEM example of CCSDS 502.0-B-2 (Orbit Data Messages, Blue Book, Nov. 2009), section 5
 * "Orbit Ephemeris Message", written out by hand: Mars Global Surveyor, two segments split at TCM-3, centred on the
 * Mars barycentre, EME2000, UTC. The book's "< intervening data records omitted here >" lines are left out.
 */
const MGS = fixture('ccsds-502-mgs-example.oem');

describe('the CCSDS 502.0-B-2 OEM example', () => {
  const oem = parseOem(MGS, { sourceName: 'mgs.oem' });

  it('reads both segments, their metadata and comments', () => {
    expect(oem.version).toBe('2.0');
    expect(oem.header).toMatchObject({ originator: 'NASA/JPL', creationDate: '1996-11-04T17:22:31' });
    expect(oem.segments.map((s) => [s.objectName, s.objectId, s.centre, s.fileRefFrame, s.fileTimeSystem, s.interpolation, s.interpolationDegree, s.samples.tdbSec.length]))
      .toEqual([
        ['MARS GLOBAL SURVEYOR', '1996-062A', 'Mars', 'EME2000', 'UTC', 'HERMITE', 7, 4],
        ['MARS GLOBAL SURVEYOR', '1996-062A', 'Mars', 'EME2000', 'UTC', 'HERMITE', 7, 4],
      ]);
    expect(oem.segments[1]?.comments).toEqual(['This block begins after trajectory correction maneuver TCM-3.']);
    expect(Array.from(oem.segments[1]!.samples.posKm.subarray(0, 3))).toEqual([-2432.166, -63.042, 1742.754]);
  });

  it('turns UTC epochs into TDB: TAI − UTC was 30 s through 1996 (IERS Bulletin C), TT − TAI = 32.184 s', () => {
    const first = oem.segments[0]!.samples.tdbSec[0] as number;
    const onUtcCalendar = parseTdbCalendar('1996-12-18T12:00:00.331');
    // TDB − TT stays within ±1.7 ms (Explanatory Supplement 1992, eq. 2.222-1).
    expect(Math.abs(first - onUtcCalendar - 62.184)).toBeLessThan(0.0018);
    const useable = oem.segments[1]!.useableStartTdbSec as number;
    expect(Math.abs(useable - parseTdbCalendar('1996-12-28T22:08:02.5') - 62.184)).toBeLessThan(0.0018);
  });

  it('places the orbiter around Mars: heliocentric = Mars + the file\'s vector, at each sample time', () => {
    const result = readTrajectoryFile(MGS, 'mgs.oem');
    if (!result.ok) throw new Error(result.error.message);
    const imported = importedTracksOf(result.file);
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.tracks.map((t) => [t.id, t.name, t.track.segments.length])).toEqual([['import:mars-global-surveyor', 'MARS GLOBAL SURVEYOR', 2]]);
    const track = imported.tracks[0]!;
    const segment = track.track.segments[1]!;
    const mars = helioStateEqjKm('Mars', segment.tdbSec[0] as number);
    const offset = [0, 1, 2].map((k) => (segment.posKm[k] as number) - (mars.posKm[k] as number));
    offset.forEach((v, k) => expect(v).toBeCloseTo([-2432.166, -63.042, 1742.754][k] as number, 6));
    expect(track.endTdbSec - track.startTdbSec).toBeCloseTo(parseTdbCalendar('1996-12-30T01:28:02.267') - parseTdbCalendar('1996-12-18T12:00:00.331'), 3);
  });

  it('refuses the whole file for one bad value, naming the file, the line and what was expected', () => {
    const broken = MGS.replace('2776.033 -336.859', '2776.033 -33b.859');
    const result = readTrajectoryFile(broken, 'mgs.oem');
    expect(result).toEqual({ ok: false, error: { sourceName: 'mgs.oem', lineNumber: 23, message: 'mgs.oem line 23 (data line): value 2 "-33b.859" is not a number' } });
    const noStop = readTrajectoryFile(MGS.replace(/META_STOP\n\nCOMMENT {2}This block/, 'COMMENT  This block'), 'mgs.oem');
    expect(noStop.ok || noStop.error.message).toMatch(/^mgs\.oem line 39 \(META_STOP\): expected a KEYWORD = value line or META_STOP, found "1996-12-28T21:29:07.267/);
    const disorder = readTrajectoryFile(MGS.replace('1996-12-18T12:02:00.331', '1996-12-18T12:00:30.331'), 'mgs.oem');
    expect(disorder.ok || disorder.error.message).toBe('mgs.oem line 23 (epoch): 1996-12-18T12:00:30.331 is not after the previous epoch: epochs must increase strictly within a segment');
    const centre = readTrajectoryFile(MGS.replace('CENTER_NAME          = MARS BARYCENTER', 'CENTER_NAME          = PHOBOS'), 'mgs.oem');
    expect(centre.ok || centre.error.message).toMatch(/^mgs\.oem line 8 \(CENTER_NAME\): unknown centre "PHOBOS": expected one of SUN, /);
    const frame = readTrajectoryFile(MGS.replace('REF_FRAME            = EME2000', 'REF_FRAME            = MCI'), 'mgs.oem');
    expect(frame.ok || frame.error.message).toBe('mgs.oem line 9 (REF_FRAME): "MCI" is not supported: expected EME2000, ICRF, ECLIPJ2000');
    const xml = readTrajectoryFile('<?xml version="1.0"?>\n<oem id="CCSDS_OEM_VERS" version="2.0"></oem>', 'mgs.xml');
    expect(xml.ok || xml.error.message).toBe('mgs.xml line 2: expected <header> first in <oem>');
  });

  it('reads ECLIPJ2000 vectors into EQJ and accelerations as optional columns', () => {
    const eqj = parseOem(MGS).segments[0]!.samples.posKm.subarray(0, 3);
    const ecl = eqjToEcl(Array.from(eqj) as Vec3);
    const eclText = MGS.replace('REF_FRAME            = EME2000', 'REF_FRAME            = ECLIPJ2000')
      .replace('2789.619 -280.045 -1746.755  4.73372 -2.49586 -1.04195', `${ecl.join(' ')} 4.73372 -2.49586 -1.04195 0.001 0.002 -0.003`);
    const back = parseOem(eclText).segments[0]!.samples.posKm.subarray(0, 3);
    [0, 1, 2].forEach((k) => expect(back[k]).toBeCloseTo(eqj[k] as number, 8));
    expect(readTrajectoryFile(MGS.replace('4.73372 -2.49586 -1.04195', '4.73372 -2.49586 -1.04195 1e-3 x 0'), 'a.oem'))
      .toMatchObject({ ok: false, error: { message: 'a.oem line 21 (data line): value 8 "x" is not a number' } });
  });
});

describe('time systems and centres at the border', () => {
  it('GPS, TAI and TT epochs differ from TDB by the IERS offsets (TAI − GPS = 19 s, TT − TAI = 32.184 s)', () => {
    const c = parseTdbCalendar('2027-01-01T00:00:00');
    const tt = tdbSecFromCalendarSec(c, 'TT');
    expect(Math.abs(tt - c)).toBeLessThan(0.0018);
    expect(tdbSecFromCalendarSec(c, 'TAI') - tt).toBeCloseTo(32.184, 6);
    expect(tdbSecFromCalendarSec(c, 'GPS') - tt).toBeCloseTo(51.184, 6);
    // TAI − UTC = 37 s since 2017-01-01 (IERS Bulletin C).
    expect(tdbSecFromCalendarSec(c, 'UTC') - tt).toBeCloseTo(69.184, 6);
  });

  it('reads centre names as OEM and Horizons write them', () => {
    expect(['SUN', 'Sun (10)', 'MARS BARYCENTER', 'Mars Barycenter (4)', 'EARTH', 'Earth-Moon Barycenter (3)', 'SOLAR SYSTEM BARYCENTER', 'moon', 'jupiter_barycenter'].map(readCentre))
      .toEqual(['SUN', 'SUN', 'Mars', 'Mars', 'Earth', 'EMB', 'SSB', 'Moon', 'Jupiter']);
    expect(readCentre('PHOBOS')).toBeUndefined();
    expect(readCentre('toString')).toBeUndefined();
  });
});

describe('a Horizons VECTORS table centred on Mars (laid out by hand from the Horizons manual)', () => {
  it('becomes a track around Mars', () => {
    const result = readTrajectoryFile(fixture('horizons-mars-centred.txt'), 'mro.txt');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.file.format).toBe('horizons');
    const imported = importedTracksOf(result.file, new Set(['import:illustrative-mars-orbiter-999']));
    if (!imported.ok) throw new Error(imported.message);
    const track = imported.tracks[0]!;
    expect(track.id).toBe('import:illustrative-mars-orbiter-999-2');
    const segment = track.track.segments[0]!;
    const t = segment.tdbSec[2] as number;
    expect(t).toBeCloseTo(parseTdbCalendar('2027-01-01T00:20:00'), 3);
    const mars = helioStateEqjKm('Mars', t);
    expect(Math.hypot(...[0, 1, 2].map((k) => (segment.posKm[6 + k] as number) - (mars.posKm[k] as number)))).toBeCloseTo(4000, 6);
  });
});

describe('CSV with a header naming its columns', () => {
  const csv = [
    '# hand-written: an illustrative orbiter, UTC epochs, Mars-centred ICRF',
    'object,segment,epoch_utc,x_km_mars_icrf,y_km_mars_icrf,z_km_mars_icrf,vx_km_s_mars_icrf,vy_km_s_mars_icrf,vz_km_s_mars_icrf',
    '"Orbiter, A",1,2027-01-01T00:00:00Z,4000,0,0,0,3.3,0',
    '"Orbiter, A",1,2027-01-01T00:10:00Z,2600,1900,0,-2.1,2.5,0',
    '"Orbiter, A",2,2027-01-01T00:10:00Z,2600,1900,0,-2.2,2.4,0',
  ].join('\n');

  it('reads objects, segments, the time system and the centre from the header', () => {
    const parsed = parseTrajectoryCsv(csv, { sourceName: 'o.csv' });
    expect(parsed.comments).toEqual(['hand-written: an illustrative orbiter, UTC epochs, Mars-centred ICRF']);
    expect([parsed.centerName, parsed.fileRefFrame, parsed.fileTimeSystem]).toEqual(['MARS', 'ICRF', 'UTC']);
    expect(parsed.segments.map((s) => [s.objectName, s.centre, s.samples.tdbSec.length])).toEqual([['Orbiter, A', 'Mars', 2], ['Orbiter, A', 'Mars', 1]]);
    expect((parsed.segments[0]!.samples.tdbSec[1] as number) - (parsed.segments[0]!.samples.tdbSec[0] as number)).toBeCloseTo(600, 6);
    expect(importSlug('Orbiter, A')).toBe('orbiter-a');
  });

  it('names what is wrong', () => {
    const error = (text: string): string => {
      const r = readTrajectoryFile(text, 'o.csv');
      return r.ok ? 'accepted' : r.error.message;
    };
    expect(error(csv.replace('x_km_mars_icrf', 'x_km'))).toMatch(/^o\.csv line 2: column "x_km" does not name its centre and frame/);
    expect(error(csv.replace(/_mars_icrf/g, '_phobos_icrf'))).toMatch(/^o\.csv line 2: unknown centre "phobos"/);
    expect(error(csv.replace('epoch_utc', 'epoch_bjt'))).toMatch(/^o\.csv line 2: time column "epoch_bjt": time system "BJT" is not supported/);
    expect(error(csv.replace(',2600,1900,0,-2.1', ',2600,19x0,0,-2.1'))).toBe('o.csv line 4: y_km_mars_icrf value "19x0" is not a number');
    expect(error(csv.replace('2027-01-01T00:10:00Z,2600,1900,0,-2.1', '2026-12-31T00:10:00Z,2600,1900,0,-2.1')))
      .toMatch(/^o\.csv line 4: time "2026-12-31T00:10:00Z" is not after the previous line's/);
    expect(error(`${csv}\n"Orbiter, A",2,2027-01-01T00:20:00Z,1,2`)).toBe('o.csv line 6: 5 fields: expected 9 (object, segment, epoch_utc, x_km_mars_icrf, y_km_mars_icrf, z_km_mars_icrf, vx_km_s_mars_icrf, vy_km_s_mars_icrf, vz_km_s_mars_icrf)');
  });

  it('reads what the CSV writer writes', () => {
    const samples = { tdbSec: Float64Array.of(0, DAY_S), posKm: Float64Array.of(1, 2, 3, 4, 5, 6), velKmS: Float64Array.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6) };
    const text = writeTrajectoryCsv([{ objectName: 'A', objectId: 'A', centerName: 'MARS BARYCENTER', refFrame: 'ICRF', timeSystem: 'TDB', comments: [], samples }], { comments: ['note'] });
    const parsed = parseTrajectoryCsv(text);
    expect(parsed.centerName).toBe('MARS BARYCENTER');
    expect(parsed.segments[0]!.samples).toEqual(samples);
  });
});
