/**
 * Small geometry helpers the probe is assembled from: tubes and beams between two points, lathed shells seen from
 * both sides, a foil-covered box whose faces bulge like blankets, and the conversion every part goes through
 * before it is merged (indexed; position, normal and uv only).
 */
import {
  BoxGeometry, BufferAttribute, BufferGeometry, CylinderGeometry, LatheGeometry, Matrix4, Quaternion, Vector2, Vector3,
} from 'three';

export type Vec3Tuple = readonly [number, number, number];

const UP = new Vector3(0, 1, 0);

/** A matrix that takes +y to the direction from → to (length kept) and centres the part between them. */
function alongMatrix(from: Vec3Tuple, to: Vec3Tuple): { matrix: Matrix4; length: number } {
  const a = new Vector3(...from), b = new Vector3(...to);
  const direction = b.clone().sub(a);
  const length = direction.length();
  const rotation = new Quaternion().setFromUnitVectors(UP, direction.normalize());
  const matrix = new Matrix4().compose(a.add(b).multiplyScalar(0.5), rotation, new Vector3(1, 1, 1));
  return { matrix, length };
}

/** A round tube (closed) from `from` to `to`. */
export function tube(from: Vec3Tuple, to: Vec3Tuple, radius: number, segments = 10, radiusTo = radius): BufferGeometry {
  const { matrix, length } = alongMatrix(from, to);
  return new CylinderGeometry(radiusTo, radius, length, segments, 1, false).applyMatrix4(matrix);
}

/**
 * A rectangular beam from `from` to `to`, `width` across and `thickness` along the side facing `facing` (a
 * direction the beam's thin side looks along).
 */
export function beam(from: Vec3Tuple, to: Vec3Tuple, width: number, thickness: number, facing: Vec3Tuple): BufferGeometry {
  const a = new Vector3(...from), b = new Vector3(...to);
  const y = b.clone().sub(a);
  const length = y.length();
  y.normalize();
  const x = new Vector3().crossVectors(y, new Vector3(...facing)).normalize();
  const z = new Vector3().crossVectors(x, y);
  const matrix = new Matrix4().makeBasis(x, y, z).setPosition(a.add(b).multiplyScalar(0.5));
  return new BoxGeometry(width, length, thickness).applyMatrix4(matrix);
}

/** An axis-aligned box centred at `centre`. */
export function box(size: Vec3Tuple, centre: Vec3Tuple): BufferGeometry {
  return new BoxGeometry(...size).translate(...centre);
}

/** A copy facing the other way: winding reversed, normals negated (the far side of a thin shell). */
export function flipped(geometry: BufferGeometry): BufferGeometry {
  const copy = geometry.clone();
  const index = copy.getIndex();
  if (index) {
    const array = index.array;
    for (let i = 0; i < array.length; i += 3) {
      const t = array[i + 1]!;
      array[i + 1] = array[i + 2]!;
      array[i + 2] = t;
    }
  }
  const normal = copy.getAttribute('normal');
  for (let i = 0; i < normal.count; i++) normal.setXYZ(i, -normal.getX(i), -normal.getY(i), -normal.getZ(i));
  return copy;
}

/** A surface of revolution about +y from (radius, height) points, drawn from both sides. */
export function shellOfRevolution(profile: readonly [number, number][], segments: number): BufferGeometry[] {
  const outer = new LatheGeometry(profile.map(([r, y]) => new Vector2(r, y)), segments);
  return [outer, flipped(outer)];
}

/** A closed solid of revolution about +y (profile from the axis at the bottom to the axis at the top). */
export function solidOfRevolution(profile: readonly [number, number][], segments: number): BufferGeometry {
  return new LatheGeometry(profile.map(([r, y]) => new Vector2(r, y)), segments);
}

/** A rotation taking +y to `direction`, placed at `at`. */
export function pointing(direction: Vec3Tuple, at: Vec3Tuple): Matrix4 {
  const rotation = new Quaternion().setFromUnitVectors(UP, new Vector3(...direction).normalize());
  return new Matrix4().compose(new Vector3(...at), rotation, new Vector3(1, 1, 1));
}

const smooth = (edge0: number, edge1: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
};

/**
 * A box wrapped in blankets: each face bulges outwards by up to `bulgeM` in a soft pillow (none at the edges, so
 * the faces still meet), with UVs in metres / `tileM` so the foil's texels have one size on every face.
 */
export function blanketBox(size: Vec3Tuple, bulgeM: number, tileM: number, segments = 8): BufferGeometry {
  const geometry = new BoxGeometry(size[0], size[1], size[2], segments, segments, segments);
  const position = geometry.getAttribute('position');
  const normal = geometry.getAttribute('normal');
  const uv = geometry.getAttribute('uv');
  const half = [size[0] / 2, size[1] / 2, size[2] / 2];
  const p = [0, 0, 0];
  for (let i = 0; i < position.count; i++) {
    p[0] = position.getX(i); p[1] = position.getY(i); p[2] = position.getZ(i);
    const n = [normal.getX(i), normal.getY(i), normal.getZ(i)];
    const axis = Math.abs(n[0]!) > 0.5 ? 0 : Math.abs(n[1]!) > 0.5 ? 1 : 2;
    const [a, b] = axis === 0 ? [2, 1] : axis === 1 ? [0, 2] : [0, 1];
    const fa = p[a]! / half[a]!, fb = p[b]! / half[b]!;
    const edge = smooth(0, 0.35, 1 - Math.abs(fa)) * smooth(0, 0.35, 1 - Math.abs(fb));
    // A pillow plus a gentle, uneven sag, different on each face.
    const wobble = 0.35 * Math.sin(3.1 * fa + 1.7 * axis) * Math.sin(2.3 * fb + 0.9 * axis);
    const out = bulgeM * edge * (0.75 + wobble);
    p[axis]! += Math.sign(n[axis]!) * out;
    position.setXYZ(i, p[0]!, p[1]!, p[2]!);
    uv.setXY(i, (p[a]! + half[a]!) / tileM, (p[b]! + half[b]!) / tileM);
  }
  geometry.computeVertexNormals();
  return geometry;
}

/** Indexed, with exactly position, normal and uv: what mergeGeometries needs of every part it merges. */
export function mergeable(geometry: BufferGeometry): BufferGeometry {
  let g = geometry;
  if (!g.getIndex()) {
    const count = g.getAttribute('position').count;
    g.setIndex(Array.from({ length: count }, (_, i) => i));
  }
  if (!g.getAttribute('normal')) g.computeVertexNormals();
  if (!g.getAttribute('uv')) g.setAttribute('uv', new BufferAttribute(new Float32Array(2 * g.getAttribute('position').count), 2));
  for (const name of Object.keys(g.attributes)) if (!['position', 'normal', 'uv'].includes(name)) g.deleteAttribute(name);
  return g;
}
