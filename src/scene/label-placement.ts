/**
 * The labels phase: where each body's name goes for a frame, as data (the screen writes it into the name elements,
 * an export draws it into its picture). Beside the drawn body, decluttered by priority (the probe and the Sun win),
 * clear of the obstacles given (the HUD's panels on screen; none in an export), in the target's own pixels.
 */
import { BODIES_BY_LABEL_PRIORITY, BODY_BY_ID, bodyName, type BodyId, type BodyKind } from '../core/bodies.ts';
import type { Language } from '../core/language.ts';
import { Vector3 } from 'three';
import type { FrameContext } from './frame-context.ts';
import { declutterLabels, endsAtBody, type LabelDots, type LabelObstacles, type VerticalPlaces } from './label-declutter.ts';
import type { PlacedLabel } from './scene-port.ts';
import { setRelative } from './scene-runtime.ts';

export const LABEL_ORDER: readonly BodyId[] = BODIES_BY_LABEL_PRIORITY.map((b) => b.id);
/** Gap beside the drawn disc, disc radius cap and gap between names, screen pixels. */
const GAP_PX = 5;
const MAX_RADIUS_PX = 200;
const PAD_PX = 3;
/** A moon drawn this close to its planet, screen px, is one dot with it: only the planet is named. */
const MERGED_WITH_PARENT_PX = 12;
/** Smallest dot a name keeps clear of, screen px (the markers of distant bodies are drawn ~3 px across). */
const MIN_DOT_PX = 2;
/** A body drawn larger than this, px, is a disc a name may lie across (a globe close up, the probe's wings). */
const MAX_DOT_PX = 8;

export interface LabelLayout {
  /** Per LABEL_ORDER index: shown, and the box's left (a name on the right of its body) or right edge, top, in target px. */
  shown: Uint8Array;
  onLeft: Uint8Array;
  /** Per LABEL_ORDER index: where the name went (LABEL_SIDE: right, left, above, below, a corner). */
  side: Uint8Array;
  boxes: Float32Array;
}

export function createLabelLayout(): LabelLayout {
  const n = LABEL_ORDER.length;
  return { shown: new Uint8Array(n), onLeft: new Uint8Array(n), side: new Uint8Array(n), boxes: new Float32Array(4 * n) };
}

const v = new Vector3();
const focusScreen = new Vector3();
const SEE_THROUGH: ReadonlySet<BodyKind> = new Set(['spacecraft', 'capsule']);
/** Share of the focused body's drawn (bounding) radius that surely covers what lies behind it: rocks are not round. */
const OCCLUDING_SHARE = 0.8;
const leftX = new Float32Array(LABEL_ORDER.length);
/** Each wanted name's body on screen, px (x, y): for the moon-beside-its-planet test. */
const bodyXY = new Float32Array(2 * LABEL_ORDER.length);
const PARENT_INDEX = LABEL_ORDER.map((id) => {
  const parent = BODY_BY_ID[id].parentId;
  return parent === undefined ? -1 : LABEL_ORDER.indexOf(parent);
});
const wanted = new Uint8Array(LABEL_ORDER.length);
/** Each wanted name's body as a dot (x, y, drawn radius px) that no other name may cover. */
const bodyDots: LabelDots = { xyr: new Float32Array(3 * LABEL_ORDER.length), drawn: wanted };
const vertical: VerticalPlaces = {
  centredX: new Float32Array(LABEL_ORDER.length), aboveY: new Float32Array(LABEL_ORDER.length), belowY: new Float32Array(LABEL_ORDER.length),
};

/**
 * Places the names whose sizes (screen px) are known, for the frame's camera and target size. `sizes` grow by the
 * frame's pixel scale, as the picture does.
 */
