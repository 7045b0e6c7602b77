/**
 * The import worker's handler, run in Node exactly as the worker runs it: progress through a large file, tracks
 * with their buffers listed for transfer, and a bad file refused with one message.
 */
import { describe, expect, it } from 'vitest';
import { writeOem } from '../../src/core/formats/oem-writer.ts';
import { handleImport } from '../../src/worker/handle-import.ts';
import type { ImportResponse } from '../../src/worker/import-protocol.ts';

function run(text: string, fileName = 'big.oem'): Array<{ message: ImportResponse; transfer: ArrayBuffer[] }> {
  const posts: Array<{ message: ImportResponse; transfer: ArrayBuffer[] }> = [];
  handleImport({ type: 'import', requestId: 7, fileName, takenIds: [], colorOffset: 0 }, text, (message, transfer) => posts.push({ message, transfer }));
  return posts;
}

describe('the import worker handler', () => {
  // An illustrative Mars-centred arc of 60 001 samples (about 6 MB of text): large enough for several progress steps.
  const n = 60_001;
  const tdbSec = Float64Array.from({ length: n }, (_, i) => 8.5e8 + 60 * i);
  const posKm = Float64Array.from({ length: 3 * n }, (_, k) => (k % 3 === 0 ? 4000 : k % 3 === 1 ? (k / 3) * 0.01 : 0));
  const velKmS = Float64Array.from({ length: 3 * n }, (_, k) => (k % 3 === 1 ? 3.3 : 0));
  const text = writeOem({
    header: { originator: 'TEST', creationDate: '2026-12-07T00:00:00Z', comments: [] },
    segments: [{ objectName: 'ORBITER', objectId: 'X', centerName: 'MARS', refFrame: 'ICRF', timeSystem: 'TDB', comments: [], samples: { tdbSec, posKm, velKmS } }],
  });

  it('reports rising progress, then the tracks with every buffer listed for transfer', () => {
    const posts = run(text);
    const progress = posts.filter((p) => p.message.type === 'progress').map((p) => (p.message as { fraction: number }).fraction);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    progress.forEach((f, i) => { if (i > 0) expect(f).toBeGreaterThanOrEqual(progress[i - 1] as number); });
    const last = posts[posts.length - 1]!;
    expect(last.message.type).toBe('imported');
    if (last.message.type !== 'imported') return;
    expect(last.message.tracks.map((t) => [t.id, t.track.segments[0]!.tdbSec.length])).toEqual([['import:orbiter', n]]);
    const segment = last.message.tracks[0]!.track.segments[0]!;
    expect(last.transfer).toEqual(expect.arrayContaining([segment.tdbSec.buffer, segment.posKm.buffer, segment.velKmS.buffer]));
  });

  it('refuses a bad file with one message naming it and the line', () => {
    const posts = run(text.replace('CENTER_NAME = MARS', 'CENTER_NAME = DEIMOS'), 'bad.oem');
    const last = posts[posts.length - 1]!.message;
    expect(last).toEqual({ type: 'refused', requestId: 7, message: expect.stringMatching(/^bad\.oem line \d+ \(CENTER_NAME\): unknown centre "DEIMOS"/) });
  });
});
