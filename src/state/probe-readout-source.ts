/** The readouts' numbers, interpolated from the sampled tracks (no propagation on the main thread). */
import { bodyName } from '../core/bodies.ts';
import type { Track } from '../core/track.ts';
import { TrackCursor } from '../core/track-interpolation.ts';
import { distance, norm, type Vec3 } from '../core/vec3.ts';
import type { PropagationResult } from '../core/mission/mission-result.ts';
import { phaseAt } from './mission-span.ts';
import type { GetProbeReadout } from './probe-readout.ts';
import type { Language } from './view-store.ts';

export function probeReadoutSource(
  mission: PropagationResult, planets: readonly Track[], language: () => Language,
): GetProbeReadout {
  const cursors = new Map<string, TrackCursor>();
  for (const track of [...mission.tracks, ...planets]) cursors.set(track.id, new TrackCursor(track));
  const probePos: Vec3 = [0, 0, 0], probeVel: Vec3 = [0, 0, 0], otherPos: Vec3 = [0, 0, 0];
  return (tdbSec) => {
    const probe = cursors.get('probe');
    const phase = phaseAt(mission.phases, tdbSec);
    if (!probe || !phase || !probe.stateAt(tdbSec, probePos, probeVel)) return null;
    const earth = cursors.get('earth');
    const target = cursors.get(phase.targetId);
    if (!earth?.stateAt(tdbSec, otherPos)) return null;
    const distEarthKm = distance(probePos, otherPos);
    const distTargetKm = target?.stateAt(tdbSec, otherPos) ? distance(probePos, otherPos) : Number.NaN;
    const lang = language();
    return {
      distEarthKm,
      distSunKm: norm(probePos),
      distTargetKm,
      targetName: bodyName(phase.targetId, lang),
      speedKmS: norm(probeVel),
      phaseName: lang === 'zh' ? phase.nameZh : phase.nameEn,
    };
  };
}
