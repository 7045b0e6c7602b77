/**
 * Tianwen-2 built in code, as plain three.js objects (no React, no scene runtime): the close model, physically
 * based and lit by the Sun, and a far variant (one merged geometry, one Lambert material) for when the probe is a
 * few dozen pixels or fewer. In metres, in the frame probe-dimensions.ts describes (+z sunward, +y the deck).
 *
 * The close model is grouped so the app can move what moves: `body` (the bus and everything on it) turns on the
 * wing axis while `wings` keep facing the Sun; `capsule` leaves the deck at separation; `armCamera` is the
 * monitoring camera's lens on the arm. Each group draws one mesh per finish (its parts merged), so the model is a
 * handful of draws.
 */
import { BufferGeometry, Group, Matrix4, Mesh, Object3D, PlaneGeometry, Vector3, type Material } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import {
  ARM_CAMERA_TARGET_M, ARM_ELBOW_M, ARM_SHOULDER_M, ARM_WRIST_M, BODY_HALF_M, BODY_SIZE_M, CAPSULE_ADAPTER_HEIGHT_M,
  CAPSULE_DECK_XZ_M, CAPSULE_DIAMETER_M, CAPSULE_HEIGHT_M, FLAG_ALONG_UPPER_ARM, FLAG_WIDTH_M, HGA_DIAMETER_M,
  ION_ENGINE_RADIUS_M, LEG_DROP_M, LEG_FOOT_OUT_M, LEG_HIP_INSET_M, MAIN_ENGINE_EXIT_RADIUS_M, TAG_BOOM_M,
  WING_CENTRE_X_M, WING_DISH_DEPTH_M, WING_RADIUS_M, WING_SIDES,
} from './probe-dimensions.ts';
import { farProbe, type FarProbe } from './far-probe.ts';
import {
  beam, blanketBox, box, mergeable, pointing, shellOfRevolution, solidOfRevolution, tube, type Vec3Tuple,
} from './part-geometry.ts';
import { computeProbeMaps, type ProbeMaps, type ProbeTextureSizes } from './probe-maps.ts';
import { probeMaterials, type FinishName } from './probe-materials.ts';
import { goreHeightM, goreRimEdgeM, wingParts, type WingShape } from './wing-geometry.ts';

export interface TianwenModel {
  /** The close model's root. */
  group: Group;
  /** The bus and all it carries (capsule, arm, antenna, engines, sampling gear); turns about x. */
  body: Group;
  /** +x and -x wing, each with its boom; turn about x to follow the Sun. */
  wings: readonly [Group, Group];
  /** The return capsule on the deck (its base at the group's origin); hidden or taken off after separation. */
  capsule: Group;
  /** The arm's monitoring camera: looks along its -z with +y up, as a three.js camera does. */
  armCamera: Object3D;
  far: FarProbe;
  /** Shows or hides the capsule on the deck, in the close model and in the far one. */
  setCapsuleAttached(attached: boolean): void;
  stats: ModelStats;
  dispose(): void;
}

export interface ModelStats {
  closeTriangles: number;
  closeDraws: number;
  closeMaterials: number;
  farTriangles: number;
  farDraws: number;
}

export const WING_SHAPE: WingShape = { radiusM: WING_RADIUS_M, sides: WING_SIDES, dishDepthM: WING_DISH_DEPTH_M };

/** Parts collected per finish for one group, merged into one mesh per finish when the group is built. */
class PartBin {
  private readonly byFinish = new Map<FinishName, BufferGeometry[]>();
  add(finish: FinishName, ...geometries: BufferGeometry[]): void {
    const list = this.byFinish.get(finish) ?? [];
    list.push(...geometries.map(mergeable));
    this.byFinish.set(finish, list);
  }
  build(name: string, materials: Record<FinishName, Material>): Group {
    const group = new Group();
    group.name = name;
    for (const [finish, parts] of this.byFinish) {
      const merged = mergeGeometries(parts);
      if (!merged) throw new Error(`Tianwen-2 model: the ${name} group's ${finish} parts could not be merged`);
      for (const part of parts) part.dispose();
      const mesh = new Mesh(merged, materials[finish]);
      mesh.name = `${name}-${finish}`;
      // Free unless the renderer's shadow map is on (then the capsule, arm and engines shade the deck).
      mesh.castShadow = mesh.receiveShadow = true;
      group.add(mesh);
    }
    return group;
  }
}

