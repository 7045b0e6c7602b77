/**
 * Aiming a heliocentric transfer at a planet's B-plane: the transfer (a Lambert arc) ends on the sphere of
 * influence at a point chosen so that the planet-centred conic it patches into has the wanted B vector.
 * Solved by Newton iterations on the aim point's two offsets across the approach direction.
 */
import { MU_SUN_KM3_S2 } from '../constants.ts';
import { solveLambert } from '../lambert.ts';
import type { StateVector, TimedState } from '../state-vector.ts';
import type { Vec3 } from '../vec3.ts';
import type { BodyStateFunction } from './arcs.ts';
import { bPlaneCoordinatesKm, type BPlaneFrame } from './b-plane.ts';

export interface ApproachAim {
  departure: TimedState;
  soiEntryTdbSec: number;
  planetAt: BodyStateFunction;
  planetMuKm3S2: number;
  soiRadiusKm: number;
  frame: BPlaneFrame;
  bTKm: number;
  bRKm: number;
}

export interface ApproachSolution {
  /** Heliocentric velocity right after the departure burn. */
  departureVelKmS: Vec3;
  /** Planet-centred state on the sphere of influence at soiEntryTdbSec. */
  relativeAtSoi: TimedState;
}

const B_TOLERANCE_KM = 0.01;
const FINITE_DIFFERENCE_KM = 20;
const MAX_ITERATIONS = 20;

export function aimAtBPlane(aim: ApproachAim): ApproachSolution {
  const planet: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  aim.planetAt(aim.soiEntryTdbSec, planet);
  const tofSec = aim.soiEntryTdbSec - aim.departure.tdbSec;

  const shoot = (u: number, w: number) => {
    const { sHat, tHat, rHat } = aim.frame;
    const relPos: Vec3 = [0, 1, 2].map((i) => -sHat[i]! * aim.soiRadiusKm + u * tHat[i]! + w * rHat[i]!) as Vec3;
    const aimPoint: Vec3 = [0, 1, 2].map((i) => planet.posKm[i]! + relPos[i]!) as Vec3;
    const [solution] = solveLambert(aim.departure.posKm, aimPoint, tofSec, MU_SUN_KM3_S2);
    if (!solution) throw new Error('aimAtBPlane: no Lambert solution towards the planet');
    const relVel: Vec3 = [0, 1, 2].map((i) => solution.v2KmS[i]! - planet.velKmS[i]!) as Vec3;
    const relative = { posKm: relPos, velKmS: relVel };
    const b = bPlaneCoordinatesKm(relative, aim.planetMuKm3S2, aim.frame);
    return { solution, relative, dT: b.bTKm - aim.bTKm, dR: b.bRKm - aim.bRKm };
  };

  let u = aim.bTKm;
  let w = aim.bRKm;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const here = shoot(u, w);
    if (Math.hypot(here.dT, here.dR) < B_TOLERANCE_KM) {
      return {
        departureVelKmS: here.solution.v1KmS,
        relativeAtSoi: { tdbSec: aim.soiEntryTdbSec, ...here.relative },
      };
    }
    const alongU = shoot(u + FINITE_DIFFERENCE_KM, w);
    const alongW = shoot(u, w + FINITE_DIFFERENCE_KM);
    const j11 = (alongU.dT - here.dT) / FINITE_DIFFERENCE_KM, j21 = (alongU.dR - here.dR) / FINITE_DIFFERENCE_KM;
    const j12 = (alongW.dT - here.dT) / FINITE_DIFFERENCE_KM, j22 = (alongW.dR - here.dR) / FINITE_DIFFERENCE_KM;
    const det = j11 * j22 - j12 * j21;
    u -= (j22 * here.dT - j12 * here.dR) / det;
    w -= (-j21 * here.dT + j11 * here.dR) / det;
  }
  throw new Error(`aimAtBPlane: B-plane targeting did not converge to ${B_TOLERANCE_KM} km in ${MAX_ITERATIONS} iterations`);
}
