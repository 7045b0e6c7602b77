/**
 * Under the title: a hint for the first minute (play, or take the tour) that goes once the user has played or
 * started the tour, and the path's colours named by phase, folded until asked for.
 */
import { useEffect, useState } from 'react';
import type { MissionPhase } from '../core/mission/mission-result.ts';
import type { Clock } from '../state/clock.ts';
import { phaseColor } from '../state/phase-colors.ts';
import type { Language } from '../state/view-store.ts';
import { text } from './i18n.ts';
import { useStory } from './story-context.ts';

export function FirstHint({ clock, language }: { clock: Clock; language: Language }) {
  const story = useStory();
  const [shown, setShown] = useState(true);
  useEffect(() => {
    if (!shown) return;
    const hide = () => {
      if (clock.playing || story?.tour.progress().status !== 'off') setShown(false);
    };
    const stopClock = clock.subscribe(hide);
    const stopTour = story?.tour.subscribe(hide);
    return () => {
      stopClock();
      stopTour?.();
    };
  }, [clock, story, shown]);
  if (!shown) return null;
  return <p className="title-card-hint" data-testid="first-hint">{text('firstHint', language)}</p>;
}

export function PhaseLegend({ phases, language }: { phases: readonly MissionPhase[]; language: Language }) {
  if (phases.length === 0) return null;
  return (
    <details className="phase-legend" data-testid="phase-legend">
      <summary>{text('pathColours', language)}</summary>
      <ul>
        {phases.map((phase, index) => (
          <li key={phase.id}>
            <span className="phase-swatch" style={{ background: phaseColor(index) }} aria-hidden="true" />
            {language === 'zh' ? phase.nameZh : phase.nameEn}
          </li>
        ))}
      </ul>
    </details>
  );
}
