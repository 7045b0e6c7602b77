/**
 * Tianwen-2 for when it is a few dozen pixels or fewer: the body, the two ten-sided wings with their booms, the
 * dish and the capsule as one merged geometry in one draw, with per-vertex colours for the app's vertex-emissive
 * Lambert material (the program the overview already compiles for today's probe marker, so no new shader). The
 * capsule's triangles come last: after separation the draw stops before them.
 */
import { BufferAttribute, BufferGeometry, Color, CylinderGeometry, Matrix4, Mesh, type Material } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { vertexEmissiveLambert } from '../vertex-emissive-material.ts';
import {
  BODY_HALF_M, BODY_SIZE_M, CAPSULE_ADAPTER_HEIGHT_M, CAPSULE_DECK_XZ_M, CAPSULE_DIAMETER_M, CAPSULE_HEIGHT_M,
  HGA_DIAMETER_M, WING_CENTRE_X_M, WING_RADIUS_M, WING_SIDES,
} from './probe-dimensions.ts';
import { box, flipped, mergeable, tube } from './part-geometry.ts';

/** Diffuse colour, emitted colour and its intensity (a dark sky needs some self-light to read the shapes). */
const LOOKS = {
  gold: { color: '#d9a548', emissive: '#5a4010', emissiveIntensity: 0.6 },
  cells: { color: '#3558c8', emissive: '#1f3c9a', emissiveIntensity: 1 },
  back: { color: '#9c988c', emissive: '#2c2a26', emissiveIntensity: 0.6 },
  white: { color: '#f2efe8', emissive: '#555049', emissiveIntensity: 0.6 },
  silver: { color: '#a9adb4', emissive: '#2a2d33', emissiveIntensity: 0.6 },
} as const;
type Look = keyof typeof LOOKS;

export interface FarProbe {
  mesh: Mesh<BufferGeometry, Material>;
  /** Index count of every part but the capsule. */
  indicesWithoutCapsule: number;
  setCapsuleAttached(attached: boolean): void;
  dispose(): void;
}

function coloured(geometry: BufferGeometry, look: Look): BufferGeometry {
  const g = mergeable(geometry);
  g.deleteAttribute('uv');
  const { color, emissive, emissiveIntensity } = LOOKS[look];
  const count = g.getAttribute('position').count;
  const diffuse = new Color(color), glow = new Color(emissive).multiplyScalar(emissiveIntensity);
  const rgb = new Float32Array(3 * count), emitted = new Float32Array(3 * count);
  for (let i = 0; i < count; i++) {
    rgb.set([diffuse.r, diffuse.g, diffuse.b], 3 * i);
    emitted.set([glow.r, glow.g, glow.b], 3 * i);
  }
  g.setAttribute('color', new BufferAttribute(rgb, 3));
  g.setAttribute('emissiveColor', new BufferAttribute(emitted, 3));
  return g;
}

/** The wing's cell side as a fan of ten triangles, facing +z. */
function decagon(side: 1 | -1): BufferGeometry {
  const positions: number[] = [], normals: number[] = [];
  for (let k = 0; k < WING_SIDES; k++) {
    const a0 = (2 * Math.PI * k) / WING_SIDES, a1 = (2 * Math.PI * (k + 1)) / WING_SIDES;
    positions.push(0, 0, 0, WING_RADIUS_M * Math.cos(a0), WING_RADIUS_M * Math.sin(a0), 0, WING_RADIUS_M * Math.cos(a1), WING_RADIUS_M * Math.sin(a1), 0);
    normals.push(0, 0, 1, 0, 0, 1, 0, 0, 1);
  }
  const front = new BufferGeometry();
  front.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
  front.setAttribute('normal', new BufferAttribute(new Float32Array(normals), 3));
  front.applyMatrix4(new Matrix4().makeTranslation(side * WING_CENTRE_X_M, 0, 0));
  return mergeable(front);
}

export function farProbe(): FarProbe {
  const { x: HX, y: HY, z: HZ } = BODY_HALF_M;
  const [cx, cz] = CAPSULE_DECK_XZ_M;
  const parts: BufferGeometry[] = [coloured(box([BODY_SIZE_M.x, BODY_SIZE_M.y, BODY_SIZE_M.z], [0, 0, 0]), 'gold')];
  for (const side of [1, -1] as const) {
    const front = decagon(side);
    parts.push(coloured(front, 'cells'), coloured(flipped(front).translate(0, 0, -0.02), 'back'));
    parts.push(coloured(tube([side * HX, 0, 0], [side * (WING_CENTRE_X_M - WING_RADIUS_M), 0, -0.1], 0.06, 4), 'silver'));
  }
  const dish = new CylinderGeometry(HGA_DIAMETER_M / 2, 0.05, 0.2, 10, 1, false).rotateX(-Math.PI / 2 + 0.42).translate(0, 0.5, -HZ - 0.5);
  parts.push(coloured(dish, 'white'));
  const capsule = new CylinderGeometry(0.17, CAPSULE_DIAMETER_M / 2, CAPSULE_HEIGHT_M, 12, 1, false)
    .translate(cx, HY + CAPSULE_ADAPTER_HEIGHT_M + CAPSULE_HEIGHT_M / 2, cz);
  parts.push(coloured(capsule, 'white'));
  const geometry = mergeGeometries(parts);
  if (!geometry) throw new Error('Tianwen-2 far model: its parts could not be merged');
  const capsuleIndices = parts[parts.length - 1]!.getIndex()!.count;
  for (const part of parts) part.dispose();
  const indicesWithoutCapsule = geometry.getIndex()!.count - capsuleIndices;
  const material = vertexEmissiveLambert();
  const mesh = new Mesh<BufferGeometry, Material>(geometry, material);
  mesh.name = 'tianwen2-far';
  return {
    mesh,
    indicesWithoutCapsule,
    setCapsuleAttached(attached) {
      geometry.setDrawRange(0, attached ? Infinity : indicesWithoutCapsule);
    },
    dispose() {
      geometry.dispose();
      material.dispose();
    },
  };
}
