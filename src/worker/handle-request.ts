/**
 * The worker's message handler as a pure function of the request and the bundled data files, so Node tests run
 * exactly what the browser's worker runs. Tracks leave as transferred buffers, once.
 */
import { missionSpanTdbSec, propagateMission, propagatePlanets } from '../core/mission/propagate-mission.ts';
import type { Track } from '../core/track.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

export type Post = (message: WorkerResponse, transfer: ArrayBuffer[]) => void;

export function trackBuffers(tracks: readonly Track[]): ArrayBuffer[] {
  return tracks.flatMap((track) =>
    track.segments.flatMap((segment) => [segment.tdbSec.buffer, segment.posKm.buffer, segment.velKmS.buffer] as ArrayBuffer[]),
  );
}

export function handleWorkerRequest(request: WorkerRequest, files: Readonly<Record<string, unknown>>, post: Post): void {
  const { requestId } = request;
  try {
    if (request.type !== 'propagate') throw new Error(`unknown request type "${String((request as { type: unknown }).type)}"`);
    // Planets go first, so they can be drawn while the rest propagates.
    const planets = propagatePlanets(missionSpanTdbSec());
    const planetBuffers = trackBuffers(planets);
    post({ type: 'planets', requestId, tracks: planets }, planetBuffers);
    const { result } = propagateMission(files, {
      includePlanets: false,
      onProgress: (fraction, stage) => post({ type: 'progress', requestId, fraction, stage }, []),
    });
    const buffers = trackBuffers(result.tracks);
    const transferredBytes = [...planetBuffers, ...buffers].reduce((sum, buffer) => sum + buffer.byteLength, 0);
    post({ type: 'result', requestId, result, transferredBytes }, buffers);
  } catch (error) {
    post({ type: 'error', requestId, message: error instanceof Error ? error.message : String(error) }, []);
  }
}
