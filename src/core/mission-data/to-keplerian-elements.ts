import { AU_KM, DEG } from '../constants.ts';
import type { KeplerianElements } from '../elements.ts';
import { tdbSecFromJdTdb } from '../time.ts';
import type { OrbitalElementSet } from './types.ts';

/** A data-file element set in the core's units: km, rad, TDB seconds; still ecliptic J2000, heliocentric. */
export function toKeplerianElements(set: OrbitalElementSet): KeplerianElements {
  return {
    semiMajorAxisKm: set.semiMajorAxisAu * AU_KM,
    eccentricity: set.eccentricity,
    inclinationRad: set.inclinationDeg * DEG,
    raanRad: set.longitudeOfAscendingNodeDeg * DEG,
    argPeriapsisRad: set.argumentOfPerihelionDeg * DEG,
    meanAnomalyRad: set.meanAnomalyDeg * DEG,
    epochTdbSec: tdbSecFromJdTdb(set.epochJdTdb),
  };
}
