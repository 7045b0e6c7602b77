/**
 * The labels phase: where each body's name goes for a frame, as data (the screen writes it into the name elements,
 * an export draws it into its picture). Beside the drawn body, decluttered by priority (the probe and the Sun win),
 * clear of the obstacles given (the HUD's panels on screen; none in an export), in the target's own pixels.
 */
import { BODIES_BY_LABEL_PRIORITY, BODY_BY_ID, bodyName, isBodyId, type BodyId, type BodyKind } from '../core/bodies.ts';
import type { AnyBodyId } from '../core/body-registry.ts';
import type { Language } from '../core/language.ts';
import { Vector3 } from 'three';
import { MAX_PLACED_IMPORTS } from './body-positions.ts';
import type { FrameContext } from './frame-context.ts';
import { declutterLabels, endsAtBody, type LabelDots, type LabelObstacles, type VerticalPlaces } from './label-declutter.ts';
import type { PlacedLabel } from './scene-port.ts';
import { setRelative } from './scene-runtime.ts';

export const LABEL_ORDER: readonly BodyId[] = BODIES_BY_LABEL_PRIORITY.map((b) => b.id);
/**
 * Name slots: the catalogue's in LABEL_ORDER, then the imported tracks' (frame.bodies.importedIds, in the order the
 * files were added): after every catalogue name in the declutter, so a user's track never hides the mission's.
 */
export const LABEL_SLOTS = LABEL_ORDER.length + MAX_PLACED_IMPORTS;
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
  /** The body named in each slot (LABEL_ORDER, then the frame's imported tracks; null for an unused slot). */
  ids: (AnyBodyId | null)[];
  /** Per LABEL_ORDER index: shown, and the box's left (a name on the right of its body) or right edge, top, in target px. */
  shown: Uint8Array;
  onLeft: Uint8Array;
  /** Per LABEL_ORDER index: where the name went (LABEL_SIDE: right, left, above, below, a corner). */
  side: Uint8Array;
  boxes: Float32Array;
}

export function createLabelLayout(): LabelLayout {
  const n = LABEL_SLOTS;
  const ids: (AnyBodyId | null)[] = [...LABEL_ORDER, ...new Array<null>(MAX_PLACED_IMPORTS).fill(null)];
  return { ids, shown: new Uint8Array(n), onLeft: new Uint8Array(n), side: new Uint8Array(n), boxes: new Float32Array(4 * n) };
}

const v = new Vector3();
/** Discs that hide the names of what lies behind them: the focused body's and the largest in view. */
const occluders = [0, 1].map(() => ({ id: null as BodyId | null, distance: 0, cosRadius: 1, direction: new Vector3() }));
const toBody = new Vector3();
/** Bodies drawn as spheres: their whole disc hides what is behind. */
const ROUND: ReadonlySet<BodyKind> = new Set(['star', 'planet', 'moon']);
let occluderCount = 0;
/** A disc this large (radius, px) hides what is behind it even when it is not the focus. */
const LARGE_DISC_PX = 40;
const SEE_THROUGH: ReadonlySet<BodyKind> = new Set(['spacecraft', 'capsule']);
/** Share of a rock's drawn (bounding) radius that surely covers what lies behind it: rocks are not round. */
const OCCLUDING_SHARE = 0.8;
const leftX = new Float32Array(LABEL_SLOTS);
/** Each wanted name's body on screen, px (x, y): for the moon-beside-its-planet test. */
const bodyXY = new Float32Array(2 * LABEL_SLOTS);
const PARENT_INDEX = LABEL_ORDER.map((id) => {
  const parent = BODY_BY_ID[id].parentId;
  return parent === undefined ? -1 : LABEL_ORDER.indexOf(parent);
});
const wanted = new Uint8Array(LABEL_SLOTS);
/** Each wanted name's body as a dot (x, y, drawn radius px) that no other name may cover. */
const bodyDots: LabelDots = { xyr: new Float32Array(3 * LABEL_SLOTS), drawn: wanted };
const vertical: VerticalPlaces = {
  centredX: new Float32Array(LABEL_SLOTS), aboveY: new Float32Array(LABEL_SLOTS), belowY: new Float32Array(LABEL_SLOTS),
};

/**
 * Places the names whose sizes (screen px) are known, for the frame's camera and target size. `sizes` grow by the
 * frame's pixel scale, as the picture does. Imported tracks are named from their slot on (LABEL_ORDER.length + k).
 */
