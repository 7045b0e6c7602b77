/**
 * Property tests of the trajectory readers (fast-check, fixed seeds, bounded run counts): what the OEM (KVN and
 * XML) and CSV writers write reads back as the same track; and a valid file mutated at random (lines dropped, doubled, swapped,
 * replaced, characters changed, the file cut short) is either still a valid track or refused with a message naming
 * the file (and the line, when there is one) — never a throw, never a hang.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeTrajectoryCsv } from '../../src/core/formats/csv-writer.ts';
import type { OemMessage, OemSegment } from '../../src/core/formats/oem-message.ts';
import { writeOem } from '../../src/core/formats/oem-writer.ts';
import { writeOemXml } from '../../src/core/formats/oem-xml.ts';
import { readTrajectoryFile } from '../../src/core/formats/trajectory-file.ts';
import type { TrackSegment } from '../../src/core/track.ts';

/** Generous: the machine is shared, and a property run is bounded by its count, not by time. */
const FUZZ_TIMEOUT_MS = 60_000;

const coordinate = fc.double({ min: -1e10, max: 1e10, noNaN: true }).map((v) => (v === 0 ? 0 : v));
const velocity = fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((v) => (v === 0 ? 0 : v));

/** A segment starting at `startTdbSec`: 1-8 samples, steps of 1 ms to ~12 days on a microsecond grid. */
const segmentFrom = (startTdbSec: number): fc.Arbitrary<TrackSegment> =>
  fc.array(fc.tuple(fc.integer({ min: 1_000, max: 1e12 }), fc.array(coordinate, { minLength: 3, maxLength: 3 }), fc.array(velocity, { minLength: 3, maxLength: 3 })), { minLength: 1, maxLength: 8 })
    .map((rows) => {
      let t = startTdbSec;
      const tdbSec: number[] = [];
      for (const [stepUs] of rows) {
        tdbSec.push(t);
        t = Math.round((t + stepUs * 1e-6) * 1e6) / 1e6;
      }
      return { tdbSec: Float64Array.from(tdbSec), posKm: Float64Array.from(rows.flatMap((r) => r[1])), velKmS: Float64Array.from(rows.flatMap((r) => r[2])) };
    });

const track = fc.integer({ min: -3e9, max: 3e9 }).chain((start) =>
  fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 3 }).chain((gaps) => {
    // Segments one after the other: each starts after the previous one's possible end (8 samples x 1e6 s).
    const starts = gaps.map((gap, k) => start + k * 9e6 + gap * 1e-3);
    return fc.tuple(...starts.map((s) => segmentFrom(Math.round(s * 1e6) / 1e6)));
  }));

const segmentOf = (samples: TrackSegment, objectName = 'FUZZ SAT'): OemSegment => ({
  objectName, objectId: 'FUZZ-1', centerName: 'SUN', refFrame: 'ICRF', timeSystem: 'TDB', comments: ['fuzz'], samples,
});

const message = (segments: TrackSegment[]): OemMessage => ({
  header: { originator: 'FUZZ', creationDate: '2026-12-07T00:00:00Z', comments: [] },
  segments: segments.map((s) => segmentOf(s)),
});

function expectSameSamples(read: TrackSegment, written: TrackSegment, epochToleranceSec: number): void {
  expect(read.tdbSec.length).toBe(written.tdbSec.length);
  read.tdbSec.forEach((t, i) => expect(Math.abs(t - (written.tdbSec[i] as number))).toBeLessThanOrEqual(epochToleranceSec));
  expect(read.posKm).toEqual(written.posKm);
  expect(read.velKmS).toEqual(written.velKmS);
}

describe('parse(write(track)) round-trips', () => {
  it('OEM: same segments, values bit for bit, epochs to the written microsecond', () => {
    fc.assert(fc.property(track, (segments) => {
      const result = readTrajectoryFile(writeOem(message(segments)), 'fuzz.oem');
      if (!result.ok) throw new Error(result.error.message);
      const [object] = result.file.objects;
      expect(result.file.objects.length).toBe(1);
      expect(object!.segments.length).toBe(segments.length);
      object!.segments.forEach((segment, k) => expectSameSamples(segment.samples, segments[k]!, 5e-7));
    }), { seed: 22, numRuns: 1000 });
  }, FUZZ_TIMEOUT_MS);

  it('OEM XML: the same as the KVN form (values bit for bit, epochs to the written microsecond)', () => {
    fc.assert(fc.property(track, (segments) => {
      const result = readTrajectoryFile(writeOemXml(message(segments)), 'fuzz.xml');
      if (!result.ok) throw new Error(result.error.message);
      expect(result.file.format).toBe('oem');
      const [object] = result.file.objects;
      expect(result.file.objects.length).toBe(1);
      expect(object!.segments.length).toBe(segments.length);
      object!.segments.forEach((segment, k) => expectSameSamples(segment.samples, segments[k]!, 5e-7));
    }), { seed: 505, numRuns: 500 });
  }, FUZZ_TIMEOUT_MS);

  it('CSV: same segments, values and TDB seconds bit for bit', () => {
    fc.assert(fc.property(track, (segments) => {
      const result = readTrajectoryFile(writeTrajectoryCsv(segments.map((s) => segmentOf(s)), { comments: ['fuzz'] }), 'fuzz.csv');
      if (!result.ok) throw new Error(result.error.message);
      expect(result.file.format).toBe('csv');
      const [object] = result.file.objects;
      expect(object!.segments.length).toBe(segments.length);
      object!.segments.forEach((segment, k) => expectSameSamples(segment.samples, segments[k]!, 0));
    }), { seed: 2022, numRuns: 1000 });
  }, FUZZ_TIMEOUT_MS);
});

