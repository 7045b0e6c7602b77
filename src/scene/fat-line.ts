/**
 * Lines with a width in screen pixels (three's LineMaterial: a few triangles per segment), because WebGL draws
 * native lines 1 device pixel wide whatever is asked: thin on a high-density screen and a hairline in a 4K export.
 * The width is in CSS pixels on screen; exports multiply it by their pixel scale (render-at-size.ts).
 */
import {
  AdditiveBlending, BufferAttribute, BufferGeometry, Mesh, NormalBlending, NotEqualStencilFunc, ReplaceStencilOp,
  Vector4,
} from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';

export interface FatLineStyle {
  widthPx: number;
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
    opacity: style.opacity ?? 1,
    vertexColors: style.vertexColors === true,
    // Opaque lines too: three gives an opaque material its own shader variant, and every variant costs a compile
    // at load (software WebGL) and a program switch per frame. Drawn at full opacity, the blend changes nothing.
    transparent: true,
    depthWrite: !translucent,
    blending: style.additive ? AdditiveBlending : NormalBlending,
  });
}

/** three's wide-line quad: 8 corners (a rectangle with round-cap rows at both ends), 6 triangles. */
const CORNERS = [-1, 2, 0, 1, 2, 0, -1, 1, 0, 1, 1, 0, -1, 0, 0, 1, 0, 0, -1, -1, 0, 1, -1, 0];
const CORNER_UVS = [-1, 2, 1, 2, -1, 1, 1, 1, -1, -1, 1, -1, -1, -2, 1, -2];
const CORNER_INDEX = [0, 2, 1, 2, 3, 1, 2, 4, 3, 4, 5, 3, 4, 6, 5, 6, 7, 5];
/**
 * The rectangle alone (the middle two rows): half the corners to shade. Where a smooth curve turns a few degrees per
 * joint the gap a missing round joint leaves is a hundredth of a pixel; software WebGL spends on every corner (the
 * overview's orbits and path without their caps: GPU-process time per frame 50.6 → 45.9 ms in the bench's page).
 */
const BODY_CORNERS = CORNERS.slice(6, 18);
const BODY_UVS = CORNER_UVS.slice(4, 12);
const BODY_INDEX = [0, 2, 1, 2, 3, 1];

interface SegmentShape { corners: number[]; uvs: number[]; index: number[]; vertices: number; indices: number }
const CAPPED: SegmentShape = { corners: CORNERS, uvs: CORNER_UVS, index: CORNER_INDEX, vertices: 8, indices: 18 };
const BODY_ONLY: SegmentShape = { corners: BODY_CORNERS, uvs: BODY_UVS, index: BODY_INDEX, vertices: 4, indices: 6 };

/**
 * A polyline of up to maxPoints points as wide-line segments, in buffers allocated once and rewritten in place.
 * three's LineSegments2 draws one instance per segment; software WebGL (SwiftShader) pays a draw's overhead per
 * instance, so here every segment's quad is spelled out in one plain indexed geometry for LineMaterial's shader
 * (same attribute names, per vertex instead of per instance). A draw range then picks any run of segments.
 */
export class PolylineSegments {
  readonly geometry = new BufferGeometry();
  private readonly starts: BufferAttribute | null = null;
  private readonly ends: BufferAttribute | null = null;
  private colorStarts: BufferAttribute | null = null;
  private colorEnds: BufferAttribute | null = null;
  private readonly segmentCount: number;
  private readonly shape: SegmentShape;

  /**
   * pointsIn 'attributes': writePoints copies each point into its segments' corners (LineMaterial as it is).
   * 'uniform': each corner only carries its segment number and the points live in a uniform array
   * (uniformPointsMaterial), for short lines rewritten every frame.
   */
  constructor(readonly maxPoints: number, pointsIn: 'attributes' | 'uniform' = 'attributes', { caps = true }: { caps?: boolean } = {}) {
    const shape = this.shape = caps ? CAPPED : BODY_ONLY;
    const segments = this.segmentCount = Math.max(1, maxPoints - 1);
    const corners = new Float32Array(3 * shape.vertices * segments);
    const uvs = new Float32Array(2 * shape.vertices * segments);
    const index = new Uint32Array(shape.indices * segments);
    for (let s = 0; s < segments; s++) {
      corners.set(shape.corners, 3 * shape.vertices * s);
      uvs.set(shape.uvs, 2 * shape.vertices * s);
      for (let k = 0; k < shape.indices; k++) index[shape.indices * s + k] = shape.vertices * s + shape.index[k]!;
    }
    this.geometry.setIndex(new BufferAttribute(index, 1));
    this.geometry.setAttribute('position', new BufferAttribute(corners, 3));
    this.geometry.setAttribute('uv', new BufferAttribute(uvs, 2));
    if (pointsIn === 'attributes') {
      this.starts = this.perVertex('instanceStart');
      this.ends = this.perVertex('instanceEnd');
    } else {
      const segmentOf = Float32Array.from({ length: shape.vertices * segments }, (_, v) => Math.floor(v / shape.vertices));
      this.geometry.setAttribute(SEGMENT_ATTRIBUTE, new BufferAttribute(segmentOf, 1));
    }
    this.drawPoints(maxPoints);
  }