export function placeLabels(
  frame: FrameContext, sizes: Partial<Record<AnyBodyId, readonly [number, number]>>, obstacles: LabelObstacles | undefined, out: LabelLayout,
): LabelLayout {
  const scale = frame.pixelScale, width = frame.widthPx, height = frame.heightPx;
  // A body behind the focused body's disc is hidden by it (311P behind Kamoʻoalewa seen from metres away): no name.
  // Not behind a spacecraft: its drawn radius is the wings' reach, mostly empty sky. Nor behind the largest disc in
  // view (the Earth's limb under the capsule at entry, with Mercury and the Sun beyond it).
  const focus = frame.focusId !== null && frame.drawn[frame.focusId] && !SEE_THROUGH.has(BODY_BY_ID[frame.focusId].kind) ? frame.focusId : null;
  let largest: BodyId | null = null;
  for (const id of LABEL_ORDER) {
    if (frame.drawn[id] && !SEE_THROUGH.has(BODY_BY_ID[id].kind) && frame.drawnRadiusPx[id] > LARGE_DISC_PX
      && (largest === null || frame.drawnRadiusPx[id] > frame.drawnRadiusPx[largest])) largest = id;
  }
  occluderCount = 0;
  for (let k = 0; k < 2; k++) {
    // No array per frame: the focus, then the largest disc if it is another body.
    const id = k === 0 ? focus : largest === focus ? null : largest;
    if (id === null) continue;
    const o = occluders[occluderCount++]!;
    setRelative(o.direction, frame.bodies.posKm[id], frame.originKm);
    o.direction.sub(frame.view.position);
    o.id = id;
    o.distance = o.direction.length();
    o.direction.divideScalar(o.distance || 1);
    // The disc's angular radius from its drawn size (radius / distance is drawn px × km per px per km): exact for a
    // sphere however near, where a disc measured about its projected centre is not (the Earth's limb at entry).
    const share = ROUND.has(BODY_BY_ID[id].kind) ? 1 : OCCLUDING_SHARE;
    o.cosRadius = Math.cos(Math.asin(Math.min(1, share * frame.drawnRadiusPx[id] * frame.kmPerPixelPerKm)));
  }
  /** Whether the body at scene position `v` lies behind one of the occluding discs. */
  const hidden = (id: AnyBodyId | null) => {
    if (occluderCount === 0) return false;
    toBody.subVectors(v, frame.view.position);
    const distance = toBody.length();
    toBody.divideScalar(distance || 1);
    for (let k = 0; k < occluderCount; k++) {
      const o = occluders[k]!;
      if (o.id !== id && distance > o.distance && toBody.dot(o.direction) > o.cosRadius) return true;
    }
    return false;
  };
  /** Slot i's name beside the body at `posKm` drawn `drawnRadiusPx` across, if it is in view and not hidden. */
  const want = (i: number, posKm: Float64Array, drawnRadiusPx: number, size: readonly [number, number], id: AnyBodyId | null) => {
    setRelative(v, posKm, frame.originKm);
    if (hidden(id)) return;
    v.project(frame.view);
    if (v.z > 1 || v.x < -1 || v.x > 1 || v.y < -1 || v.y > 1) return;
    const radiusPx = Math.min(drawnRadiusPx, MAX_RADIUS_PX);
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
  };
  const { boxes } = out;
  for (let i = 0; i < LABEL_ORDER.length; i++) {
    const id = LABEL_ORDER[i]!;
    const size = sizes[id];
    wanted[i] = 0;
    // On the probe's arm camera the probe fills the foreground: its name would sit on the photo.
    if (!size || !frame.drawn[id] || (frame.probeEye && id === 'probe')) continue;
    want(i, frame.bodies.posKm[id], frame.drawnRadiusPx[id], size, id);
  }
  const imported = frame.bodies.importedIds;
  for (let k = 0; k < MAX_PLACED_IMPORTS; k++) {
    const i = LABEL_ORDER.length + k;
    const id = k < imported.length ? imported[k]! : null;
    out.ids[i] = id;
    wanted[i] = 0;
    const size = id === null ? undefined : sizes[id];
    if (!size || !frame.bodies.importedValid[k] || !(frame.importedDrawnRadiusPx[k]! > 0)) continue;
    want(i, frame.bodies.importedPosKm[k]!, frame.importedDrawnRadiusPx[k]!, size, null);
  }
  for (let i = 0; i < LABEL_ORDER.length; i++) {
    const p = PARENT_INDEX[i]!;
    if (!wanted[i] || p < 0 || !wanted[p]) continue;
    const apartPx = Math.hypot(bodyXY[2 * i]! - bodyXY[2 * p]!, bodyXY[2 * i + 1]! - bodyXY[2 * p + 1]!);
    if (apartPx < MERGED_WITH_PARENT_PX * scale) wanted[i] = 0;
  }
  declutterLabels(boxes, wanted, LABEL_SLOTS, out.shown, PAD_PX * scale, obstacles, leftX, width, vertical, out.side, bodyDots);
  for (let i = 0; i < LABEL_SLOTS; i++) out.onLeft[i] = out.shown[i] && endsAtBody(out.side[i]!) ? 1 : 0;
  return out;
}

/** The placed names as text to draw over an exported picture, in the name elements' own font and colour. */
export function labelsToDraw(
  frame: FrameContext, layout: LabelLayout, elements: Partial<Record<AnyBodyId, HTMLElement>>, language: Language,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (let i = 0; i < LABEL_SLOTS; i++) {
    const id = layout.ids[i];
    const element = id === null || id === undefined ? undefined : elements[id];
    if (!layout.shown[i] || !element || !id) continue;
    const style = getComputedStyle(element);
    const x = layout.boxes[4 * i]!, y = layout.boxes[4 * i + 1]!, w = layout.boxes[4 * i + 2]!, h = layout.boxes[4 * i + 3]!;
    const onLeft = layout.onLeft[i] === 1;
    placed.push({
      // An imported track's element holds its name from the file (the same in both languages).
      text: isBodyId(id) ? bodyName(id, language) : element.textContent ?? id,
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
