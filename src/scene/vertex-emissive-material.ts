/**
 * A Lambert material whose diffuse and emitted colours come from each vertex (`color` and `emissiveColor`), so
 * parts that had their own materials can share one geometry and one draw. Colours are linear, as three's
 * materials hold them after parsing.
 */
import { MeshLambertMaterial } from 'three';

const EMISSIVE_LINE = 'vec3 totalEmissiveRadiance = emissive;';

export function vertexEmissiveLambert(): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ vertexColors: true });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = 'attribute vec3 emissiveColor;\nvarying vec3 vEmissive;\n'
      + shader.vertexShader.replace('#include <color_vertex>', '#include <color_vertex>\nvEmissive = emissiveColor;');
    if (!shader.fragmentShader.includes(EMISSIVE_LINE)) throw new Error('three\'s Lambert shader changed: no emissive line to replace');
    shader.fragmentShader = 'varying vec3 vEmissive;\n'
      + shader.fragmentShader.replace(EMISSIVE_LINE, 'vec3 totalEmissiveRadiance = vEmissive;');
  };
  material.customProgramCacheKey = () => 'vertex-emissive';
  return material;
}
