/**
 * One round ten-sided flexible solar wing in its own frame: centred on the origin, cells facing +z. Ten flat
 * gores from the hub to the rim, leaning back a little (a shallow umbrella, so each gore catches the Sun at its
 * own angle, as the real blanket's panels do), a back face of their own, ribs between the gores and a thin rim
 * frame. Gore UVs follow solar-gore-pixels.ts: hub at (0.5, 0), rim corners at (0, 1) and (1, 1).
 */
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { beam, flipped, tube, type Vec3Tuple } from './part-geometry.ts';

export interface WingParts {
  /** Cell side of the gores. */
  cells: BufferGeometry;
  /** The blanket's back. */
  back: BufferGeometry;
  /** Ribs, rim frame, hub. */
  frame: BufferGeometry[];
}

export interface WingShape {
  radiusM: number;
  sides: number;
  dishDepthM: number;
}

/** Rim corner k of the outline (k = 0 on +x), leaning back by the dish depth. */
function corner({ radiusM, sides, dishDepthM }: WingShape, k: number): Vec3Tuple {
  const angle = (2 * Math.PI * k) / sides;
  return [radiusM * Math.cos(angle), radiusM * Math.sin(angle), -dishDepthM];
}

export function goreRimEdgeM({ radiusM, sides }: WingShape): number {
  return 2 * radiusM * Math.sin(Math.PI / sides);
}

export function goreHeightM({ radiusM, sides }: WingShape): number {
  return radiusM * Math.cos(Math.PI / sides);
}

export function wingParts(shape: WingShape): WingParts {
  const { sides } = shape;
  const positions = new Float32Array(sides * 9);
  const normals = new Float32Array(sides * 9);
  const uvs = new Float32Array(sides * 6);
  const a = new Vector3(), b = new Vector3(), n = new Vector3();
  for (let k = 0; k < sides; k++) {
    const hub: Vec3Tuple = [0, 0, 0];
    const left = corner(shape, k), right = corner(shape, k + 1);
    positions.set([...hub, ...left, ...right], 9 * k);
    a.set(...left);
    b.set(...right);
    n.crossVectors(a, b).normalize();
    for (let v = 0; v < 3; v++) normals.set([n.x, n.y, n.z], 9 * k + 3 * v);
    uvs.set([0.5, 0, 0, 1, 1, 1], 6 * k);
  }
  const cells = new BufferGeometry();
  cells.setAttribute('position', new BufferAttribute(positions, 3));
  cells.setAttribute('normal', new BufferAttribute(normals, 3));
  cells.setAttribute('uv', new BufferAttribute(uvs, 2));
  cells.setIndex(Array.from({ length: sides * 3 }, (_, i) => i));
  const back = flipped(cells).translate(0, 0, -0.012);

  const frame: BufferGeometry[] = [];
  const ribLift = 0.008;
  for (let k = 0; k < sides; k++) {
    const [x, y, z] = corner(shape, k);
    const next = corner(shape, k + 1);
    // The rib from the hub to the corner, and the rim's edge to the next corner, standing just proud of the cells.
    frame.push(beam([0, 0, ribLift], [x, y, z + ribLift], 0.026, 0.018, [0, 0, 1]));
    frame.push(beam([x, y, z + ribLift / 2], [next[0], next[1], next[2] + ribLift / 2], 0.034, 0.03, [0, 0, 1]));
  }
  frame.push(tube([0, 0, -0.06], [0, 0, 0.05], 0.2, 16));
  frame.push(tube([0, 0, 0.05], [0, 0, 0.075], 0.12, 16));
  return { cells, back, frame };
}
