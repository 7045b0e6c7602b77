/**
 * The Tianwen-2 model built in code (src/scene/probe-model/): its published dimensions, the parts the app moves,
 * the cost budget of the close and far variants, and the maps computed for it.
 * Published figures: main body more than 2 m a side, return capsule 0.75 m across, two round ten-sided wings
 * 4.7 m across, a 15 m span (https://cloud.kepuchina.cn/newSearch/imgText?from=1&id=7327721944568922112&is_self=2 ;
 * https://en.wikipedia.org/wiki/Tianwen-2); the snapshot's flag is on the arm, seen by the arm's camera with the
 * capsule (http://www.xyk126.net/html/2025-10/974409.html).
 */
import { describe, expect, it } from 'vitest';
import { Box3, BufferGeometry, Mesh, Quaternion, Vector3 } from 'three';
import { BODY_BY_ID } from '../../src/core/bodies.ts';
import { buildTianwenModel } from '../../src/scene/probe-model/build-probe-model.ts';
import { BODY_HALF_M } from '../../src/scene/probe-model/probe-dimensions.ts';
import { flagPixels } from '../../src/scene/probe-model/flag-pixels.ts';
import { foilPixels } from '../../src/scene/probe-model/foil-pixels.ts';
import { roughnessAwareMipmaps } from '../../src/scene/probe-model/rough-mipmaps.ts';
import { solarGorePixels } from '../../src/scene/probe-model/solar-gore-pixels.ts';
import { mergedProbeGeometry, probePartGeometries } from '../../src/scene/probe-layout.ts';

const model = buildTianwenModel({ textures: { foilPx: 64, gorePx: 64 } });
const meshNamed = (name: string) => {
  const mesh = model.group.getObjectByName(name);
  if (!(mesh instanceof Mesh)) throw new Error(`no mesh ${name}`);
  return mesh as Mesh<BufferGeometry>;
};
const boxOf = (name: string) => new Box3().setFromObject(model.group.getObjectByName(name)!);

describe('the Tianwen-2 model: published layout', () => {
  it('has a main body more than 2 m on every side, wrapped in the foil finish', () => {
    // Measured through the body's middle, where no foil-covered instrument box sits on its faces.
    const position = meshNamed('tianwen2-body-foil').geometry.getAttribute('position');
    const extent = [new Box3(), new Box3(), new Box3()];
    const p = new Vector3();
    for (let i = 0; i < position.count; i++) {
      p.fromBufferAttribute(position, i);
      const [x, y, z] = [Math.abs(p.x) < 0.3, Math.abs(p.y) < 0.3, Math.abs(p.z) < 0.3];
      if (y && z) extent[0]!.expandByPoint(p);
      if (x && z) extent[1]!.expandByPoint(p);
      if (x && y) extent[2]!.expandByPoint(p);
    }
    const sides = [extent[0]!.max.x - extent[0]!.min.x, extent[1]!.max.y - extent[1]!.min.y, extent[2]!.max.z - extent[2]!.min.z];
    for (const side of sides) expect(side).toBeGreaterThan(2);
    expect((meshNamed('tianwen2-body-foil').material as { name: string }).name).toBe('gold-foil');
  });

  it('has two ten-sided wings 4.7 m corner to corner, either side of the body, spanning ~15 m', () => {
    for (const name of ['tianwen2-wing-plus-x-cells', 'tianwen2-wing-minus-x-cells']) {
      const position = meshNamed(name).geometry.getAttribute('position');
      const centre = new Box3().setFromBufferAttribute(position as never).getCenter(new Vector3());
      const corners = new Set<string>();
      let farthest = 0;
      for (let i = 0; i < position.count; i++) {
        const dx = position.getX(i) - centre.x, dy = position.getY(i) - centre.y;
        const r = Math.hypot(dx, dy);
        farthest = Math.max(farthest, r);
        if (r > 1) corners.add(`${Math.round(Math.atan2(dy, dx) * 1000)}`);
      }
      expect(corners.size).toBe(10);
      expect(2 * farthest).toBeCloseTo(4.7, 2);
    }
    const span = new Box3().setFromObject(model.group).getSize(new Vector3()).x;
    expect(span).toBeGreaterThan(14.8);
    expect(span).toBeLessThan(15.2);
    // The scene draws the model at true scale from the catalogue's radius: it must be this half-span.
    expect(BODY_BY_ID.probe.radiusKm * 1000).toBeCloseTo(span / 2, 1);
  });

  it('carries a 0.75 m return capsule on the deck, as its own group the app can hide', () => {
    const capsule = new Box3().setFromObject(model.capsule);
    const size = capsule.getSize(new Vector3());
    // 0.75 m, give or take the seal ring standing a few mm proud.
    expect(Math.abs(size.x - 0.75)).toBeLessThan(0.01);
    expect(Math.abs(size.z - 0.75)).toBeLessThan(0.01);
    // Standing on the deck (the body's +y face), on its separation ring.
    expect(capsule.min.y).toBeGreaterThan(BODY_HALF_M.y);
    expect(capsule.min.y).toBeLessThan(BODY_HALF_M.y + 0.15);
    expect(model.capsule.parent).toBe(model.body);
  });

  it('points the arm camera past the flag on the arm towards the capsule', () => {
    model.group.updateMatrixWorld(true);
    const eye = model.armCamera.getWorldPosition(new Vector3());
    const forward = new Vector3(0, 0, -1).applyQuaternion(model.armCamera.getWorldQuaternion(new Quaternion()));
    const angleTo = (point: Vector3) => forward.angleTo(point.clone().sub(eye)) * (180 / Math.PI);
    const capsule = new Box3().setFromObject(model.capsule).getCenter(new Vector3());
    const flag = boxOf('tianwen2-body-flag').getCenter(new Vector3());
    expect(angleTo(capsule)).toBeLessThan(15);
    // The flag in the frame (a 60° view, 16:9) but off centre; nearer than the capsule.
    expect(angleTo(flag)).toBeGreaterThan(15);
    expect(angleTo(flag)).toBeLessThan(45);
    expect(flag.distanceTo(eye)).toBeLessThan(capsule.distanceTo(eye));
  });
});

