/**
 * Deep links by name: a link can focus an imported track (focus=<its name>&file=<its file>); the reader focuses it
 * when that file is imported in its browser and otherwise says the file is not in the link, naming it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ImportedBodyId, ImportedTrack } from '../../src/core/imported-track.ts';
import { importedFocusOf, resolveImportedFocus } from '../../src/state/imported-link-focus.ts';
import { parseLinkState, serializeLinkState, type LinkLimits } from '../../src/state/link-state.ts';

const LIMITS: LinkLimits = {
  startTdbSec: 0, stopTdbSec: 1e9, focusIds: ['sun', 'earth', 'mars', 'probe'], minAbsMultiplier: 1, maxAbsMultiplier: 1e7,
};

function track(id: ImportedBodyId, name: string, sourceName: string): ImportedTrack {
  const segment = { tdbSec: Float64Array.of(0, 1), posKm: new Float64Array(6), velKmS: new Float64Array(6) };
  return { id, name, sourceName, color: '#fff', track: { id, segments: [segment] }, startTdbSec: 0, endTdbSec: 1 };
}

describe('a link focused on an imported track', () => {
  it('is written by name with its file, and read back as the same name and file, without a notice', () => {
    const query = serializeLinkState({ importedFocus: { name: 'ILLUSTRATIVE MARS ORBITER', fileName: 'mars-orbiter.oem' } }, LIMITS);
    expect(query).toBe('focus=ILLUSTRATIVE+MARS+ORBITER&file=mars-orbiter.oem');
    expect(parseLinkState(query, LIMITS)).toEqual({ state: { importedFocus: { name: 'ILLUSTRATIVE MARS ORBITER', fileName: 'mars-orbiter.oem' } }, problems: [] });
    // Either order.
    expect(parseLinkState('file=a.oem&focus=X', LIMITS).state.importedFocus).toEqual({ name: 'X', fileName: 'a.oem' });
  });

  it('round-trips any printable name and file name', () => {
    const text = (max: number) => fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' })
      .filter((v) => v.trim() !== '' && !/[\u0000-\u001f\u007f]/u.test(v) && !LIMITS.focusIds.includes(v));
    fc.assert(fc.property(text(80), text(120), (name, fileName) => {
      const { state, problems } = parseLinkState(serializeLinkState({ importedFocus: { name, fileName } }, LIMITS), LIMITS);
      expect(problems).toEqual([]);
      expect(state.importedFocus).toEqual({ name, fileName });
    }), { numRuns: 300 });
  });

  it('keeps an unknown focus without a file a refused body id, and refuses a file without an imported focus', () => {
    expect(parseLinkState('focus=pluto', LIMITS).problems).toEqual(['focus="pluto" ignored: expected one of sun, earth, mars, probe']);
    expect(parseLinkState('file=a.oem', LIMITS).problems).toEqual(['file="a.oem" ignored: expected only with focus=<an imported track\'s name>']);
    expect(parseLinkState('focus=mars&file=a.oem', LIMITS)).toEqual({
      state: { focusId: 'mars' }, problems: ['file="a.oem" ignored: expected only with focus=<an imported track\'s name>'],
    });
    const long = 'x'.repeat(81);
    expect(parseLinkState(`focus=${long}&file=a.oem`, LIMITS).problems[0]).toMatch(/^focus=".*" ignored: expected an imported track's name, up to 80 characters$/);
    expect(parseLinkState('focus=a%0Ab&file=a.oem', LIMITS).state.importedFocus).toBeUndefined();
    // Never written as something the reader refuses.
    expect(serializeLinkState({ importedFocus: { name: long, fileName: 'a.oem' } }, LIMITS)).toBe('');
  });
});

describe('resolving a link\'s imported focus', () => {
  const tracks = [
    track('import:orbiter', 'Illustrative Mars Orbiter', 'old.oem'),
    track('import:orbiter-2', 'ILLUSTRATIVE MARS ORBITER', 'mars-orbiter.oem'),
  ];

  it('focuses the track of that name, case aside, preferring the file the link names', () => {
    expect(resolveImportedFocus({ name: 'illustrative mars orbiter', fileName: 'mars-orbiter.oem' }, tracks)).toEqual({ id: 'import:orbiter-2' });
    expect(resolveImportedFocus({ name: 'ILLUSTRATIVE MARS ORBITER', fileName: 'other.oem' }, tracks)).toEqual({ id: 'import:orbiter' });
  });

  it('names the file that is not in the link when this browser has no such track', () => {
    const resolution = resolveImportedFocus({ name: 'MRO', fileName: 'mro.oem' }, tracks);
    expect(resolution).toEqual({
      problem: 'focus="MRO" is a track from the file "mro.oem", which is not imported in this browser: the file itself is not in the link. '
        + 'Import it under "Your trajectories" to see the track',
    });
  });

  it('writes a focused track\'s name and file, and nothing for an id it does not hold', () => {
    expect(importedFocusOf(tracks, 'import:orbiter-2')).toEqual({ name: 'ILLUSTRATIVE MARS ORBITER', fileName: 'mars-orbiter.oem' });
    expect(importedFocusOf(tracks, 'import:gone')).toBeUndefined();
    expect(importedFocusOf(tracks, 'mars')).toBeUndefined();
  });
});
