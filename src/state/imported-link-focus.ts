/**
 * A link's focus on an imported track, by name: found among the tracks this browser has imported (its name, case
 * aside, preferring one from the file the link names), or a notice naming the file, which the link does not carry.
 */
import type { ImportedBodyId, ImportedTrack } from '../core/imported-track.ts';
import type { ImportedFocus } from './link-state.ts';

export type ImportedFocusResolution = { id: ImportedBodyId } | { problem: string };

export function resolveImportedFocus(focus: ImportedFocus, tracks: readonly ImportedTrack[]): ImportedFocusResolution {
  const wanted = focus.name.trim().toLowerCase();
  const named = tracks.filter((track) => track.name.trim().toLowerCase() === wanted);
  const track = named.find((t) => t.sourceName === focus.fileName) ?? named[0];
  if (track) return { id: track.id };
  return {
    problem: `focus=${JSON.stringify(focus.name)} is a track from the file ${JSON.stringify(focus.fileName)}, which is not imported in this `
      + 'browser: the file itself is not in the link. Import it under "Your trajectories" to see the track',
  };
}

/** The name and file a link writes for an imported track in focus; undefined for an id none of `tracks` has. */
export function importedFocusOf(tracks: readonly ImportedTrack[], id: string): ImportedFocus | undefined {
  const track = tracks.find((t) => t.id === id);
  return track ? { name: track.name, fileName: track.sourceName } : undefined;
}