const { x: HX, y: HY, z: HZ } = BODY_HALF_M;
/** One repeat of the foil maps on the body, m: crinkles a few centimetres long. Illustrative. */
const FOIL_TILE_M = 1.0;

function addBus(bin: PartBin): void {
  bin.add('foil', blanketBox([BODY_SIZE_M.x, BODY_SIZE_M.y, BODY_SIZE_M.z], 0.035, FOIL_TILE_M));
  // The wings' drives, on the two faces that never see the Sun (the wing axis is kept across the sunlight).
  for (const side of [-1, 1]) bin.add('dark', tube([side * HX, 0, 0], [side * (HX + 0.16), 0, 0], 0.17, 16));
  // Capsule adapter: the separation ring stays on the deck.
  const [cx, cz] = CAPSULE_DECK_XZ_M;
  bin.add('silver', tube([cx, HY, cz], [cx, HY + CAPSULE_ADAPTER_HEIGHT_M, cz], CAPSULE_DIAMETER_M / 2 - 0.04, 28));
  // Ion engines on the deck's rear edge, their beams along +y.
  for (const side of [-1, 1]) {
    const at: Vec3Tuple = [side * 0.68, HY, -HZ + 0.32];
    bin.add('dark', box([0.4, 0.06, 0.4], [at[0], HY + 0.03, at[2]]));
    bin.add('silver', tube([at[0], HY + 0.06, at[2]], [at[0], HY + 0.26, at[2]], ION_ENGINE_RADIUS_M, 20));
    // The dark grid face inside a thin open ring.
    bin.add('dark', tube([at[0], HY + 0.26, at[2]], [at[0], HY + 0.275, at[2]], ION_ENGINE_RADIUS_M - 0.015, 20));
    const rim = ION_ENGINE_RADIUS_M + 0.012;
    bin.add('silver', ...shellOfRevolution([[rim, 0.22], [rim, 0.31]], 20).map((g) => g.translate(at[0], HY, at[2])));
    bin.add('dark', tube([at[0] + side * 0.26, HY + 0.06, at[2]], [at[0] + side * 0.26, HY + 0.2, at[2]], 0.035, 8));
  }
  // Star trackers on the deck's rear right corner, their baffles looking up and back.
  for (const dz of [0, 0.24]) {
    const base: Vec3Tuple = [HX - 0.3, HY, -0.2 + dz];
    bin.add('foil', box([0.2, 0.14, 0.2], [base[0], HY + 0.07, base[2]]));
    bin.add('dark', tube([base[0], HY + 0.14, base[2]], [base[0] + 0.05, HY + 0.34, base[2] - 0.08], 0.07, 14, 0.09));
  }
  // A sun sensor on the sunward face.
  bin.add('dark', box([0.14, 0.1, 0.05], [0.6, 0.75, HZ + 0.04]));
}

/** High-gain dish on a short mast on the anti-Sun face, tipped up; the main engine's bell below it. */
function addAntennaAndEngine(bin: PartBin): void {
  const mastFoot: Vec3Tuple = [0, 0.42, -HZ];
  const mastHead: Vec3Tuple = [0, 0.5, -HZ - 0.42];
  bin.add('white', tube(mastFoot, mastHead, 0.05, 10));
  bin.add('dark', box([0.2, 0.16, 0.16], mastHead));
  const radius = HGA_DIAMETER_M / 2, focal = 0.42;
  const profile: [number, number][] = Array.from({ length: 7 }, (_, i) => {
    const r = (radius * i) / 6;
    return [r, (r * r) / (4 * focal)];
  });
  const towards = new Vector3(0, 0.45, -1).normalize();
  const dish = pointing([towards.x, towards.y, towards.z], [mastHead[0], mastHead[1] + 0.04, mastHead[2] - 0.12]);
  bin.add('white', ...shellOfRevolution(profile, 32).map((g) => g.applyMatrix4(dish)));
  // Subreflector at the focus on three struts.
  const focus = new Vector3(0, focal * 0.9, 0).applyMatrix4(dish);
  bin.add('white', solidOfRevolution([[0, 0], [0.09, 0.02], [0, 0.05]], 16).applyMatrix4(
    pointing([-towards.x, -towards.y, -towards.z], [focus.x, focus.y, focus.z]),
  ));
  for (let k = 0; k < 3; k++) {
    const angle = (2 * Math.PI * k) / 3;
    const r = 0.8 * radius;
    const rim = new Vector3(r * Math.cos(angle), (r * r) / (4 * focal), r * Math.sin(angle)).applyMatrix4(dish);
    bin.add('white', tube([rim.x, rim.y, rim.z], [focus.x, focus.y, focus.z], 0.012, 5));
  }
  // Main engine: bell nozzle along -z from a mount on the lower half of the face.
  const throatZ = -HZ - 0.12;
  bin.add('dark', tube([0, -0.45, -HZ], [0, -0.45, throatZ], 0.13, 16));
  const bell: [number, number][] = Array.from({ length: 7 }, (_, i) => {
    const t = i / 6;
    return [0.06 + (MAIN_ENGINE_EXIT_RADIUS_M - 0.06) * Math.sqrt(t), 0.42 * t];
  });
  const nozzle = pointing([0, 0, -1], [0, -0.45, throatZ]);
  const [outside, inside] = shellOfRevolution(bell, 24);
  bin.add('silver', outside!.applyMatrix4(nozzle));
  bin.add('dark', inside!.applyMatrix4(nozzle));
  // Attitude thrusters: a pair of small nozzles at each lower corner.
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      const at: Vec3Tuple = [sx * (HX - 0.05), -HY + 0.18, sz * (HZ - 0.05)];
      bin.add('dark', box([0.12, 0.1, 0.12], at));
      for (const [dx, dz] of [[sx, 0], [0, sz]] as const) {
        bin.add('silver', tube([at[0] + dx * 0.05, at[1], at[2] + dz * 0.05], [at[0] + dx * 0.13, at[1], at[2] + dz * 0.13], 0.015, 8, 0.035));
      }
    }
  }
}

