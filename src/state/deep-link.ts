/** Deep links applied to, and read from, the one clock and the view store. */
import { FOCUSABLE_BODY_IDS } from '../core/bodies.ts';
import type { Clock } from './clock.ts';
import { MAX_RATE_S_PER_S, MIN_RATE_S_PER_S } from './playback-rate.ts';
import { parseLinkState, serializeLinkState, type CameraPose, type ImportedFocus, type LinkLimits, type LinkState } from './link-state.ts';
import type { ViewStore } from './view-store.ts';


export function linkLimits(clock: Clock): LinkLimits {
  return {
    startTdbSec: clock.startTdbSec, stopTdbSec: clock.stopTdbSec, focusIds: FOCUSABLE_BODY_IDS,
    minAbsMultiplier: MIN_RATE_S_PER_S, maxAbsMultiplier: MAX_RATE_S_PER_S,
  };
}

/** How the page was opened: embedded, as a kiosk, or into the tour (at a 1-based chapter). */
export interface LinkModes {
  embed: boolean;
  kiosk: boolean;
  tourChapter: number | null;
}

/**
 * Applies a link to the clock and the view. A focus on an imported track is returned, not applied: the imported
 * files are read after the link (from IndexedDB), and only then can the app tell whether this browser has it.
 */
export function applyLink(search: string, clock: Clock, viewStore: ViewStore): LinkModes & { camera?: CameraPose; importedFocus?: ImportedFocus; problems: string[] } {
  const { state, problems } = parseLinkState(search, linkLimits(clock));
  if (state.tdbSec !== undefined) clock.seek(state.tdbSec);
  if (state.multiplier !== undefined) clock.setMultiplier(state.multiplier);
  if (state.playing === true) clock.play();
  if (state.playing === false) clock.pause();
  const view = viewStore.getState();
  if (state.frame !== undefined) view.setFrame(state.frame);
  if (state.focusId === 'probe') view.setFollowProbe(true);
  else if (state.focusId !== undefined) view.focus(state.focusId);
  if (state.labelsVisible !== undefined && state.labelsVisible !== view.labelsVisible) view.toggleLabels();
  if (state.bodiesExaggerated !== undefined && state.bodiesExaggerated !== view.bodiesExaggerated) view.toggleBodiesExaggerated();
  if (state.language !== undefined) view.setLanguage(state.language);
  const tourChapter = state.tour === true || state.chapter !== undefined ? (state.chapter ?? 1) : null;
  return { ...(state.camera ? { camera: state.camera } : {}), ...(state.importedFocus ? { importedFocus: state.importedFocus } : {}), embed: state.embed === true, kiosk: state.kiosk === true, tourChapter, problems };
}

/** An imported track's name and file, for a link focused on it (undefined for an id no import holds). */
export type ImportedFocusOf = (id: string) => ImportedFocus | undefined;

/** The current view as a query string; an imported track in focus is written by name, with its file's name. */
export function currentLink(
  clock: Clock, viewStore: ViewStore, camera?: CameraPose, modes: { embed?: boolean; kiosk?: boolean } = {}, importedFocusOf?: ImportedFocusOf,
): string {
  const view = viewStore.getState();
  const importedFocus = view.focusId ? importedFocusOf?.(view.focusId) : undefined;
  const state: LinkState = {
    ...(importedFocus ? { importedFocus } : {}),
    tdbSec: clock.currentTdbSec,
    multiplier: clock.multiplier,
    playing: clock.playing,
    frame: view.frame,
    ...(view.focusId ? { focusId: view.focusId } : {}),
    ...(camera ? { camera } : {}),
    labelsVisible: view.labelsVisible,
    bodiesExaggerated: view.bodiesExaggerated,
    language: view.language,
    embed: modes.embed === true,
    kiosk: modes.kiosk === true,
  };
  return serializeLinkState(state, linkLimits(clock));
}
