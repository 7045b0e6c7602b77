import { describe, expect, it } from 'vitest';
import { exportDialogs } from '../../src/export/export-dialogs.ts';
import { createClock } from '../../src/state/clock.ts';
import { createViewStore } from '../../src/state/view-store.ts';
import { TEXT_IDS, text } from '../../src/ui/i18n.ts';
import { actionForKey, keyBelongsToTarget, SHORTCUTS, type KeyPress } from '../../src/ui/keyboard-shortcut-map.ts';
import { runShortcut } from '../../src/ui/use-keyboard-shortcuts.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('shortcut keys', () => {
  it('maps the keys the issue asks for: space, ←/→, [ ], Home/End, ?, Escape', () => {
    expect(actionForKey(press(' '))).toBe('togglePlay');
    expect(actionForKey(press('ArrowLeft'))).toBe('previousEvent');
    expect(actionForKey(press('ArrowRight'))).toBe('nextEvent');
    expect(actionForKey(press('['))).toBe('slower');
    expect(actionForKey(press(']'))).toBe('faster');
    expect(actionForKey(press('Home'))).toBe('start');
    expect(actionForKey(press('End'))).toBe('end');
    expect(actionForKey(press('?'))).toBe('toggleHelp');
    expect(actionForKey(press('Escape'))).toBe('escape');
    expect(actionForKey(press('R'))).toBe('reverse');
  });

  it('leaves Ctrl/Cmd/Alt combinations and unknown keys to the browser', () => {
    expect(actionForKey(press('r', { ctrlKey: true }))).toBeNull();
    expect(actionForKey(press('[', { metaKey: true }))).toBeNull();
    expect(actionForKey(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(actionForKey(press('q'))).toBeNull();
  });

  it('no key is bound twice', () => {
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('ignores keys typed into fields and keys the focused control uses itself', () => {
    const input = (inputType: string) => ({ tagName: 'INPUT', inputType, isContentEditable: false });
    expect(keyBelongsToTarget(input('text'), ' ')).toBe(true);
    expect(keyBelongsToTarget(input('search'), '[')).toBe(true);
    expect(keyBelongsToTarget({ tagName: 'TEXTAREA', isContentEditable: false }, 'ArrowLeft')).toBe(true);
    expect(keyBelongsToTarget({ tagName: 'DIV', isContentEditable: true }, 'r')).toBe(true);
    expect(keyBelongsToTarget(input('range'), 'ArrowRight')).toBe(true);
    expect(keyBelongsToTarget(input('range'), ' ')).toBe(false);
    expect(keyBelongsToTarget({ tagName: 'DIV', isContentEditable: false, role: 'slider' }, 'Home')).toBe(true);
    expect(keyBelongsToTarget({ tagName: 'BUTTON', isContentEditable: false }, ' ')).toBe(true);
    expect(keyBelongsToTarget({ tagName: 'BUTTON', isContentEditable: false }, ']')).toBe(false);
    expect(keyBelongsToTarget({ tagName: 'BODY', isContentEditable: false }, ' ')).toBe(false);
    expect(keyBelongsToTarget(null, ' ')).toBe(false);
  });
});

describe('running shortcuts', () => {
  const events = [1000, 2000, 3000];
  const setup = () => {
    const clock = createClock({ startTdbSec: 0, stopTdbSec: 10_000, currentTdbSec: 1500, multiplier: 86_400 });
    const viewStore = createViewStore();
    return { clock, viewStore, context: { clock, eventTimesTdbSec: events, viewStore } };
  };

  it('drives the clock', () => {
    const { clock, context } = setup();
    runShortcut('togglePlay', context);
    expect(clock.playing).toBe(true);
    runShortcut('nextEvent', context);
    expect(clock.currentTdbSec).toBe(2000);
    runShortcut('faster', context);
    expect(clock.multiplier).toBe(7 * 86_400);
    runShortcut('reverse', context);
    runShortcut('slower', context);
    expect(clock.multiplier).toBe(-86_400);
    runShortcut('end', context);
    expect(clock.currentTdbSec).toBe(10_000);
    runShortcut('start', context);
    expect(clock.currentTdbSec).toBe(0);
    expect(runShortcut('previousEvent', context)).toBe(false);
  });

  it('drives the view settings, and Escape reports whether it closed anything', () => {
    const { viewStore, context } = setup();
    runShortcut('toggleFrame', context);
    runShortcut('toggleTrueScale', context);
    runShortcut('toggleFollow', context);
    runShortcut('toggleHelp', context);
    expect(viewStore.getState()).toMatchObject({ frame: 'sun-earth-rotating', bodiesExaggerated: false, followProbe: true, helpOpen: true });
    expect(runShortcut('escape', context)).toBe(true);
    expect(viewStore.getState().helpOpen).toBe(false);
    expect(runShortcut('escape', context)).toBe(false);
  });

  it('P and V open the export dialogs, except in the museum kiosk', () => {
    const { context } = setup();
    exportDialogs.setState({ open: null });
    expect(runShortcut('saveImage', { ...context, kiosk: true })).toBe(false);
    expect(runShortcut('videoClip', { ...context, kiosk: true })).toBe(false);
    expect(exportDialogs.getState().open).toBeNull();
    expect(runShortcut('videoClip', context)).toBe(true);
    expect(exportDialogs.getState().open).toBe('video');
    exportDialogs.setState({ open: null });
  });
});

describe('texts', () => {
  it('every text has an English and a Chinese version, and the Chinese one is not a copy (except units/names)', () => {
    const sameOnPurpose = new Set(['utc']);
    for (const id of TEXT_IDS) {
      expect(text(id, 'en').length, id).toBeGreaterThan(0);
      expect(text(id, 'zh').length, id).toBeGreaterThan(0);
      if (!sameOnPurpose.has(id)) expect(text(id, 'zh'), id).not.toBe(text(id, 'en'));
    }
  });
});
