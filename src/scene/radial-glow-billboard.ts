/**
 * A soft radial glow on a camera-facing quad (as three draws sprites), its colour computed per pixel from colour
 * stops: no texture, so nothing to upload, no mipmaps to build and no texture sampler for software WebGL to compile
 * before the first frame. Additive, with the glow blending. The stops interpolate linearly in sRGB, unpremultiplied,
 * as a canvas gradient does; beyond the last stop the glow is that stop's colour.
 */
import { Mesh, PlaneGeometry, ShaderMaterial, Vector4 } from 'three';
import { withGlowBlending } from './glow-blending.ts';

/** Offset from the centre (0) to the quad's inscribed circle (1); sRGB red, green, blue 0–255; alpha 0–1. */
export type GlowStop = readonly [offset: number, rgb255: readonly [number, number, number], alpha: number];

/** Every glow has this many stops (shorter lists repeat their last), so all glows share one shader program. */
const STOP_COUNT = 5;

const vertexShader = /* glsl */ `
  varying vec2 vOffset;
  void main() {
    vOffset = 2.0 * (uv - 0.5);
    // The quad faces the camera whatever the mesh's rotation, at the mesh's scale.
    vec4 centre = modelViewMatrix * vec4(0.0, 0.0, 0.0, 1.0);
    vec2 scale = vec2(length(modelMatrix[0].xyz), length(modelMatrix[1].xyz));
    gl_Position = projectionMatrix * (centre + vec4(position.xy * scale, 0.0, 0.0));
  }`;

const fragmentShader = /* glsl */ `
  uniform vec4 stopColors[${STOP_COUNT}];
  uniform float stopOffsets[${STOP_COUNT}];
  varying vec2 vOffset;
  void main() {
    float r = length(vOffset);
    vec4 colour = stopColors[0];
    for (int i = 1; i < ${STOP_COUNT}; i++) {
      float span = max(stopOffsets[i] - stopOffsets[i - 1], 1e-6);
      colour = mix(colour, stopColors[i], clamp((r - stopOffsets[i - 1]) / span, 0.0, 1.0));
    }
    gl_FragColor = colour;
  }`;

const quad = new PlaneGeometry(1, 1);

/** A glow one unit across (scale the mesh to size it); it never takes clicks. */
export function radialGlowBillboard(stops: readonly GlowStop[]): Mesh {
  const mesh = new Mesh(quad, radialGlowMaterial(stops));
  mesh.raycast = () => {};
  return mesh;
}

function radialGlowMaterial(stops: readonly GlowStop[]): ShaderMaterial {
  if (stops.length < 1 || stops.length > STOP_COUNT) throw new Error(`a glow takes 1 to ${STOP_COUNT} colour stops, not ${stops.length}`);
  const padded = Array.from({ length: STOP_COUNT }, (_, i) => stops[Math.min(i, stops.length - 1)]!);
  return withGlowBlending(new ShaderMaterial({
    transparent: true,
    depthWrite: false,
    uniforms: {
      stopColors: { value: padded.map(([, [r, g, b], alpha]) => new Vector4(r / 255, g / 255, b / 255, alpha)) },
      stopOffsets: { value: padded.map(([offset]) => offset) },
    },
    vertexShader,
    fragmentShader,
  }));
}
