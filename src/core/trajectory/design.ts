/**
 * The free choices of the illustrative Tianwen-2 trajectory, in the units the realisation uses. The offline
 * optimiser (`npm run design`) picks them and writes ephemeris/trajectory-design.json; the app reads that file
 * and realises the path from them (src/core/trajectory/realise.ts).
 */
import type { Vec3 } from '../vec3.ts';
import type { NbodyBurnVelocities } from './realise-nbody.ts';

export type LambertBranch = 'single' | 'left' | 'right';

export interface TrajectoryDesign {
  launch: {
    liftoffTdbSec: number;
    injectionDelaySec: number;
    injectionAltitudeKm: number;
    /** Hyperbolic excess velocity at Earth departure, EQJ. */
    vInfEqjKmS: Vec3;
  };
  deepSpaceManoeuvre1TdbSec: number;
  kamooalewa: { arrivalTdbSec: number; departureTdbSec: number; standoffKm: number };
  earthFlyby: {
    periapsisTdbSec: number;
    periapsisAltitudeKm: number;
    /** Angle of the B vector from T towards R (see b-plane.ts). */
    bPlaneAngleDeg: number;
    sphereOfInfluenceKm: number;
  };
  capsule: { separationLeadSec: number; entryInterfaceAltitudeKm: number; entryFlightPathAngleDeg: number };
  cruise: { deepSpaceManoeuvre2TdbSec: number; revolutions: number; branch: LambertBranch };
  comet311p: { arrivalTdbSec: number; standoffKm: number; missionEndTdbSec: number };
  /** Post-burn velocities of the N-body correction pass (realise-nbody.ts); the patched conics ignore them. */
  nbodyBurnVelocitiesEqjKmS: NbodyBurnVelocities;
}
