/**
 * Parts merged into one draw must still be the same parts: the toy probe's merged geometry against its separate
 * parts, and the trail shader's points-from-a-uniform patch against three's own line shader.
 */
import { describe, expect, it } from 'vitest';
import { Color, MeshLambertMaterial, ShaderLib, type WebGLProgramParametersWithUniforms, type WebGLRenderer } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { PolylineSegments, uniformPointsMaterial } from '../../src/scene/fat-line.ts';
import { FINISHES, mergedProbeGeometry, probePartGeometries, PROBE_LAYOUT } from '../../src/scene/probe-layout.ts';
import { vertexEmissiveLambert } from '../../src/scene/vertex-emissive-material.ts';

const patched = (material: MeshLambertMaterial | LineMaterial, vertexShader: string, fragmentShader: string) => {
  const shader = { vertexShader, fragmentShader, uniforms: {} } as unknown as WebGLProgramParametersWithUniforms;
  material.onBeforeCompile(shader, {} as WebGLRenderer);
  return shader;
};

describe('the probe as one draw', () => {
  const parts = probePartGeometries();
  const merged = mergedProbeGeometry(parts);

  it('holds every placed part, with the capsule last so a draw range can drop it', () => {
    const indices = PROBE_LAYOUT.map(({ part }) => parts[part].getIndex()!.count);
    expect(merged.geometry.getIndex()!.count).toBe(indices.reduce((a, b) => a + b, 0));
    expect(merged.indicesWithoutCapsule).toBe(merged.geometry.getIndex()!.count - parts.capsule.getIndex()!.count);
    expect(PROBE_LAYOUT.at(-1)!.part).toBe('capsule');
  });

  it('gives each part the colours its own Lambert material had (linear, emissive times intensity)', () => {
    const color = merged.geometry.getAttribute('color');
    const emissive = merged.geometry.getAttribute('emissiveColor');
    let vertex = 0;
    for (const { part, finish, position } of PROBE_LAYOUT) {
      const material = new MeshLambertMaterial(FINISHES[finish]);
      const expectedEmissive = material.emissive.clone().multiplyScalar(material.emissiveIntensity);
      expect(new Color().fromBufferAttribute(color, vertex).getHex()).toBe(material.color.getHex());
      expect(new Color().fromBufferAttribute(emissive, vertex).r).toBeCloseTo(expectedEmissive.r, 6);
      // The part sits where the layout puts it: its vertices are the part's own, shifted by the layout position.
      const source = parts[part].getAttribute('position');
      const placed = merged.geometry.getAttribute('position');
      expect(placed.getX(vertex) - source.getX(0)).toBeCloseTo(position[0], 5);
      expect(placed.getY(vertex) - source.getY(0)).toBeCloseTo(position[1], 5);
      vertex += source.count;
    }
    expect(vertex).toBe(merged.geometry.getAttribute('position').count);
  });

  it('takes its emitted light from the vertices in three\'s Lambert shader', () => {
    const shader = patched(vertexEmissiveLambert(), ShaderLib.lambert.vertexShader, ShaderLib.lambert.fragmentShader);
    expect(shader.fragmentShader).toContain('vec3 totalEmissiveRadiance = vEmissive;');
    expect(shader.vertexShader).toContain('vEmissive = emissiveColor;');
  });
});

describe('trail points in a uniform array', () => {
  it('replaces both segment-end attributes of three\'s line shader and numbers each corner by its segment', () => {
    const { material, points } = uniformPointsMaterial({ widthPx: 2 }, 96);
    const shader = patched(material, material.vertexShader, material.fragmentShader);
    expect(shader.vertexShader).not.toMatch(/attribute vec3 instance(Start|End);/);
    expect(shader.vertexShader).toContain('uniform vec3 linePoints[96];');
    expect(material.uniforms.linePoints!.value).toBe(points);
    expect(points).toHaveLength(3 * 96);

    const segments = new PolylineSegments(96, 'uniform');
    const segmentIndex = segments.geometry.getAttribute('segmentIndex');
    expect(segmentIndex.count).toBe(8 * 95);
    expect([segmentIndex.getX(0), segmentIndex.getX(7), segmentIndex.getX(8), segmentIndex.getX(8 * 95 - 1)]).toEqual([0, 0, 1, 94]);
    expect(segments.geometry.getAttribute('instanceStart')).toBeUndefined();
    expect(() => segments.writePoints(points, 96)).toThrow(/uniform/);
  });
});
