/** The story as bundled with the app, validated; a broken file leaves the app without shots and says why. */
import storyJson from '../../ephemeris/story.json';
import { MissionDataError } from '../core/mission-data/index.ts';
import { loadStory } from '../core/story/read-story.ts';
import type { Story } from '../core/story/story-types.ts';

export function bundledStory(): { story: Story; problem: string | null } {
  try {
    return { story: loadStory(storyJson), problem: null };
  } catch (error) {
    const problem = error instanceof MissionDataError ? error.message : `ephemeris/story.json could not be read: ${String(error)}`;
    return { story: { shots: [], tour: [] }, problem };
  }
}
