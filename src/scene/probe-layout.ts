/**
 * Where the toy probe's parts sit, in metres (layout illustrative: CNSA has published no drawings), and the same
 * parts merged into one geometry for the orbit camera, where the probe is a few pixels to a few hundred and the
 * parts' separate draws would only cost time.
 */
import { BoxGeometry, BufferAttribute, Color, CylinderGeometry, Matrix4, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

export const WING_RADIUS_M = 2.35;
export const BODY_HALF_M = 1;
const ARM_M = 0.5;
export const HALF_SPAN_M = BODY_HALF_M + ARM_M + 2 * WING_RADIUS_M;
const WING_X_M = BODY_HALF_M + ARM_M + WING_RADIUS_M;

export type PartName = 'body' | 'capsule' | 'nozzle' | 'arm' | 'wing';
export type Finish = 'gold' | 'panel' | 'white' | 'dark';

export interface PlacedPart {
  part: PartName;
  finish: Finish;
  position: [number, number, number];
  /** On the box (tilts with it in the probe's-eye views); otherwise on the wing axis. */
  onBody: boolean;
}

/** The capsule last: after separation the merged model draws everything before it. */
export const PROBE_LAYOUT: readonly PlacedPart[] = [
  { part: 'body', finish: 'gold', position: [0, 0, 0], onBody: true },
  { part: 'nozzle', finish: 'dark', position: [0, -BODY_HALF_M - 0.3, 0], onBody: true },
  ...[-1, 1].flatMap((side): PlacedPart[] => [
    { part: 'arm', finish: 'dark', position: [side * (BODY_HALF_M + ARM_M / 2), 0, 0], onBody: false },
    { part: 'wing', finish: 'panel', position: [side * WING_X_M, 0, 0], onBody: false },
  ]),
  { part: 'capsule', finish: 'white', position: [0, BODY_HALF_M + 0.25, 0], onBody: true },
];

/** Diffuse colour, emitted colour and its intensity (a dark sky needs some self-light to read the shapes). */
export const FINISHES: Record<Finish, { color: string; emissive: string; emissiveIntensity: number }> = {
  gold: { color: '#e0b24f', emissive: '#5a4010', emissiveIntensity: 0.6 },
  panel: { color: '#3d6ee0', emissive: '#1f3c9a', emissiveIntensity: 1 },
  white: { color: '#f2efe8', emissive: '#555049', emissiveIntensity: 0.6 },
  dark: { color: '#555a60', emissive: '#1c1f24', emissiveIntensity: 0.6 },
};

export function probePartGeometries(): Record<PartName, BufferGeometry> {
  const wing = new CylinderGeometry(WING_RADIUS_M, WING_RADIUS_M, 0.08, 10, 1);
  wing.rotateX(Math.PI / 2);
  return {
    body: new BoxGeometry(2 * BODY_HALF_M, 2 * BODY_HALF_M, 2.2),
    wing,
    arm: new BoxGeometry(ARM_M + 0.2, 0.12, 0.12),
    capsule: new CylinderGeometry(0.22, 0.375, 0.5, 16),
    nozzle: new CylinderGeometry(0.18, 0.4, 0.6, 12, 1, true),
  };
}

export interface MergedProbe {
  /** position, normal, color and emissiveColor (linear), for vertexEmissiveLambert(). */
  geometry: BufferGeometry;
  /** Index count of every part but the capsule. */
  indicesWithoutCapsule: number;
}

export function mergedProbeGeometry(parts: Record<PartName, BufferGeometry>): MergedProbe {
  const color = new Color();
  const placed = PROBE_LAYOUT.map(({ part, finish, position }) => {
    const geometry = parts[part].clone().applyMatrix4(new Matrix4().makeTranslation(...position));
    geometry.deleteAttribute('uv');
    const look = FINISHES[finish];
    const count = geometry.getAttribute('position').count;
    geometry.setAttribute('color', constantColor(color.set(look.color), 1, count));
    geometry.setAttribute('emissiveColor', constantColor(color.set(look.emissive), look.emissiveIntensity, count));
    return geometry;
  });
  const geometry = mergeGeometries(placed);
  if (!geometry) throw new Error('the probe parts could not be merged');
  const capsuleIndices = placed[placed.length - 1]!.getIndex()!.count;
  for (const part of placed) part.dispose();
  return { geometry, indicesWithoutCapsule: geometry.getIndex()!.count - capsuleIndices };
}

function constantColor(color: Color, scale: number, count: number): BufferAttribute {
  const rgb = new Float32Array(3 * count);
  for (let i = 0; i < count; i++) rgb.set([color.r * scale, color.g * scale, color.b * scale], 3 * i);
  return new BufferAttribute(rgb, 3);
}
