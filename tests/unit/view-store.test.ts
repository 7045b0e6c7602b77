import { describe, expect, it } from 'vitest';
import { createViewStore, DEFAULT_VIEW_SETTINGS, languageFromPreferences } from '../../src/state/view-store.ts';

describe('view store', () => {
  it('starts from the defaults: heliocentric, enlarged bodies, labels and panels on, nothing open', () => {
    const state = createViewStore().getState();
    expect(state.frame).toBe('heliocentric');
    expect(state.bodiesExaggerated).toBe(true);
    expect(state.labelsVisible).toBe(true);
    expect(state.panelsVisible).toBe(true);
    expect(state.helpOpen).toBe(false);
    expect(state.eventListOpen).toBe(false);
    expect(createViewStore({ language: 'zh' }).getState().language).toBe('zh');
  });

  it('stores are independent', () => {
    const a = createViewStore();
    const b = createViewStore();
    a.getState().toggleLabels();
    expect(a.getState().labelsVisible).toBe(false);
    expect(b.getState().labelsVisible).toBe(true);
  });

  it('following the probe focuses it; focusing another body ends following', () => {
    const store = createViewStore();
    store.getState().toggleFollowProbe();
    expect(store.getState()).toMatchObject({ followProbe: true, focusId: 'probe' });
    store.getState().focus('kamooalewa');
    expect(store.getState()).toMatchObject({ followProbe: false, focusId: 'kamooalewa' });
    store.getState().setFollowProbe(true);
    store.getState().focus('probe');
    expect(store.getState().followProbe).toBe(true);
  });

  it('Escape closes the help first, then the event list, then the info card, then brings back hidden panels', () => {
    const store = createViewStore({ helpOpen: true, eventListOpen: true, selectedId: 'kamooalewa', panelsVisible: false });
    const closes: boolean[] = [];
    for (let i = 0; i < 5; i++) closes.push(store.getState().closeTopOverlay());
    expect(closes).toEqual([true, true, true, true, false]);
    expect(store.getState()).toMatchObject({ helpOpen: false, eventListOpen: false, selectedId: null, panelsVisible: true });
  });

  it('notifies subscribers once per change', () => {
    const store = createViewStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.getState().setFrame('sun-earth-rotating');
    store.getState().toggleLanguage();
    stop();
    store.getState().toggleLanguage();
    expect(calls).toBe(2);
    expect(store.getState()).toMatchObject({ frame: 'sun-earth-rotating', language: 'en' });
  });

  it('picks Chinese only when the first preferred language is Chinese', () => {
    expect(languageFromPreferences(['zh-CN', 'en'])).toBe('zh');
    expect(languageFromPreferences(['zh-Hant-TW'])).toBe('zh');
    expect(languageFromPreferences(['en-GB', 'zh-CN'])).toBe('en');
    expect(languageFromPreferences([])).toBe(DEFAULT_VIEW_SETTINGS.language);
  });
});

describe('view store: camera mode', () => {
  it('starts on the orbit camera and switches to either probe\'s-eye view and back', () => {
    const store = createViewStore();
    expect(store.getState().cameraMode).toBe('orbit');
    store.getState().setCameraMode('probe-back-to-earth');
    expect(store.getState().cameraMode).toBe('probe-back-to-earth');
    store.getState().setCameraMode('probe-to-target');
    expect(store.getState().cameraMode).toBe('probe-to-target');
    store.getState().setCameraMode('orbit');
    expect(store.getState().cameraMode).toBe('orbit');
  });

  it('Escape leaves the probe\'s-eye view only after the overlays and hidden panels are dealt with', () => {
    const store = createViewStore({ helpOpen: true, panelsVisible: false, cameraMode: 'probe-to-target' });
    expect(store.getState().closeTopOverlay()).toBe(true);
    expect(store.getState()).toMatchObject({ helpOpen: false, cameraMode: 'probe-to-target' });
    expect(store.getState().closeTopOverlay()).toBe(true);
    expect(store.getState()).toMatchObject({ panelsVisible: true, cameraMode: 'probe-to-target' });
    expect(store.getState().closeTopOverlay()).toBe(true);
    expect(store.getState().cameraMode).toBe('orbit');
    expect(store.getState().closeTopOverlay()).toBe(false);
  });
});
