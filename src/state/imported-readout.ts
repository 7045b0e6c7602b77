/**
 * The readouts' lines for an imported track: its distance now from the probe, the Earth and the Sun (the bodies the
 * probe's own readouts measure from). One definition for the readouts panel and the list of imported files.
 */
import { bodiesOfKind, type BodyId } from '../core/bodies.ts';
import type { Ephemeris } from '../core/ephemeris.ts';
import { isImportedBodyId, type ImportedBodyId } from '../core/imported-track.ts';

export const IMPORTED_DISTANCES_FROM: readonly BodyId[] = [...bodiesOfKind('spacecraft'), 'earth', ...bodiesOfKind('star')];

export interface ImportedReadout {
  id: ImportedBodyId;
  name: string;
  /** False outside the file's span (or in a gap between its segments): no distances then. */
  hasState: boolean;
  /** Per IMPORTED_DISTANCES_FROM: km, NaN where that body has no state now (the probe before launch). */
  km: number[];
}

export type GetImportedReadout = (tdbSec: number) => ImportedReadout | null;

/** The track's readout at `tdbSec`. */
export function importedReadout(ephemeris: Ephemeris, id: ImportedBodyId, name: string, tdbSec: number): ImportedReadout {
  const hasState = ephemeris.hasStateAt(id, tdbSec);
  return { id, name, hasState, km: IMPORTED_DISTANCES_FROM.map((from) => (hasState ? ephemeris.distanceKm(id, from, tdbSec) : NaN)) };
}

/**
 * The readout of `focusId` when it is an imported track the ephemeris holds, else always null (a new source per
 * focus, so the panel showing it renders again when the focus changes).
 */
export function focusedImportedReadout(
  ephemeris: Ephemeris, names: ReadonlyMap<ImportedBodyId, string>, focusId: string | null,
): GetImportedReadout {
  if (!isImportedBodyId(focusId) || !ephemeris.imported().includes(focusId)) return () => null;
  const name = names.get(focusId) ?? focusId;
  return (tdbSec) => importedReadout(ephemeris, focusId, name, tdbSec);
}
