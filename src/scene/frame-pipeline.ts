/**
 * The named phases of a frame, in one place. The render port runs them in order for every frame it draws; the
 * scene's components join a phase with `useFramePhase` and do their per-frame work there, reading the frame's
 * context (never a clock, a store or the live camera): bodies first (each placed and sized), then everything that
 * reads where the bodies were drawn (lines, trails, glows, the globe, the probe's parts).
 */
import { createContext, useContext, useLayoutEffect, useRef } from 'react';
import type { FrameContext } from './frame-context.ts';

export const OBJECT_PHASES = ['bodies', 'objects'] as const;
export type ObjectPhase = (typeof OBJECT_PHASES)[number];

type PhaseWork = (frame: FrameContext) => void;

export class FramePipeline {
  private readonly work: Record<ObjectPhase, Set<{ current: PhaseWork }>> = { bodies: new Set(), objects: new Set() };

  join(phase: ObjectPhase, work: { current: PhaseWork }): () => void {
    this.work[phase].add(work);
    return () => {
      this.work[phase].delete(work);
    };
  }

  run(phase: ObjectPhase, frame: FrameContext): void {
    for (const work of this.work[phase]) work.current(frame);
  }
}

export const FramePipelineContext = createContext<FramePipeline | null>(null);

/** Does `work` in `phase` of every frame drawn (on screen and in exports). */
export function useFramePhase(phase: ObjectPhase, work: PhaseWork): void {
  const pipeline = useContext(FramePipelineContext);
  if (!pipeline) throw new Error('useFramePhase: outside the scene');
  const ref = useRef(work);
  useLayoutEffect(() => {
    ref.current = work;
  });
  useLayoutEffect(() => pipeline.join(phase, ref), [pipeline, phase]);
}
