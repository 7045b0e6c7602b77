/**
 * Global keyboard shortcuts (the table is in keyboard-shortcut-map.ts). Keys typed into fields, and keys the
 * focused control uses itself (Space on a button, arrows on a slider), are left alone.
 */
import { useEffect, useRef } from 'react';
import type { Clock } from '../state/clock.ts';
import { stepToEvent, type ArriveAt } from '../state/event-stepping.ts';
import { fasterPreset, slowerPreset } from '../state/playback-rate.ts';
import { openExportDialog } from '../export/export-dialogs.ts';
import { viewStore as defaultViewStore, type ViewStore } from '../state/view-store.ts';
import { useArriveAt } from './story-context.ts';
import { actionForKey, keyBelongsToTarget, type KeyTarget, type ShortcutAction } from './keyboard-shortcut-map.ts';

export interface ShortcutContext {
  clock: Clock;
  /** Sorted ascending. */
  eventTimesTdbSec: readonly number[];
  viewStore: ViewStore;
  /** How an event is arrived at (its staged shot); a plain seek by default. */
  arrive?: ArriveAt;
  /** The museum kiosk: no exports (a visitor leaves nothing open, downloads nothing). */
  kiosk?: boolean;
}

/** Performs one shortcut; returns false when it did nothing (so the browser may handle the key). */
export function runShortcut(action: ShortcutAction, { clock, eventTimesTdbSec, viewStore, arrive, kiosk = false }: ShortcutContext): boolean {
  const view = viewStore.getState();
  switch (action) {
    case 'togglePlay': clock.toggle(); return true;
    case 'previousEvent': return stepToEvent(clock, eventTimesTdbSec, -1, arrive);
    case 'nextEvent': return stepToEvent(clock, eventTimesTdbSec, 1, arrive);
    case 'slower': clock.setMultiplier(slowerPreset(clock.multiplier)); return true;
    case 'faster': clock.setMultiplier(fasterPreset(clock.multiplier)); return true;
    case 'start': clock.seek(clock.startTdbSec); return true;
    case 'end': clock.seek(clock.stopTdbSec); return true;
    case 'reverse': clock.reverse(); return true;
    case 'toggleFollow': view.toggleFollowProbe(); return true;
    case 'toggleLabels': view.toggleLabels(); return true;
    case 'toggleTrueScale': view.toggleBodiesExaggerated(); return true;
    case 'toggleFrame': view.setFrame(view.frame === 'heliocentric' ? 'sun-earth-rotating' : 'heliocentric'); return true;
    case 'togglePanels': view.togglePanels(); return true;
    case 'toggleHelp': view.toggleHelp(); return true;
    case 'saveImage': if (kiosk) return false; openExportDialog('image'); return true;
    case 'videoClip': if (kiosk) return false; openExportDialog('video'); return true;
    case 'probeEyeEarth': view.setCameraMode('probe-back-to-earth'); return true;
    case 'probeEyeTarget': view.setCameraMode('probe-to-target'); return true;
    case 'orbitCamera': view.setCameraMode('orbit'); return true;
    case 'escape': return view.closeTopOverlay();
  }
}

function describeTarget(target: EventTarget | null): KeyTarget | null {
  if (!(target instanceof HTMLElement)) return null;
  return {
    tagName: target.tagName,
    inputType: target instanceof HTMLInputElement ? target.type : undefined,
    isContentEditable: target.isContentEditable,
    role: target.getAttribute('role'),
  };
}

export function useKeyboardShortcuts(
  clock: Clock,
  eventTimesTdbSec: readonly number[],
  viewStore: ViewStore = defaultViewStore,
  kiosk = false,
): void {
  const arrive = useArriveAt(clock);
  const context = useRef<ShortcutContext>({ clock, eventTimesTdbSec, viewStore, arrive, kiosk });
  context.current = { clock, eventTimesTdbSec, viewStore, arrive, kiosk };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = actionForKey(event);
      if (!action) return;
      // While the help dialog is open only Escape and `?` act, so keys do not change the view behind it.
      const helpOpen = context.current.viewStore.getState().helpOpen;
      if (helpOpen && action !== 'escape' && action !== 'toggleHelp') return;
      if (keyBelongsToTarget(describeTarget(event.target), event.key)) return;
      if (runShortcut(action, context.current)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
