/**
 * The worker's message handler as a pure function of the request and the bundled data files, so Node tests run
 * exactly what the browser's worker runs. Tracks leave as transferred buffers, once.
 */
import { OPENING_PLANETS, PLANETS_WITH_MISSION } from '../core/mission/planet-tracks.ts';
import { missionSpanTdbSec, propagateMission, propagatePlanets } from '../core/mission/propagate-mission.ts';
import { MissionDataError } from '../core/mission-data/mission-data-error.ts';
import type { Track } from '../core/track.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

export type Post = (message: WorkerResponse, transfer: ArrayBuffer[]) => void;

export function trackBuffers(tracks: readonly Track[]): ArrayBuffer[] {
  return tracks.flatMap((track) =>
    track.segments.flatMap((segment) => [segment.tdbSec.buffer, segment.posKm.buffer, segment.velKmS.buffer] as ArrayBuffer[]),
  );
}

/**
 * A failure's message for the page. The loader's own errors name file and field already; anything else (a
 * library may throw a bare string) is prefixed with the stage it happened in, so the message says where.
 */
function failureMessage(error: unknown, stage: string | undefined): string {
  if (error instanceof MissionDataError) return error.message;
  const text = (error instanceof Error ? error.message : String(error)) || 'an error without a message';
  return stage === undefined ? text : `${stage}: ${text}`;
}

export function handleWorkerRequest(request: WorkerRequest, files: Readonly<Record<string, unknown>>, post: Post): void {
  const { requestId } = request;
  let stage: string | undefined;
  const progress = (fraction: number, name: string) => {
    stage = name;
    post({ type: 'progress', requestId, fraction, stage: name }, []);
  };
  try {
    switch (request.type) {
      case 'planets': {
        progress(0, 'computing the planets');
        const tracks = propagatePlanets(missionSpanTdbSec(), OPENING_PLANETS);
        post({ type: 'planets', requestId, tracks }, trackBuffers(tracks));
        break;
      }
      case 'mission': {
        const { result } = propagateMission(files, { planets: PLANETS_WITH_MISSION, onProgress: progress });
        post({ type: 'result', requestId, result }, trackBuffers(result.tracks));
        break;
      }
      default: throw new Error(`unknown request type "${String((request as { type: unknown }).type)}"`);
    }
  } catch (error) {
    post({ type: 'error', requestId, message: failureMessage(error, stage) }, []);
  }
}
