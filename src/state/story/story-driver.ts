/** What the live loop advances once per screen frame before the clock ticks: the tour's hold, then the director's glide. */
import type { StoryDirector } from './story-director.ts';
import type { TourPlayer } from './tour-player.ts';

export interface FrameDriven {
  /** One screen frame of real time; true while it needs more frames. */
  update(realDtSec: number): boolean;
  /** Called when it starts to need frames (a jump, a tour started) while the scene may be idle. */
  subscribe(listener: () => void): () => void;
}

export function storyDriver(director: StoryDirector, tour: TourPlayer): FrameDriven {
  return {
    update(realDtSec) {
      const touring = tour.update(realDtSec);
      return director.update(realDtSec) || touring;
    },
    subscribe(listener) {
      const stopDirector = director.subscribe(listener);
      const stopTour = tour.subscribe(listener);
      return () => {
        stopDirector();
        stopTour();
      };
    },
  };
}