/** The sampling face: four anchoring legs with drills, the touch-and-go sampler, the nadir instruments. */
function addSampling(bin: PartBin): void {
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      const hip: Vec3Tuple = [sx * (HX - LEG_HIP_INSET_M), -HY, sz * (HZ - LEG_HIP_INSET_M)];
      const foot: Vec3Tuple = [hip[0] + sx * LEG_FOOT_OUT_M, -HY - LEG_DROP_M, hip[2] + sz * LEG_FOOT_OUT_M];
      bin.add('silver', tube(hip, foot, 0.04, 10));
      bin.add('silver', tube([sx * 0.3, -HY, sz * (HZ - 0.15)], [foot[0], foot[1] + 0.12, foot[2]], 0.022, 8));
      bin.add('silver', tube([sx * (HX - 0.15), -HY, sz * 0.3], [foot[0], foot[1] + 0.12, foot[2]], 0.022, 8));
      bin.add('white', tube([foot[0], foot[1] - 0.02, foot[2]], [foot[0], foot[1] + 0.2, foot[2]], 0.075, 14));
      bin.add('dark', tube([foot[0], foot[1] - 0.06, foot[2]], [foot[0], foot[1] - 0.02, foot[2]], 0.15, 18));
      bin.add('silver', tube([foot[0], foot[1] - 0.3, foot[2]], [foot[0], foot[1] - 0.06, foot[2]], 0.03, 10, 0.002));
    }
  }
  const boomAt: Vec3Tuple = [0, -HY, 0.35];
  const head: Vec3Tuple = [boomAt[0], -HY - TAG_BOOM_M, boomAt[2]];
  bin.add('white', tube([boomAt[0], -HY - 0.12, boomAt[2]], [boomAt[0], -HY, boomAt[2]], 0.1, 16));
  bin.add('silver', tube(boomAt, head, 0.045, 12));
  bin.add('white', tube([head[0], head[1], head[2]], [head[0], head[1] + 0.14, head[2]], 0.17, 20));
  bin.add('dark', tube([head[0], head[1] - 0.05, head[2]], [head[0], head[1], head[2]], 0.18, 20));
  for (const [x, z, lens] of [[0.6, -0.55, 0.07], [-0.55, -0.5, 0.05], [0.55, 0.55, 0.045]] as const) {
    bin.add('foil', box([0.28, 0.16, 0.24], [x, -HY - 0.08, z]));
    bin.add('dark', tube([x, -HY - 0.16, z], [x, -HY - 0.3, z], lens, 14, lens * 1.25));
  }
}

