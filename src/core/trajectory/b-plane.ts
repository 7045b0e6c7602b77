/**
 * B-plane geometry of a planetary approach (Kizner; Vallado, "Fundamentals of Astrodynamics", §12.x):
 * S along the incoming asymptote, T in the ecliptic (S × ecliptic pole), R = S × T. The impact vector B points from
 * the planet to where the incoming asymptote pierces the plane normal to S; |B| and its angle fix the flyby.
 */
import { eclToEqj } from '../frames.ts';
import { excessVelocity } from '../hyperbola.ts';
import type { StateVector } from '../state-vector.ts';
import { cross, norm, normalize, type Vec3 } from '../vec3.ts';

export interface BPlaneFrame { sHat: Vec3; tHat: Vec3; rHat: Vec3 }

const ECLIPTIC_POLE_EQJ = eclToEqj([0, 0, 1]);

export function bPlaneFrame(vInfInKmS: Vec3): BPlaneFrame {
  const sHat = normalize(vInfInKmS);
  const tHat = normalize(cross(sHat, ECLIPTIC_POLE_EQJ));
  return { sHat, tHat, rHat: cross(sHat, tHat) };
}

/** Impact parameter |B| of a hyperbola with periapsis radius `periapsisKm` and excess speed `vInfKmS`. */
export const impactParameterForPeriapsisKm = (periapsisKm: number, vInfKmS: number, muKm3S2: number): number =>
  periapsisKm * Math.sqrt(1 + (2 * muKm3S2) / (periapsisKm * vInfKmS * vInfKmS));

/** Impact parameter that crosses radius `radiusKm` with flight-path angle `flightPathAngleRad` (negative = descending). */
export const impactParameterForFlightPathKm = (radiusKm: number, flightPathAngleRad: number, vInfKmS: number, muKm3S2: number): number =>
  (radiusKm * Math.sqrt(vInfKmS * vInfKmS + (2 * muKm3S2) / radiusKm) * Math.cos(flightPathAngleRad)) / vInfKmS;

/** B vector (km) of the planet-centred hyperbola through `relative`, as components on `frame`'s T and R axes. */
export function bPlaneCoordinatesKm(relative: StateVector, muKm3S2: number, frame: BPlaneFrame): { bTKm: number; bRKm: number } {
  const sHat = normalize(excessVelocity(relative, muKm3S2, 'incoming'));
  const h = cross(relative.posKm, relative.velKmS);
  const vInf = Math.sqrt(relative.velKmS[0] ** 2 + relative.velKmS[1] ** 2 + relative.velKmS[2] ** 2 - (2 * muKm3S2) / norm(relative.posKm));
  const b = cross(sHat, normalize(h));
  const bMagnitude = norm(h) / vInf;
  return {
    bTKm: bMagnitude * (b[0] * frame.tHat[0] + b[1] * frame.tHat[1] + b[2] * frame.tHat[2]),
    bRKm: bMagnitude * (b[0] * frame.rHat[0] + b[1] * frame.rHat[1] + b[2] * frame.rHat[2]),
  };
}

/** Orbit normal of the hyperbola whose incoming asymptote is S and whose B vector points along angleRad (from T to R). */
export function orbitNormalForBPlaneAngle(frame: BPlaneFrame, angleRad: number): Vec3 {
  const bHat: Vec3 = [0, 1, 2].map((i) => Math.cos(angleRad) * frame.tHat[i]! + Math.sin(angleRad) * frame.rHat[i]!) as Vec3;
  return cross(bHat, frame.sHat);
}
