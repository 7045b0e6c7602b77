/** The readouts' numbers, interpolated from the sampled tracks (no propagation on the main thread). */
import { bodyShortName } from '../core/bodies.ts';
import type { Ephemeris } from '../core/ephemeris.ts';
import { norm, type Vec3 } from '../core/vec3.ts';
import type { PropagationResult } from '../core/mission/mission-result.ts';
import { phaseAt } from './mission-span.ts';
import type { GetProbeReadout } from './probe-readout.ts';
import type { Language } from './view-store.ts';

export function probeReadoutSource(
  mission: Pick<PropagationResult, 'phases'>, ephemeris: Ephemeris, language: () => Language,
): GetProbeReadout {
  const probePos: Vec3 = [0, 0, 0], probeVel: Vec3 = [0, 0, 0];
  return (tdbSec) => {
    const phase = phaseAt(mission.phases, tdbSec);
    if (!phase || !ephemeris.stateAt('probe', tdbSec, 'icrf', probePos, probeVel)) return null;
    const distEarthKm = ephemeris.distanceKm('probe', 'earth', tdbSec);
    if (!Number.isFinite(distEarthKm)) return null;
    const distTargetKm = ephemeris.distanceKm('probe', phase.targetId, tdbSec);
    const lang = language();
    return {
      distEarthKm,
      distSunKm: norm(probePos),
      distTargetKm,
      targetName: bodyShortName(phase.targetId, lang),
      speedKmS: norm(probeVel),
      phaseName: lang === 'zh' ? phase.nameZh : phase.nameEn,
    };
  };
}