/** The arm in its raised pose, the flag on its upper link, the monitoring camera at the wrist. Returns the lens pose. */
function addArm(bin: PartBin): Matrix4 {
  const shoulder = ARM_SHOULDER_M, elbow = ARM_ELBOW_M, wrist = ARM_WRIST_M;
  bin.add('white', tube(shoulder, [shoulder[0], shoulder[1] + 0.12, shoulder[2]], 0.13, 18));
  bin.add('dark', tube([shoulder[0], shoulder[1] + 0.12, shoulder[2]], [shoulder[0], shoulder[1] + 0.22, shoulder[2]], 0.09, 14));
  const shoulderTop: Vec3Tuple = [shoulder[0], shoulder[1] + 0.2, shoulder[2]];
  bin.add('white', tube(shoulderTop, elbow, 0.055, 12));
  const linkA = new Vector3(...elbow).sub(new Vector3(...shoulderTop)).normalize();
  const linkB = new Vector3(...wrist).sub(new Vector3(...elbow)).normalize();
  const hinge = new Vector3().crossVectors(linkA, linkB).normalize().multiplyScalar(0.09);
  bin.add('dark', tube([elbow[0] - hinge.x, elbow[1] - hinge.y, elbow[2] - hinge.z], [elbow[0] + hinge.x, elbow[1] + hinge.y, elbow[2] + hinge.z], 0.075, 14));
  bin.add('white', tube(elbow, wrist, 0.045, 12));
  bin.add('dark', solidOfRevolution([[0, -0.07], [0.06, -0.05], [0.07, 0], [0.06, 0.05], [0, 0.07]], 12).translate(...wrist));

  // The camera head looks from the wrist at the target; its lens 0.1 m in front of the wrist.
  const eye = new Vector3(...wrist);
  const look = new Matrix4().lookAt(eye, new Vector3(...ARM_CAMERA_TARGET_M), new Vector3(0, 1, 0));
  const forward = new Vector3(0, 0, -1).transformDirection(look);
  const head = new Matrix4().copy(look).setPosition(eye.clone().addScaledVector(forward, 0.06));
  bin.add('white', box([0.13, 0.11, 0.15], [0, 0, 0]).applyMatrix4(head));
  const lensAt = eye.clone().addScaledVector(forward, 0.16);
  bin.add('dark', tube([eye.x + forward.x * 0.12, eye.y + forward.y * 0.12, eye.z + forward.z * 0.12], [lensAt.x, lensAt.y, lensAt.z], 0.04, 14));

  // The flag, flown from the upper link as from a pole: its hoist along the link, its face turned to the camera.
  const mount = new Vector3(...shoulderTop).lerp(new Vector3(...elbow), FLAG_ALONG_UPPER_ARM);
  const toCamera = eye.clone().sub(mount).normalize();
  const fly = new Vector3().crossVectors(linkA, toCamera).normalize();
  const heightM = (FLAG_WIDTH_M * 2) / 3;
  const plateCentre = mount.clone().addScaledVector(fly, FLAG_WIDTH_M / 2 + 0.075);
  const basis = new Matrix4().makeBasis(fly, linkA, new Vector3().crossVectors(fly, linkA)).setPosition(plateCentre);
  bin.add('flag', new PlaneGeometry(FLAG_WIDTH_M, heightM).applyMatrix4(basis));
  bin.add('white', box([FLAG_WIDTH_M + 0.03, heightM + 0.03, 0.012], [0, 0, -0.008]).applyMatrix4(basis));
  for (const along of [-0.4, 0.4]) {
    const at = new Vector3(-FLAG_WIDTH_M / 2 - 0.015, along * heightM, -0.008).applyMatrix4(basis);
    const onLink = mount.clone().addScaledVector(linkA, along * heightM);
    bin.add('white', tube([onLink.x, onLink.y, onLink.z], [at.x, at.y, at.z], 0.015, 6));
  }
  return new Matrix4().copy(look).setPosition(lensAt);
}

/** The capsule in its own frame: base on the origin, axis +y; a white bell with a dark seam above the heat shield. */
function addCapsule(bin: PartBin): void {
  const r = CAPSULE_DIAMETER_M / 2, h = CAPSULE_HEIGHT_M;
  bin.add('white', solidOfRevolution([
    [0, 0], [r - 0.05, 0], [r - 0.005, 0.025], [r, 0.06], [r, 0.1], [r - 0.01, 0.115],
    [0.25, 0.33], [0.19, h - 0.08], [0.15, h - 0.03], [0.09, h - 0.005], [0, h],
  ], 40));
  bin.add('dark', tube([0, 0.1, 0], [0, 0.118, 0], r + 0.003, 40));
  // Three small fittings on the back shell, and the top's recovery hatch.
  for (let k = 0; k < 3; k++) {
    const angle = (2 * Math.PI * k) / 3 + 0.4;
    const at: Vec3Tuple = [0.235 * Math.cos(angle), 0.3, 0.235 * Math.sin(angle)];
    bin.add('dark', box([0.05, 0.04, 0.05], at));
  }
  bin.add('silver', tube([0, h - 0.012, 0], [0, h + 0.006, 0], 0.06, 16));
}

