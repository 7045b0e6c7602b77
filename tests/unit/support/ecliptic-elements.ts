import { AU_KM, DEG, MU_SUN_KM3_S2 } from '../../../src/core/constants.ts';
import { eclToEqj } from '../../../src/core/frames.ts';
import { elementsToState } from '../../../src/core/kepler.ts';
import type { TimedState } from '../../../src/core/state-vector.ts';
import { tdbSecFromJdTdb } from '../../../src/core/time.ts';

/** Heliocentric ecliptic J2000 elements (au, degrees) → EQJ state in km, km/s. */
export function eclipticElementsToEqj(
  jdTdb: number, aAu: number, e: number, iDeg: number, nodeDeg: number, periDeg: number, meanAnomalyDeg: number,
): TimedState {
  const tdbSec = tdbSecFromJdTdb(jdTdb);
  const ecl = elementsToState({
    semiMajorAxisKm: aAu * AU_KM, eccentricity: e, inclinationRad: iDeg * DEG, raanRad: nodeDeg * DEG,
    argPeriapsisRad: periDeg * DEG, meanAnomalyRad: meanAnomalyDeg * DEG, epochTdbSec: tdbSec,
  }, MU_SUN_KM3_S2);
  return { tdbSec, posKm: eclToEqj(ecl.posKm), velKmS: eclToEqj(ecl.velKmS) };
}
