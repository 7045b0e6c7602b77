import { useEffect, useState } from 'react';
import type { Clock } from '../state/clock.ts';
import { applyLink, currentLink, type ImportedFocusOf } from '../state/deep-link.ts';
import type { ImportedFocus } from '../state/link-state.ts';
import type { CameraPose } from '../state/camera/camera-pose.ts';
import { languageFromPreferences, type ViewStore } from '../state/view-store.ts';

const URL_UPDATE_INTERVAL_MS = 1000;

export interface DeepLink {
  problems: string[];
  /** Changes whenever a link is applied (at start, and on back/forward), so a notice can reopen. */
  appliedCount: number;
  embed: boolean;
  kiosk: boolean;
  /** The tour chapter (1-based) the link opens, or null. */
  tourChapter: number | null;
  /** Camera pose the link asked for, for the scene to restore once. */
  camera: CameraPose | undefined;
  /** An imported track the link focuses, by name: the app focuses it once the imported files are read, or says why not. */
  importedFocus: ImportedFocus | undefined;
  /** The full URL of the current view. */
  linkUrl(): string;
}

/** The camera as links see it: its pose, and word when a user's move of it has settled. */
export interface LinkCamera {
  pose(): CameraPose | undefined;
  setPose(pose: CameraPose): void;
  subscribe(listener: () => void): () => void;
}

/**
 * Reads the page's link once, before the first frame (the browser's language first, so a link's `lang` wins), then
 * keeps the address bar describing the current view (a camera-only drag included), at most once a second and not
 * while the clock plays.
 */
export function useDeepLink(clock: Clock, viewStore: ViewStore, camera: LinkCamera, importedFocusOf?: ImportedFocusOf): DeepLink {
  const cameraPose = () => camera.pose();
  const [initial] = useState(() => {
    viewStore.getState().setLanguage(languageFromPreferences(navigator.languages));
    const applied = applyLink(window.location.search, clock, viewStore);
    // A pose about an imported track means nothing until that track is found (in a browser without its file, it
    // put the camera a few Gm from the Sun, inside its glare): such a link opens on the overview, then focuses.
    if (applied.camera && !applied.importedFocus) camera.setPose(applied.camera);
    return applied;
  });
  const [applied, setApplied] = useState({ problems: initial.problems, count: 0, importedFocus: initial.importedFocus });

  // Back / forward to another view of this page: apply that link too.
  useEffect(() => {
    const onPopState = () => {
      const { problems, camera: pose, importedFocus } = applyLink(window.location.search, clock, viewStore);
      if (pose && !importedFocus) camera.setPose(pose);
      setApplied((previous) => ({ problems, count: previous.count + 1, importedFocus }));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [clock, viewStore, camera]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const schedule = () => {
      // Rewriting the address costs the main thread ~10 ms (measured while playing): while the clock runs the
      // link waits for the pause, which notifies too.
      if (timer !== null || clock.playing) return;
      timer = setTimeout(() => {
        timer = null;
        window.history.replaceState(null, '', `?${currentLink(clock, viewStore, cameraPose(), initial, importedFocusOf)}`);
      }, URL_UPDATE_INTERVAL_MS);
    };
    const stopClock = clock.subscribe(schedule);
    const stopView = viewStore.subscribe(schedule);
    const stopCamera = camera.subscribe(schedule);
    return () => {
      stopClock();
      stopView();
      stopCamera();
      if (timer !== null) clearTimeout(timer);
    };
  }, [clock, viewStore, camera, initial, importedFocusOf]);

  return {
    problems: applied.problems,
    appliedCount: applied.count,
    embed: initial.embed,
    kiosk: initial.kiosk,
    tourChapter: initial.tourChapter,
    camera: initial.camera,
    importedFocus: applied.importedFocus,
    linkUrl: () => `${window.location.origin}${window.location.pathname}?${currentLink(clock, viewStore, cameraPose(), {}, importedFocusOf)}`,
  };
}
