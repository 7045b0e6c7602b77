/**
 * Lines with a width in screen pixels (three's LineSegments2: two triangles per segment), because WebGL draws
 * native lines 1 device pixel wide whatever is asked: thin on a high-density screen and a hairline in a 4K export.
 * The width is in CSS pixels on screen; exports multiply it by their pixel scale (render-at-size.ts).
 */
import {
  AdditiveBlending, Color, InstancedInterleavedBuffer, InterleavedBufferAttribute, NormalBlending, NotEqualStencilFunc,
  ReplaceStencilOp,
} from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';

export interface FatLineStyle {
  widthPx: number;
  color?: string;
  opacity?: number;
  vertexColors?: boolean;
  /** Colours add to what is behind: a trail fades by darkening its colour, with no sorting. */
  additive?: boolean;
}

let lastStencilRef = 0;

/**
 * Neighbouring segments overlap at their round joints; a translucent line would blend twice there and look
 * beaded. Each translucent line marks the stencil buffer with its own value and never draws where it already has.
 */
function stencilOncePerLine() {
  lastStencilRef = (lastStencilRef % 255) + 1;
  return { stencilWrite: true, stencilRef: lastStencilRef, stencilFunc: NotEqualStencilFunc, stencilZPass: ReplaceStencilOp };
}

export function fatLineMaterial(style: FatLineStyle): LineMaterial {
  const translucent = style.additive === true || (style.opacity ?? 1) < 1;
  return new LineMaterial({
    ...(translucent ? stencilOncePerLine() : {}),
    linewidth: style.widthPx,
    worldUnits: false,
    color: new Color(style.color ?? '#ffffff').getHex(),
    opacity: style.opacity ?? 1,
    vertexColors: style.vertexColors === true,
    transparent: translucent,
    depthWrite: !translucent,
    blending: style.additive ? AdditiveBlending : NormalBlending,
  });
}

/**
 * A polyline of up to maxPoints points stored as segments (each inner point twice, as LineSegments2 wants),
 * in buffers allocated once and rewritten in place.
 */
export class PolylineSegments {
  readonly geometry = new LineSegmentsGeometry();
  private readonly positions: InstancedInterleavedBuffer;
  private colors: InstancedInterleavedBuffer | null = null;
  private readonly segmentCount: number;

  constructor(readonly maxPoints: number) {
    this.segmentCount = Math.max(1, maxPoints - 1);
    this.positions = new InstancedInterleavedBuffer(new Float32Array(6 * this.segmentCount), 6, 1);
    this.geometry.setAttribute('instanceStart', new InterleavedBufferAttribute(this.positions, 3, 0));
    this.geometry.setAttribute('instanceEnd', new InterleavedBufferAttribute(this.positions, 3, 3));
    this.geometry.instanceCount = maxPoints > 1 ? this.segmentCount : 0;
  }

  /** Copies `count` xyz points into the segment buffer. */
  writePoints(points: Float32Array, count: number): void {
    writeSegments(points, Math.min(count, this.maxPoints), this.positions.array as Float32Array);
    this.positions.needsUpdate = true;
  }

  /** Copies `count` rgb colours, one per point. */
  writeColors(rgb: Float32Array, count: number): void {
    if (!this.colors) {
      this.colors = new InstancedInterleavedBuffer(new Float32Array(6 * this.segmentCount), 6, 1);
      this.geometry.setAttribute('instanceColorStart', new InterleavedBufferAttribute(this.colors, 3, 0));
      this.geometry.setAttribute('instanceColorEnd', new InterleavedBufferAttribute(this.colors, 3, 3));
    }
    writeSegments(rgb, Math.min(count, this.maxPoints), this.colors.array as Float32Array);
    this.colors.needsUpdate = true;
  }

  /** Draws the polyline through its first `points` points only. */
  drawPoints(points: number): void {
    this.geometry.instanceCount = Math.max(0, Math.min(this.segmentCount, points - 1));
  }

  dispose(): void {
    this.geometry.dispose();
  }
}

/** xyz per point → (start xyz, end xyz) per segment. */
export function writeSegments(points: ArrayLike<number>, count: number, out: Float32Array): void {
  for (let i = 0; i + 1 < count; i++) {
    const s = 3 * i, d = 6 * i;
    out[d] = points[s] as number; out[d + 1] = points[s + 1] as number; out[d + 2] = points[s + 2] as number;
    out[d + 3] = points[s + 3] as number; out[d + 4] = points[s + 4] as number; out[d + 5] = points[s + 5] as number;
  }
}

export function fatLine(geometry: LineSegmentsGeometry, material: LineMaterial): LineSegments2 {
  const object = new LineSegments2(geometry, material);
  object.frustumCulled = false;
  object.raycast = () => {};
  return object;
}
