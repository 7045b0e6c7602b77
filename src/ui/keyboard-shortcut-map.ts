/**
 * The keyboard shortcuts as data: which key does what, and when a key belongs to the focused element instead
 * (typing in a field, pressing Space on a button, arrows on a slider). Pure, so it is tested in Node and the
 * help overlay lists exactly what the handler does.
 */
import type { TextId } from './i18n.ts';

export type ShortcutAction =
  | 'togglePlay' | 'previousEvent' | 'nextEvent' | 'slower' | 'faster' | 'start' | 'end' | 'reverse'
  | 'toggleFollow' | 'toggleLabels' | 'toggleTrueScale' | 'toggleFrame' | 'togglePanels' | 'toggleHelp' | 'saveImage' | 'videoClip'
  | 'probeEyeEarth' | 'probeEyeTarget' | 'orbitCamera' | 'escape';

export interface Shortcut {
  action: ShortcutAction;
  /** KeyboardEvent.key values (letters in lower case; Shift is allowed, so 'R' matches too). */
  keys: readonly string[];
  /** What the help overlay shows as the key; a TextId when the key has a name to translate. */
  keyLabel: string | { textId: TextId };
  description: TextId;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'togglePlay', keys: [' '], keyLabel: { textId: 'keySpace' }, description: 'keyPlayPause' },
  { action: 'previousEvent', keys: ['ArrowLeft'], keyLabel: '←', description: 'keyEvents' },
  { action: 'nextEvent', keys: ['ArrowRight'], keyLabel: '→', description: 'keyEvents' },
  { action: 'slower', keys: ['['], keyLabel: '[', description: 'keyRate' },
  { action: 'faster', keys: [']'], keyLabel: ']', description: 'keyRate' },
  { action: 'start', keys: ['Home'], keyLabel: 'Home', description: 'keyHomeEnd' },
  { action: 'end', keys: ['End'], keyLabel: 'End', description: 'keyHomeEnd' },
  { action: 'reverse', keys: ['r'], keyLabel: 'R', description: 'keyReverse' },
  { action: 'toggleFollow', keys: ['f'], keyLabel: 'F', description: 'keyFollow' },
  { action: 'toggleLabels', keys: ['l'], keyLabel: 'L', description: 'keyLabels' },
  { action: 'toggleTrueScale', keys: ['t'], keyLabel: 'T', description: 'keyTrueScale' },
  { action: 'toggleFrame', keys: ['e'], keyLabel: 'E', description: 'keyFrame' },
  { action: 'togglePanels', keys: ['c'], keyLabel: 'C', description: 'keyCleanView' },
  { action: 'saveImage', keys: ['p'], keyLabel: 'P', description: 'keySaveImage' },
  { action: 'videoClip', keys: ['v'], keyLabel: 'V', description: 'keyVideoClip' },
  { action: 'probeEyeEarth', keys: ['b'], keyLabel: 'B', description: 'keyProbeEyeEarth' },
  { action: 'probeEyeTarget', keys: ['g'], keyLabel: 'G', description: 'keyProbeEyeTarget' },
  { action: 'orbitCamera', keys: ['o'], keyLabel: 'O', description: 'keyOrbitCamera' },
  { action: 'toggleHelp', keys: ['?'], keyLabel: '?', description: 'keyHelp' },
  { action: 'escape', keys: ['Escape'], keyLabel: 'Esc', description: 'keyEscape' },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function actionForKey(press: KeyPress): ShortcutAction | null {
  // Ctrl/Cmd/Alt combinations belong to the browser and the OS (Ctrl+R reloads, Cmd+[ goes back).
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return SHORTCUTS.find((shortcut) => shortcut.keys.includes(key))?.action ?? null;
}

/** What the handler needs to know about the focused element. */
export interface KeyTarget {
  tagName: string;
  /** The `type` of an <input>. */
  inputType?: string;
  isContentEditable: boolean;
  role?: string | null;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'color', 'file', 'image']);
const ACTIVATION_KEYS = new Set([' ', 'Enter']);
const ADJUSTING_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** True when the key does something to the focused element, so the global shortcut must stay out of the way. */
export function keyBelongsToTarget(target: KeyTarget | null, key: string): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target.inputType ?? 'text').toLowerCase();
    if (!NON_TEXT_INPUTS.has(type)) return true;
    if (type === 'range') return ADJUSTING_KEYS.has(key);
    return ACTIVATION_KEYS.has(key);
  }
  if (target.role === 'slider') return ADJUSTING_KEYS.has(key);
  if (tag === 'BUTTON' || tag === 'A' || target.role === 'button' || target.role === 'menuitem') {
    return ACTIVATION_KEYS.has(key);
  }
  return false;
}