describe('the Tianwen-2 model: cost', () => {
  it('stays within its budget: ≤ 10,000 triangles, ≤ 16 draws, 7 materials close; one draw far', () => {
    expect(model.stats.closeTriangles).toBeLessThanOrEqual(10_000);
    expect(model.stats.closeDraws).toBeLessThanOrEqual(16);
    expect(model.stats.closeMaterials).toBe(7);
    expect(model.stats.farDraws).toBe(1);
  });

  it('far variant: fewer triangles than today\'s merged probe, and the capsule dropped by a draw range', () => {
    const today = mergedProbeGeometry(probePartGeometries()).geometry;
    expect(model.stats.farTriangles).toBeLessThanOrEqual(today.getIndex()!.count / 3);
    const far = model.far.mesh.geometry;
    expect(far.getAttribute('color')).toBeDefined();
    expect(far.getAttribute('emissiveColor')).toBeDefined();
    model.setCapsuleAttached(false);
    expect(model.capsule.visible).toBe(false);
    expect(far.drawRange.count).toBe(model.far.indicesWithoutCapsule);
    expect(model.far.indicesWithoutCapsule).toBeLessThan(far.getIndex()!.count);
    model.setCapsuleAttached(true);
    expect(model.capsule.visible).toBe(true);
    expect(far.drawRange.count).toBe(Infinity);
  });

  it('has only finite positions and unit normals in every mesh', () => {
    const meshes: Mesh<BufferGeometry>[] = [model.far.mesh];
    model.group.traverse((child) => { if (child instanceof Mesh) meshes.push(child as Mesh<BufferGeometry>); });
    for (const mesh of meshes) {
      const position = mesh.geometry.getAttribute('position');
      const normal = mesh.geometry.getAttribute('normal');
      for (let i = 0; i < position.count; i++) {
        expect(Number.isFinite(position.getX(i) + position.getY(i) + position.getZ(i)), `${mesh.name} vertex ${i}`).toBe(true);
        expect(Math.hypot(normal.getX(i), normal.getY(i), normal.getZ(i)), `${mesh.name} normal ${i}`).toBeCloseTo(1, 2);
      }
    }
  });
});

