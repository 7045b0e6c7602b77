import { describe, expect, it } from 'vitest';
import { MeshLambertMaterial, ShaderLib, Texture, type WebGLProgramParametersWithUniforms, type WebGLRenderer } from 'three';
import { NIGHT_LIGHTS_HOOK, withNightLights } from '../../src/scene/night-lights.ts';

describe('night lights shader tweak', () => {
  it('finds its hook in the Lambert shader after the normal is known, and adds the night term and uniforms', () => {
    const source = ShaderLib.lambert.fragmentShader;
    expect(source.indexOf(NIGHT_LIGHTS_HOOK)).toBeGreaterThan(source.indexOf('#include <normal_fragment_begin>'));
    const material = new MeshLambertMaterial();
    const uniforms = withNightLights(material, new Texture());
    const shader = { fragmentShader: source, vertexShader: ShaderLib.lambert.vertexShader, uniforms: {} } as WebGLProgramParametersWithUniforms;
    material.onBeforeCompile(shader, {} as WebGLRenderer);
    expect(shader.fragmentShader).toContain('texture2D(nightMap, vMapUv)');
    expect(shader.uniforms.nightMap).toBe(uniforms.nightMap);
    expect(shader.uniforms.sunDirView).toBe(uniforms.sunDirView);
  });
});