export function placeLabels(
  frame: FrameContext, sizes: Partial<Record<BodyId, readonly [number, number]>>, obstacles: LabelObstacles | undefined, out: LabelLayout,
): LabelLayout {
  const scale = frame.pixelScale, width = frame.widthPx, height = frame.heightPx;
  const { boxes } = out;
  // A body behind the focused body's disc is hidden by it (311P behind Kamoʻoalewa seen from metres away): no name.
  // Not behind a spacecraft: its drawn radius is the wings' reach, mostly empty sky.
  const focus = frame.focusId !== null && frame.drawn[frame.focusId] && !SEE_THROUGH.has(BODY_BY_ID[frame.focusId].kind) ? frame.focusId : null;
  let focusDistance = Infinity, occludingPx = 0;
  if (focus !== null) {
    setRelative(focusScreen, frame.bodies.posKm[focus], frame.originKm);
    focusDistance = focusScreen.distanceTo(frame.view.position);
    focusScreen.project(frame.view);
    occludingPx = OCCLUDING_SHARE * frame.drawnRadiusPx[focus];
  }
  for (let i = 0; i < LABEL_ORDER.length; i++) {
    const id = LABEL_ORDER[i]!;
    const size = sizes[id];
    wanted[i] = 0;
    // On the probe's arm camera the probe fills the foreground: its name would sit on the photo.
    if (!size || !frame.drawn[id] || (frame.probeEye && id === 'probe')) continue;
    setRelative(v, frame.bodies.posKm[id], frame.originKm);
    const behindFocus = focus !== null && id !== focus && v.distanceTo(frame.view.position) > focusDistance;
    v.project(frame.view);
    if (v.z > 1 || v.x < -1 || v.x > 1 || v.y < -1 || v.y > 1) continue;
    if (behindFocus && Math.hypot((v.x - focusScreen.x) * 0.5 * width, (v.y - focusScreen.y) * 0.5 * height) < occludingPx * scale) continue;
    const radiusPx = Math.min(frame.drawnRadiusPx[id], MAX_RADIUS_PX);
    const bodyX = (v.x * 0.5 + 0.5) * width, offset = (radiusPx * 0.75 + GAP_PX) * scale;
    const boxWidth = size[0] * scale, boxHeight = size[1] * scale;
    const top = (-v.y * 0.5 + 0.5) * height - (radiusPx * 0.75 + size[1] * 0.6) * scale;
    boxes[4 * i] = bodyX + offset; boxes[4 * i + 1] = top; boxes[4 * i + 2] = boxWidth; boxes[4 * i + 3] = boxHeight;
    leftX[i] = bodyX - offset - boxWidth;
    const bodyY = (-v.y * 0.5 + 0.5) * height;
    bodyXY[2 * i] = bodyX; bodyXY[2 * i + 1] = bodyY;
    bodyDots.xyr[3 * i] = bodyX; bodyDots.xyr[3 * i + 1] = bodyY; bodyDots.xyr[3 * i + 2] = radiusPx > MAX_DOT_PX ? -1 : Math.max(radiusPx, MIN_DOT_PX) * scale;
    vertical.centredX[i] = bodyX - boxWidth / 2;
    vertical.aboveY[i] = bodyY - offset - boxHeight;
    vertical.belowY[i] = bodyY + offset;
    wanted[i] = 1;
  }
  for (let i = 0; i < LABEL_ORDER.length; i++) {
    const p = PARENT_INDEX[i]!;
    if (!wanted[i] || p < 0 || !wanted[p]) continue;
    const apartPx = Math.hypot(bodyXY[2 * i]! - bodyXY[2 * p]!, bodyXY[2 * i + 1]! - bodyXY[2 * p + 1]!);
    if (apartPx < MERGED_WITH_PARENT_PX * scale) wanted[i] = 0;
  }
  declutterLabels(boxes, wanted, LABEL_ORDER.length, out.shown, PAD_PX * scale, obstacles, leftX, width, vertical, out.side, bodyDots);
  for (let i = 0; i < LABEL_ORDER.length; i++) out.onLeft[i] = out.shown[i] && endsAtBody(out.side[i]!) ? 1 : 0;
  return out;
}

/** The placed names as text to draw over an exported picture, in the name elements' own font and colour. */
export function labelsToDraw(
  frame: FrameContext, layout: LabelLayout, elements: Partial<Record<BodyId, HTMLElement>>, language: Language,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (let i = 0; i < LABEL_ORDER.length; i++) {
    const id = LABEL_ORDER[i]!;
    const element = elements[id];
    if (!layout.shown[i] || !element) continue;
    const style = getComputedStyle(element);
    const x = layout.boxes[4 * i]!, y = layout.boxes[4 * i + 1]!, w = layout.boxes[4 * i + 2]!, h = layout.boxes[4 * i + 3]!;
    const onLeft = layout.onLeft[i] === 1;
    placed.push({
      text: bodyName(id, language),
      x: onLeft ? x + w : x,
      align: onLeft ? 'right' : 'left',
      centreY: y + h / 2,
      font: `${style.fontWeight} ${(parseFloat(style.fontSize) * frame.pixelScale).toFixed(2)}px ${style.fontFamily}`,
      color: style.color,
      shadowBlur: 4 * frame.pixelScale,
    });
  }
  return placed;
}