describe('the maps computed for the model', () => {
  const size = 128;
  const foil = foilPixels(size);
  const channelStep = (at: (i: number) => number, a: number, b: number) => Math.abs(at(a) - at(b));

  it('foil tiles seamlessly: across the wrap its normals change no more than between neighbours inside', () => {
    const normalX = (i: number) => foil.normal[4 * i]!;
    let across = 0, inside = 0;
    for (let y = 0; y < size; y++) {
      across += channelStep(normalX, y * size + size - 1, y * size);
      inside += channelStep(normalX, y * size + size / 2 - 1, y * size + size / 2);
    }
    expect(across).toBeLessThan(2 * inside + size);
    let acrossRows = 0, insideRows = 0;
    for (let x = 0; x < size; x++) {
      acrossRows += channelStep(normalX, (size - 1) * size + x, x);
      insideRows += channelStep(normalX, (size / 2 - 1) * size + x, (size / 2) * size + x);
    }
    expect(acrossRows).toBeLessThan(2 * insideRows + size);
  });

  it('foil is gold and crinkled: red > green > blue everywhere, normals spread out', () => {
    let tilted = 0;
    for (let i = 0; i < size * size; i++) {
      const [r, g, b] = [foil.albedo[4 * i]!, foil.albedo[4 * i + 1]!, foil.albedo[4 * i + 2]!];
      expect(r > g && g > b).toBe(true);
      // Tilted more than 10°: n_z < cos 10°.
      if ((foil.normal[4 * i + 2]! / 255) * 2 - 1 < Math.cos(Math.PI / 18)) tilted++;
    }
    expect(tilted / (size * size)).toBeGreaterThan(0.5);
  });

  it('mipmaps the foil so its roughness grows where crinkles average out, and a flat map keeps its roughness', () => {
    const chains = roughnessAwareMipmaps(size, foil.normal, foil.roughMetal);
    expect(chains.normal.map((level) => level.width)).toEqual([128, 64, 32, 16, 8, 4, 2, 1]);
    const meanRoughness = (data: Uint8Array) => {
      let sum = 0;
      for (let i = 1; i < data.length; i += 4) sum += data[i]!;
      return sum / (data.length / 4);
    };
    expect(meanRoughness(chains.roughMetal.at(-1)!.data)).toBeGreaterThan(meanRoughness(chains.roughMetal[0]!.data) + 20);

    const flat = new Uint8Array(16 * 16 * 4).map((_, i) => [128, 128, 255, 255][i % 4]!);
    const rough = new Uint8Array(16 * 16 * 4).map((_, i) => [255, 100, 200, 255][i % 4]!);
    const flatChains = roughnessAwareMipmaps(16, flat, rough);
    for (const level of flatChains.roughMetal) {
      expect(Math.abs(level.data[1]! - 100)).toBeLessThanOrEqual(3);
      expect(level.data[2]).toBe(200);
    }
    expect(() => roughnessAwareMipmaps(24, flat, rough)).toThrow(/24 px is not a power of two/);
  });

  it('gore: cells fill most of the triangle the wing maps onto it, and none lie outside it', () => {
    const gore = solarGorePixels({ rimEdgeM: 1.452, heightM: 2.235 }, 256);
    let cellsInside = 0, inside = 0, cellsOutside = 0;
    for (let y = 0; y < 256; y++) {
      for (let x = 0; x < 256; x++) {
        const u = (x + 0.5) / 256, v = (y + 0.5) / 256;
        const i = 4 * (y * 256 + x);
        const isCell = gore.albedo[i + 2]! > gore.albedo[i]! + 40;
        if (Math.abs(u - 0.5) <= v / 2) {
          inside++;
          if (isCell) cellsInside++;
        } else if (isCell) cellsOutside++;
      }
    }
    expect(cellsInside / inside).toBeGreaterThan(0.6);
    expect(cellsOutside).toBe(0);
  });

  it('flag: red field, the large star at (5, 5) and a small one at (10, 2) of the 30 × 20 grid in yellow', () => {
    const { widthPx, rgba } = flagPixels(300);
    const unit = widthPx / 30;
    const colourAt = (gx: number, gy: number) => {
      const i = 4 * (Math.floor(gy * unit) * widthPx + Math.floor(gx * unit));
      return [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
    };
    expect(colourAt(5, 5)).toEqual([255, 222, 0]);
    expect(colourAt(10, 2)).toEqual([255, 222, 0]);
    expect(colourAt(20, 15)).toEqual([222, 41, 16]);
    // Between the large star's points: red (a filled circle would be yellow here).
    expect(colourAt(5 + 2.6 * Math.cos(-Math.PI / 2 + Math.PI / 5), 5 + 2.6 * Math.sin(-Math.PI / 2 + Math.PI / 5))).toEqual([222, 41, 16]);
  });
});