  /** Copies `count` xyz points into the segments. */
  writePoints(points: Float32Array, count: number): void {
    if (!this.starts || !this.ends) throw new Error('these segments take their points from a uniform array');
    writeSegmentEnds(points, Math.min(count, this.maxPoints), this.starts, this.ends, this.shape.vertices);
  }

  /** Copies `count` rgb colours, one per point. */
  writeColors(rgb: Float32Array, count: number): void {
    this.colorStarts ??= this.perVertex('instanceColorStart');
    this.colorEnds ??= this.perVertex('instanceColorEnd');
    writeSegmentEnds(rgb, Math.min(count, this.maxPoints), this.colorStarts, this.colorEnds, this.shape.vertices);
  }

  /** Draws the polyline through its first `points` points only. */
  drawPoints(points: number): void {
    this.drawBetween(0, points - 1);
  }

  /** Draws the polyline from point `first` to point `last` (inclusive, clamped). */
  drawBetween(first: number, last: number, geometry: BufferGeometry = this.geometry): void {
    const from = Math.max(0, Math.min(this.segmentCount, first));
    const to = Math.max(from, Math.min(this.segmentCount, last));
    geometry.setDrawRange(this.shape.indices * from, this.shape.indices * (to - from));
  }

  /** Leaves segment s (from point s to s + 1) out of every draw: its triangles collapse to one corner. */
  hideSegment(s: number): void {
    const index = this.geometry.getIndex()!;
    const indices = index.array as Uint32Array;
    indices.fill(this.shape.vertices * s, this.shape.indices * s, this.shape.indices * (s + 1));
    index.needsUpdate = true;
  }

  /** A second geometry over the same buffers (after writeColors, if any), drawn with its own range. */
  share(): BufferGeometry {
    const view = new BufferGeometry();
    view.setIndex(this.geometry.getIndex());
    for (const [name, attribute] of Object.entries(this.geometry.attributes)) view.setAttribute(name, attribute);
    return view;
  }

  dispose(): void {
    this.geometry.dispose();
  }

  private perVertex(name: string): BufferAttribute {
    const attribute = new BufferAttribute(new Float32Array(3 * this.shape.vertices * this.segmentCount), 3);
    this.geometry.setAttribute(name, attribute);
    return attribute;
  }
}

/** Point i → the start corners of segment i and the end corners of segment i − 1. */
function writeSegmentEnds(points: ArrayLike<number>, count: number, starts: BufferAttribute, ends: BufferAttribute, vertices: number): void {
  const s = starts.array as Float32Array, e = ends.array as Float32Array;
  for (let i = 0; i + 1 < count; i++) {
    const a = 3 * i, b = a + 3, base = 3 * vertices * i;
    for (let v = 0; v < vertices; v++) {
      const o = base + 3 * v;
      s[o] = points[a] as number; s[o + 1] = points[a + 1] as number; s[o + 2] = points[a + 2] as number;
      e[o] = points[b] as number; e[o + 1] = points[b + 1] as number; e[o + 2] = points[b + 2] as number;
    }
  }
  starts.needsUpdate = true;
  ends.needsUpdate = true;
}

const viewport = new Vector4();

export type FatLine = Mesh<BufferGeometry, LineMaterial>;

/** A mesh that draws a PolylineSegments geometry with a LineMaterial, its resolution kept to the viewport. */
export function fatLine(geometry: BufferGeometry, material: LineMaterial): FatLine {
  const object = new Mesh(geometry, material);
  object.frustumCulled = false;
  object.raycast = () => {};
  object.onBeforeRender = (renderer) => {
    renderer.getViewport(viewport);
    material.resolution.set(viewport.z, viewport.w);
  };
  return object;
}

const SEGMENT_ATTRIBUTE = 'segmentIndex';
const POINT_ATTRIBUTES = /attribute vec3 instanceStart;\s*attribute vec3 instanceEnd;/;

/**
 * A LineMaterial for PolylineSegments built with pointsIn 'uniform': the shader reads segment i's ends from
 * `points` i and i + 1, so a frame sends 3 floats per point instead of 48 (8 corners × 2 ends × xyz).
 * Write the xyz points into the returned array: three sends a material's uniforms at its first draw in each render.
 */
export function uniformPointsMaterial(style: FatLineStyle, maxPoints: number): { material: LineMaterial; points: Float32Array } {
  const material = fatLineMaterial(style);
  const points = new Float32Array(3 * maxPoints);
  material.uniforms.linePoints = { value: points };
  material.onBeforeCompile = (shader) => {
    if (!POINT_ATTRIBUTES.test(shader.vertexShader)) throw new Error('three\'s line shader changed: no segment end attributes to replace');
    shader.vertexShader = shader.vertexShader.replace(POINT_ATTRIBUTES, `uniform vec3 linePoints[${maxPoints}];
      attribute float ${SEGMENT_ATTRIBUTE};
      #define instanceStart linePoints[int(${SEGMENT_ATTRIBUTE})]
      #define instanceEnd linePoints[int(${SEGMENT_ATTRIBUTE}) + 1]`);
  };
  material.customProgramCacheKey = () => `uniform-points-${maxPoints}`;
  return { material, points };
}
