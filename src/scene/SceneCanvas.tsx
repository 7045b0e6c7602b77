/** Placeholder until the scene lands: the lead mounts this in App; the scene helper replaces it. */
import type { Clock } from '../state/clock.ts';
import type { ViewStore } from '../state/view-store.ts';
import type { Track } from '../core/track.ts';
import type { PropagationResult } from '../worker/protocol.ts';

export interface SceneCanvasProps {
  clock: Clock;
  viewStore: ViewStore;
  /** Mercury, Venus, Earth, Moon, Mars, Jupiter: arrive first. */
  planets: readonly Track[] | null;
  /** Probe, capsule, Kamoʻoalewa, 311P tracks with events, phases and burns: arrive when propagation is done. */
  mission: PropagationResult | null;
}

export function SceneCanvas(_props: SceneCanvasProps) {
  return <div className="scene-placeholder" />;
}
