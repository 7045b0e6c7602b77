import { useStore } from 'zustand';
import { FOCUSABLE_IDS } from '../state/deep-link.ts';
import type { ViewStore } from '../state/view-store.ts';
import { FocusIcon } from './icons.tsx';

const NAMES: Record<(typeof FOCUSABLE_IDS)[number], { en: string; zh: string }> = {
  sun: { en: 'Sun', zh: '太阳' },
  mercury: { en: 'Mercury', zh: '水星' },
  venus: { en: 'Venus', zh: '金星' },
  earth: { en: 'Earth', zh: '地球' },
  moon: { en: 'Moon', zh: '月球' },
  mars: { en: 'Mars', zh: '火星' },
  jupiter: { en: 'Jupiter', zh: '木星' },
  kamooalewa: { en: 'Kamoʻoalewa', zh: '小行星2016HO3' },
  '311p': { en: '311P/PANSTARRS', zh: '主带彗星311P' },
  probe: { en: 'Tianwen-2 (follow)', zh: '天问二号（跟随）' },
  capsule: { en: 'Return capsule', zh: '返回舱' },
};
const OVERVIEW = { en: 'Overview', zh: '总览' };
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
        {FOCUSABLE_IDS.map((id) => <option key={id} value={id}>{NAMES[id][language]}</option>)}
      </select>
    </span>
  );
}