function addWing(bin: PartBin, side: 1 | -1): void {
  const parts = wingParts(WING_SHAPE);
  const place = new Matrix4().makeTranslation(side * WING_CENTRE_X_M, 0, 0);
  bin.add('cells', parts.cells.applyMatrix4(place));
  bin.add('wingBack', parts.back.applyMatrix4(place));
  bin.add('silver', ...parts.frame.map((g) => g.applyMatrix4(place)));
  // Boom from the drive to behind the hub, then a short bracket forward to the hub.
  const drive: Vec3Tuple = [side * (HX + 0.16), 0, 0];
  const behindHub: Vec3Tuple = [side * WING_CENTRE_X_M, 0, -0.42];
  bin.add('silver', tube(drive, behindHub, 0.045, 12));
  bin.add('silver', tube(behindHub, [side * WING_CENTRE_X_M, 0, -0.06], 0.05, 12));
  bin.add('dark', beam([side * (WING_CENTRE_X_M - 0.5), 0, -0.2], behindHub, 0.06, 0.06, [0, 1, 0]));
}

function trianglesOf(object: Object3D): { triangles: number; draws: number; materials: Set<Material> } {
  let triangles = 0, draws = 0;
  const materials = new Set<Material>();
  object.traverse((child) => {
    if (!(child instanceof Mesh)) return;
    const geometry = child.geometry as BufferGeometry;
    triangles += (geometry.getIndex()?.count ?? geometry.getAttribute('position').count) / 3;
    draws++;
    materials.add(child.material as Material);
  });
  return { triangles, draws, materials };
}

export interface BuildOptions {
  /** Sizes of the maps computed here (ignored with `maps`). */
  textures?: ProbeTextureSizes;
  /** Maps computed beforehand, e.g. in a worker (computeProbeMaps with goreLayoutOf(WING_SHAPE)). */
  maps?: ProbeMaps;
}

/** The gore the wing geometry maps its cells texture onto. */
export function goreLayoutOf(shape: WingShape) {
  return { rimEdgeM: goreRimEdgeM(shape), heightM: goreHeightM(shape) };
}

export function buildTianwenModel(options: BuildOptions = {}): TianwenModel {
  const materials = probeMaterials(options.maps ?? computeProbeMaps(goreLayoutOf(WING_SHAPE), options.textures));
  const busBin = new PartBin();
  addBus(busBin);
  addAntennaAndEngine(busBin);
  addSampling(busBin);
  const lens = addArm(busBin);
  const body = busBin.build('tianwen2-body', materials.byName);

  const capsuleBin = new PartBin();
  addCapsule(capsuleBin);
  const capsule = capsuleBin.build('tianwen2-capsule', materials.byName);
  capsule.position.set(CAPSULE_DECK_XZ_M[0], HY + CAPSULE_ADAPTER_HEIGHT_M, CAPSULE_DECK_XZ_M[1]);
  body.add(capsule);

  const armCamera = new Object3D();
  armCamera.name = 'tianwen2-arm-camera';
  lens.decompose(armCamera.position, armCamera.quaternion, armCamera.scale);
  body.add(armCamera);

  const wings = ([1, -1] as const).map((side) => {
    const bin = new PartBin();
    addWing(bin, side);
    return bin.build(side > 0 ? 'tianwen2-wing-plus-x' : 'tianwen2-wing-minus-x', materials.byName);
  }) as [Group, Group];

  const group = new Group();
  group.name = 'tianwen2';
  group.add(body, ...wings);

  const far = farProbe();
  const close = trianglesOf(group);
  const farCount = trianglesOf(far.mesh);
  return {
    group, body, wings, capsule, armCamera, far,
    setCapsuleAttached(attached) {
      capsule.visible = attached;
      far.setCapsuleAttached(attached);
    },
    stats: {
      closeTriangles: close.triangles, closeDraws: close.draws, closeMaterials: close.materials.size,
      farTriangles: farCount.triangles, farDraws: farCount.draws,
    },
    dispose() {
      group.traverse((child) => {
        if (child instanceof Mesh) (child.geometry as BufferGeometry).dispose();
      });
      materials.dispose();
      far.dispose();
    },
  };
}