const MGS = readFileSync(new URL('../fixtures/import/ccsds-502-mgs-example.oem', import.meta.url), 'utf8');
const MGS_XML = readFileSync(new URL('../fixtures/import/ccsds-oem-mgs-example.xml', import.meta.url), 'utf8');
const HORIZONS = readFileSync(new URL('../fixtures/import/horizons-mars-centred.txt', import.meta.url), 'utf8');
const CSV = writeTrajectoryCsv([segmentOf({ tdbSec: Float64Array.of(0, 60, 120), posKm: Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9), velKmS: Float64Array.of(1, 1, 1, 2, 2, 2, 3, 3, 3) })]);

type Mutation = (lines: string[]) => string[];
const lineIndex = fc.nat();
const junk = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('META_START', 'META_STOP', '$$SOE', '$$EOE', 'COVARIANCE_START', 'TIME_SYSTEM = UTC', 'CENTER_NAME = PLUTO', 'NaN', '1e999', ',,,', '"', 'x_km_sun_icrf',
  '<segment>', '</data>', '<X units="m">1</X>', '<covarianceMatrix/>', '&bogus;', '<![CDATA[', '<!--'));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  lineIndex.map((i) => (lines: string[]) => lines.filter((_, k) => k !== i % lines.length)),
  lineIndex.map((i) => (lines: string[]) => lines.flatMap((l, k) => (k === i % lines.length ? [l, l] : [l]))),
  fc.tuple(lineIndex, lineIndex).map(([i, j]) => (lines: string[]) => {
    const out = [...lines];
    const [a, b] = [i % out.length, j % out.length];
    [out[a], out[b]] = [out[b] as string, out[a] as string];
    return out;
  }),
  fc.tuple(lineIndex, junk).map(([i, text]) => (lines: string[]) => lines.map((l, k) => (k === i % lines.length ? text : l))),
  fc.tuple(lineIndex, fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(([i, at, text]) => (lines: string[]) =>
    lines.map((l, k) => (k === i % lines.length ? `${l.slice(0, at % (l.length + 1))}${text}${l.slice((at % (l.length + 1)) + 1)}` : l))),
  fc.nat().map((cut) => (lines: string[]) => lines.join('\n').slice(0, cut % (lines.join('\n').length + 1)).split('\n')),
);

describe('mutated files give a named error or a valid track, never a throw', () => {
  for (const [name, text] of [['mgs.oem', MGS], ['mgs.xml', MGS_XML], ['mars.txt', HORIZONS], ['track.csv', CSV]] as const) {
    it(name, () => {
      const lines = text.split('\n');
      fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const mutated = mutations.reduce((l, m) => m(l), lines).join('\n');
        const result = readTrajectoryFile(mutated, name);
        if (result.ok) {
          for (const object of result.file.objects) {
            for (const { samples } of object.segments) {
              expect(samples.tdbSec.length).toBeGreaterThan(0);
              expect(samples.posKm.length).toBe(3 * samples.tdbSec.length);
              samples.tdbSec.forEach((t, i) => { if (i > 0) expect(t).toBeGreaterThan(samples.tdbSec[i - 1] as number); });
              expect([...samples.posKm, ...samples.velKmS, ...samples.tdbSec].every(Number.isFinite)).toBe(true);
            }
          }
        } else {
          expect(result.error.message.startsWith(`${name}`)).toBe(true);
          expect(result.error.message.length).toBeLessThan(600);
          if (result.error.lineNumber !== undefined) {
            expect(result.error.message.startsWith(`${name} line ${result.error.lineNumber}`)).toBe(true);
          }
        }
      }), { seed: 502, numRuns: 2000 });
    }, FUZZ_TIMEOUT_MS);
  }
});
