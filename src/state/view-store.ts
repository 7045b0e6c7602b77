/**
 * View settings: what is selected and followed, which frame, what is drawn, which panels are open.
 * A vanilla zustand store, so the scene can read it with getState() inside useFrame and React reads it with hooks.
 * Per-frame values never live here: the clock is the per-frame truth.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Language } from '../core/language.ts';
import type { CameraMode } from '../core/camera-mode.ts';
import type { FrameId } from '../core/view-frame.ts';

export type { FrameId, Language };

export type { CameraMode };

export interface ViewSettings {
  /** Body, probe or event whose card is shown. */
  selectedId: string | null;
  /** Track id the camera centres on (null: overview of the ecliptic). */
  focusId: string | null;
  frame: FrameId;
  followProbe: boolean;
  bodiesExaggerated: boolean;
  labelsVisible: boolean;
  language: Language;
  /** False is the clean view: only the scene, for screenshots. */
  panelsVisible: boolean;
  helpOpen: boolean;
  eventListOpen: boolean;
  cameraMode: CameraMode;
}

export interface ViewActions {
  select(id: string | null): void;
  focus(id: string | null): void;
  setFrame(frame: FrameId): void;
  setFollowProbe(follow: boolean): void;
  toggleFollowProbe(): void;
  toggleBodiesExaggerated(): void;
  toggleLabels(): void;
  setLanguage(language: Language): void;
  toggleLanguage(): void;
  togglePanels(): void;
  setHelpOpen(open: boolean): void;
  toggleHelp(): void;
  setEventListOpen(open: boolean): void;
  toggleEventList(): void;
  setCameraMode(mode: CameraMode): void;
  /** Escape: closes the topmost open overlay, then brings back hidden panels, then leaves the probe's-eye view; false when nothing was left to do. */
  closeTopOverlay(): boolean;
}

export type ViewState = ViewSettings & ViewActions;
export type ViewStore = StoreApi<ViewState>;

export const DEFAULT_VIEW_SETTINGS: ViewSettings = {
  selectedId: null,
  focusId: null,
  frame: 'heliocentric',
  followProbe: false,
  bodiesExaggerated: true,
  labelsVisible: true,
  language: 'en',
  panelsVisible: true,
  helpOpen: false,
  eventListOpen: false,
  cameraMode: 'orbit',
};

/** 'zh' when the browser's first preferred language is Chinese, else 'en'. */
export function languageFromPreferences(preferred: readonly string[]): Language {
  return preferred[0]?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function createViewStore(initial: Partial<ViewSettings> = {}): ViewStore {
  return createStore<ViewState>()((set, get) => ({
    ...DEFAULT_VIEW_SETTINGS,
    ...initial,
    select: (id) => set({ selectedId: id }),
    // Focusing a body other than the probe ends "follow the probe": the camera cannot centre on both.
    focus: (id) => set({ focusId: id, followProbe: id === 'probe' ? get().followProbe : false }),
    setFrame: (frame) => set({ frame }),
    setFollowProbe: (follow) => set(follow ? { followProbe: true, focusId: 'probe' } : { followProbe: false }),
    toggleFollowProbe: () => get().setFollowProbe(!get().followProbe),
    toggleBodiesExaggerated: () => set({ bodiesExaggerated: !get().bodiesExaggerated }),
    toggleLabels: () => set({ labelsVisible: !get().labelsVisible }),
    setLanguage: (language) => set({ language }),
    toggleLanguage: () => set({ language: get().language === 'en' ? 'zh' : 'en' }),
    togglePanels: () => set({ panelsVisible: !get().panelsVisible }),
    setHelpOpen: (open) => set({ helpOpen: open }),
    toggleHelp: () => set({ helpOpen: !get().helpOpen }),
    setEventListOpen: (open) => set({ eventListOpen: open }),
    toggleEventList: () => set({ eventListOpen: !get().eventListOpen }),
    setCameraMode: (mode) => set({ cameraMode: mode }),
    closeTopOverlay: () => {
      const state = get();
      if (state.helpOpen) set({ helpOpen: false });
      else if (state.eventListOpen) set({ eventListOpen: false });
      else if (state.selectedId !== null) set({ selectedId: null });
      else if (!state.panelsVisible) set({ panelsVisible: true });
      else if (state.cameraMode !== 'orbit') set({ cameraMode: 'orbit' });
      else return false;
      return true;
    },
  }));
}

/** The app's one view store. */
export const viewStore: ViewStore = createViewStore();
