import { useStore } from 'zustand';
import { bodyName, FOCUSABLE_BODY_IDS } from '../core/bodies.ts';
import type { ViewStore } from '../state/view-store.ts';
import { FocusIcon } from './icons.tsx';

const OVERVIEW = { en: 'Overview', zh: '总览' };
/** Centring the view on the probe follows it. */
const FOLLOW = { en: ' (follow)', zh: '（跟随）' };
const LABEL = { en: 'Centre the view on', zh: '视图中心' };

/** Focus any body from a list (the scene also focuses a body when it is clicked). */
export function FocusPicker({ viewStore }: { viewStore: ViewStore }) {
  const language = useStore(viewStore, (s) => s.language);
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
          <option key={id} value={id}>{bodyName(id, language)}{id === 'probe' ? FOLLOW[language] : ''}</option>
        ))}
      </select>
    </span>
  );
}
