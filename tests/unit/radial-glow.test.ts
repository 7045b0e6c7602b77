/** The Sun's glow and the Earth's glint are one shader with different colour stops, so they share one program. */
import { describe, expect, it } from 'vitest';
import { type ShaderMaterial, type Vector4 } from 'three';
import { radialGlowBillboard, type GlowStop } from '../../src/scene/radial-glow-billboard.ts';

const FOUR: GlowStop[] = [[0, [225, 240, 255], 1], [0.16, [120, 180, 255], 1], [0.4, [50, 110, 235], 0.45], [1, [30, 70, 200], 0]];
const FIVE: GlowStop[] = [[0, [255, 250, 230], 1], [0.08, [255, 236, 180], 0.85], [0.22, [255, 190, 100], 0.32], [0.5, [255, 150, 60], 0.08], [1, [255, 120, 40], 0]];
const material = (stops: GlowStop[]) => radialGlowBillboard(stops).material as ShaderMaterial;

describe('radial glows', () => {
  it('of four and of five stops compile to the same program', () => {
    const [a, b] = [material(FOUR), material(FIVE)];
    expect(a.vertexShader).toBe(b.vertexShader);
    expect(a.fragmentShader).toBe(b.fragmentShader);
    expect(a.defines).toEqual(b.defines);
    expect(a.customProgramCacheKey()).toBe(b.customProgramCacheKey());
  });

  it('repeat a shorter list\'s last stop, so the glow ends in that colour', () => {
    const { stopColors, stopOffsets } = material(FOUR).uniforms as { stopColors: { value: Vector4[] }; stopOffsets: { value: number[] } };
    expect(stopOffsets.value).toEqual([0, 0.16, 0.4, 1, 1]);
    expect(stopColors.value[4]!.toArray()).toEqual([30 / 255, 70 / 255, 200 / 255, 0]);
    expect(stopColors.value[0]!.toArray()).toEqual([225 / 255, 240 / 255, 1, 1]);
  });

  it('refuse more stops than the shader holds, saying how many it takes', () => {
    expect(() => material([...FIVE, [1, [0, 0, 0], 0]])).toThrow('a glow takes 1 to 5 colour stops, not 6');
  });
});
