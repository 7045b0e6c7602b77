/**
 * The story's director and tour, handed to the panels that jump to events (keys, buttons, timeline, list, cards)
 * so that every jump arrives in the event's staged shot; without a story (a test page) they seek plainly.
 */
import { createContext, useContext, useMemo } from 'react';
import type { Clock } from '../state/clock.ts';
import type { ArriveAt } from '../state/event-stepping.ts';
import type { StoryDirector } from '../state/story/story-director.ts';
import type { TourPlayer } from '../state/story/tour-player.ts';

export interface StoryControls {
  director: StoryDirector;
  tour: TourPlayer;
}

export const StoryContext = createContext<StoryControls | null>(null);

export function useStory(): StoryControls | null {
  return useContext(StoryContext);
}

/** Arrives at an event's time in its shot when the story has one, else seeks there; a user's jump ends a tour. */
export function useArriveAt(clock: Clock): ArriveAt {
  const story = useStory();
  return useMemo(() => {
    const arrive: ArriveAt = (tdbSec: number) => {
      story?.tour.stop();
      if (!story?.director.goToEventAt(tdbSec)) clock.seek(tdbSec);
    };
    arrive.headingTdbSec = () => story?.director.headingTdbSec ?? null;
    return arrive;
  }, [story, clock]);
}
