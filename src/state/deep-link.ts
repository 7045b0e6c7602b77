/** Deep links applied to, and read from, the one clock and the view store. */
import { FOCUSABLE_BODY_IDS } from '../core/bodies.ts';
import type { Clock } from './clock.ts';
import { MAX_RATE_S_PER_S, MIN_RATE_S_PER_S } from './playback-rate.ts';
import { parseLinkState, serializeLinkState, type CameraPose, type LinkLimits, type LinkState } from './link-state.ts';
import type { ViewStore } from './view-store.ts';


export function linkLimits(clock: Clock): LinkLimits {
  return {
    startTdbSec: clock.startTdbSec, stopTdbSec: clock.stopTdbSec, focusIds: FOCUSABLE_BODY_IDS,
    minAbsMultiplier: MIN_RATE_S_PER_S, maxAbsMultiplier: MAX_RATE_S_PER_S,
  };
}

/** Applies a link to the clock and the view; returns the camera pose to restore (the scene owns the camera) and the problems. */
/** How the page was opened: embedded, as a kiosk, or into the tour (at a 1-based chapter). */
export interface LinkModes {
  embed: boolean;
  kiosk: boolean;
  tourChapter: number | null;
}

export function applyLink(search: string, clock: Clock, viewStore: ViewStore): LinkModes & { camera?: CameraPose; problems: string[] } {
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
  return { ...(state.camera ? { camera: state.camera } : {}), embed: state.embed === true, kiosk: state.kiosk === true, tourChapter, problems };
}

/** The current view as a query string. */
export function currentLink(clock: Clock, viewStore: ViewStore, camera?: CameraPose, modes: { embed?: boolean; kiosk?: boolean } = {}): string {
  const view = viewStore.getState();
  const state: LinkState = {
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
