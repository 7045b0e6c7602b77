/**
 * An irregular rock: an icosphere pushed in and out by a few seeded lobes (no image or model files). Faceted by its
 * normals: the geometry is not indexed, so each face keeps its own, and the plain Lambert shader draws it flat.
 */
import { IcosahedronGeometry, type BufferGeometry } from 'three';
import { seededRandom } from '../core/seeded-random.ts';

export function rockGeometry(seed: number, elongation = 1.35, lobes = 7): BufferGeometry {
  const geometry = new IcosahedronGeometry(1, 2);
  const random = seededRandom(seed);
  const dirs: number[] = [];
  const amps: number[] = [];
  for (let k = 0; k < lobes; k++) {
    const z = 2 * random() - 1;
    const phi = 2 * Math.PI * random();
    const r = Math.sqrt(1 - z * z);
    dirs.push(r * Math.cos(phi), r * Math.sin(phi), z);
    amps.push((random() - 0.45) * 0.5);
  }
  const position = geometry.getAttribute('position');
  let maxRadius = 0;
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i), y = position.getY(i), z = position.getZ(i);
    const len = Math.hypot(x, y, z);
    let radius = 1;
    // Displacement depends on the direction only, so the copies of a vertex on neighbouring faces stay joined.
    for (let k = 0; k < lobes; k++) {
      const c = (x * dirs[3 * k]! + y * dirs[3 * k + 1]! + z * dirs[3 * k + 2]!) / len;
      radius += amps[k]! * Math.max(0, c) ** 3;
    }
    position.setXYZ(i, (x / len) * radius * elongation, (y / len) * radius, (z / len) * radius * 0.9);
    maxRadius = Math.max(maxRadius, radius * elongation);
  }
  geometry.scale(1 / maxRadius, 1 / maxRadius, 1 / maxRadius);
  geometry.computeVertexNormals();
  return geometry;
}
