/**
 * An irregular rock: an icosphere pushed in and out by a few seeded lobes (no image or model files), and, for the
 * close-up variant, smaller seeded bumps and bowl-shaped craters with raised rims. Every displacement depends on
 * the direction only, so the copies of a vertex on neighbouring faces stay joined and a coarse and a fine rock of
 * the same seed have the same outline. The coarse rock is faceted (not indexed, each face keeps its normal); the
 * fine one is indexed with smooth normals. Scaled so the farthest point is at radius 1: the catalogue's radius is the rock's bounding radius.
 */
import { IcosahedronGeometry, type BufferGeometry } from 'three';
import { mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { seededRandom } from '../core/seeded-random.ts';

export interface RockDetail {
  /** Icosphere subdivisions (three's `detail`: each face cut into (n + 1)² faces): 2 (180 faces) for a few pixels, 24 (12,500) for a close-up. */
  subdivisions: number;
  /** Small bumps and craters on top of the lobes (0 for the coarse rock). */
  bumps: number;
  craters: number;
}

export const COARSE_ROCK: RockDetail = { subdivisions: 2, bumps: 0, craters: 0 };
export const FINE_ROCK: RockDetail = { subdivisions: 24, bumps: 90, craters: 40 };
/** Flat breaks across the rock (a fragment, as spalled ejecta would be), each this far from the centre at least. */
const CUTS = 4;
const CUT_MIN_DISTANCE = 0.72;

interface Feature { x: number; y: number; z: number; size: number; amount: number; reachCos: number }

function randomDirection(random: () => number): { x: number; y: number; z: number } {
  const z = 2 * random() - 1;
  const phi = 2 * Math.PI * random();
  const r = Math.sqrt(1 - z * z);
  return { x: r * Math.cos(phi), y: r * Math.sin(phi), z };
}

export function rockGeometry(seed: number, elongation = 1.35, lobes = 7, detail: RockDetail = COARSE_ROCK): BufferGeometry {
  const geometry = new IcosahedronGeometry(1, detail.subdivisions);
  const random = seededRandom(seed);
  const lobeList: Feature[] = [];
  for (let k = 0; k < lobes; k++) lobeList.push({ ...randomDirection(random), size: 0, amount: (random() - 0.45) * 0.5, reachCos: -1 });
  const cuts: Feature[] = [];
  for (let k = 0; k < CUTS; k++) cuts.push({ ...randomDirection(random), size: CUT_MIN_DISTANCE + 0.2 * random(), amount: 0, reachCos: -1 });
  // Drawn from their own streams, so adding detail leaves the lobes (the outline) as they were.
  const fineRandom = seededRandom(seed ^ 0x5bd1e995);
  const bumps: Feature[] = [];
  for (let k = 0; k < detail.bumps; k++) {
    const direction = randomDirection(fineRandom);
    const size = 0.12 + 0.25 * fineRandom();
    bumps.push({ ...direction, size, amount: (fineRandom() - 0.5) * 0.1, reachCos: Math.cos(size) });
  }
  const craters: Feature[] = [];
  for (let k = 0; k < detail.craters; k++) {
    // Many small craters, a few large: sizes (angular radii, rad) skewed small.
    const direction = randomDirection(fineRandom);
    const size = 0.06 + 0.32 * fineRandom() ** 2.5;
    craters.push({ ...direction, size, amount: 0.25 + 0.15 * fineRandom(), reachCos: Math.cos(1.6 * size) });
  }
  const position = geometry.getAttribute('position');
  let maxRadius = 0;
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i), y = position.getY(i), z = position.getZ(i);
    const len = Math.hypot(x, y, z);
    const ux = x / len, uy = y / len, uz = z / len;
    let radius = 1;
    for (const lobe of lobeList) radius += lobe.amount * Math.max(0, ux * lobe.x + uy * lobe.y + uz * lobe.z) ** 3;
    // A flat break: no point beyond the plane at distance `size` along the cut's direction.
    for (const cut of cuts) {
      const c = ux * cut.x + uy * cut.y + uz * cut.z;
      if (c > 0) radius = Math.min(radius, cut.size / c);
    }
    // Each feature reaches only a small cap: the cosine test skips the rest without an acos.
    for (const bump of bumps) {
      const c = ux * bump.x + uy * bump.y + uz * bump.z;
      if (c <= bump.reachCos) continue;
      const angle = Math.acos(Math.min(1, c));
      if (angle < bump.size) radius += bump.amount * 0.5 * (1 + Math.cos((Math.PI * angle) / bump.size));
    }
    for (const crater of craters) {
      const c = ux * crater.x + uy * crater.y + uz * crater.z;
      if (c <= crater.reachCos) continue;
      const t = Math.acos(Math.min(1, c)) / crater.size;
      // A bowl inside t < 1, a rim just outside it, fading by t = 1.6; depth in radii, proportional to the size.
      if (t < 1) radius -= crater.amount * crater.size * (1 - t * t) - 0.12 * crater.amount * crater.size;
      else if (t < 1.6) radius += 0.12 * crater.amount * crater.size * (1 - (t - 1) / 0.6) ** 2;
    }
    position.setXYZ(i, ux * radius * elongation, uy * radius, uz * radius * 0.9);
    maxRadius = Math.max(maxRadius, Math.hypot(ux * radius * elongation, uy * radius, uz * radius * 0.9));
  }
  geometry.scale(1 / maxRadius, 1 / maxRadius, 1 / maxRadius);
  // A few pixels across, flat faces read as a rock; up close smooth normals keep craters from looking like steps.
  if (detail.craters === 0 && detail.bumps === 0) {
    geometry.computeVertexNormals();
    return geometry;
  }
  geometry.deleteAttribute('normal');
  geometry.deleteAttribute('uv');
  const smooth = mergeVertices(geometry, 1e-6);
  geometry.dispose();
  smooth.computeVertexNormals();
  return smooth;
}
