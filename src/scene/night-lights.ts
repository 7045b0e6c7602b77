/**
 * City lights on the Earth's night side: a Lambert material that adds a greyscale lights map, tinted sodium
 * orange, to its emitted light where the Sun is below the horizon (fading in through twilight). The map is
 * sampled with the surface map's coordinates, so it must share the surface map's layout.
 */
import { Texture, Vector3, type MeshLambertMaterial } from 'three';

/** The chunk the night term follows; the view-space `normal` and `vMapUv` are defined by then. */
export const NIGHT_LIGHTS_HOOK = '#include <emissivemap_fragment>';

export interface NightLights {
  nightMap: { value: Texture };
  /** Direction to the Sun in view space, unit length. */
  sunDirView: { value: Vector3 };
  nightStrength: { value: number };
}

export function withNightLights(material: MeshLambertMaterial, placeholder: Texture): NightLights {
  const uniforms: NightLights = {
    nightMap: { value: placeholder },
    sunDirView: { value: new Vector3(0, 0, 1) },
    nightStrength: { value: 0 },
  };
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.fragmentShader = 'uniform sampler2D nightMap;\nuniform vec3 sunDirView;\nuniform float nightStrength;\n'
      + shader.fragmentShader.replace(NIGHT_LIGHTS_HOOK, `${NIGHT_LIGHTS_HOOK}
        float nightSide = 1.0 - smoothstep(-0.1, 0.05, dot(normal, sunDirView));
        totalEmissiveRadiance += nightStrength * nightSide * texture2D(nightMap, vMapUv).r * vec3(1.0, 0.75, 0.45);`);
  };
  return uniforms;
}
