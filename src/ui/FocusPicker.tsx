import { useStore } from 'zustand';
import { bodyName, FOCUSABLE_BODY_IDS, type BodyId } from '../core/bodies.ts';
import type { Clock } from '../state/clock.ts';
import { useClockValue } from './use-clock.ts';
import type { ViewStore } from '../state/view-store.ts';
import { FocusIcon } from './icons.tsx';

const OVERVIEW = { en: 'Overview', zh: '总览' };
/** Shown beside a body that has no state now (the probe before launch, the capsule after landing). */
const ABSENT = { en: ' (not now)', zh: '（此时不在）' };
/** Centring the view on the probe follows it. */
const FOLLOW = { en: ' (follow)', zh: '（跟随）' };
const LABEL = { en: 'Centre the view on', zh: '视图中心' };

export interface FocusPickerProps {
  viewStore: ViewStore;
  clock: Clock;
  /** Which bodies have a state at a time: those that do not are listed but cannot be chosen then. */
  hasStateAt: (id: BodyId, tdbSec: number) => boolean;
  /** The user's imported tracks, listed after the catalogue's bodies. */
  imported?: readonly { id: string; name: string }[];
}

/** Focus any body from a list (the scene also focuses a body when it is clicked). */
export function FocusPicker({ viewStore, clock, hasStateAt, imported = [] }: FocusPickerProps) {
  const language = useStore(viewStore, (s) => s.language);
  // Re-rendered only when the set of absent bodies changes, not on every tick.
  const absent = useClockValue(clock, (c) => FOCUSABLE_BODY_IDS.filter((id) => !hasStateAt(id, c.currentTdbSec)).join(' '));
  const absentIds = new Set(absent.split(' '));
  const focusId = useStore(viewStore, (s) => s.focusId);
  // On a phone the chip is a button's width: the icon shows, the select (transparent) still opens the list.
  return (
    <span className="focus-picker-chip">
      <FocusIcon />
      <select
        className="ctl-button ctl-text hud-chip focus-picker"
        aria-label={LABEL[language]}
        title={LABEL[language]}
        data-testid="focus-picker"
        value={focusId ?? ''}
        onChange={(event) => {
          const id = event.currentTarget.value;
          const view = viewStore.getState();
          if (id === 'probe') view.setFollowProbe(true);
          else view.focus(id === '' ? null : id);
          event.currentTarget.blur();
        }}
      >
        <option value="">{OVERVIEW[language]}</option>
        {FOCUSABLE_BODY_IDS.map((id) => (
          <option key={id} value={id} disabled={absentIds.has(id) && id !== focusId}>
            {bodyName(id, language)}{id === 'probe' ? FOLLOW[language] : ''}{absentIds.has(id) ? ABSENT[language] : ''}
          </option>
        ))}
        {imported.map(({ id, name }) => <option key={id} value={id}>{name}</option>)}
      </select>
    </span>
  );
}
