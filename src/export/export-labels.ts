/**
 * The body names for an exported image. On screen they are HTML over the canvas, so the export draws them itself:
 * beside their bodies as projected by the export camera, grown by the same pixel scale as the picture, in the
 * labels' own font and colour, and in the language asked for (a Chinese caption gets Chinese names even when the
 * page is in English). The export has no panels: names hidden on screen under one are shown, and the names are
 * decluttered again in the export's own pixels, in the screen's priority order.
 */
import { Vector3, type Camera } from 'three';
import { BODY_BY_ID, BODIES_BY_LABEL_PRIORITY, bodyName } from '../core/bodies.ts';
import { declutterLabels } from '../scene/label-declutter.ts';
import type { Language } from '../state/view-store.ts';
import { setRelative, type SceneRuntime } from '../scene/scene-runtime.ts';

/** As in LabelPlacer (src/scene/Labels.tsx): gap beside the drawn disc, disc radius cap and gap between names, screen pixels. */
const GAP_PX = 5;
const MAX_RADIUS_PX = 200;
const PAD_PX = 3;

export interface PlacedLabel {
  text: string;
  /** The text's left edge (a name right of its body) or right edge (left of it), and its vertical centre, export pixels. */
  x: number;
  align: 'left' | 'right';
  centreY: number;
  font: string;
  color: string;
  /** Shadow blur, export pixels. */
  shadowBlur: number;
}

/** Names of the bodies drawn, placed for the export camera (call while it is set up for the export). */
export function placeLabels(
  runtime: SceneRuntime, camera: Camera, width: number, height: number, scale: number, language: Language,
): PlacedLabel[] {
  if (!runtime.viewStore.getState().labelsVisible) return [];
  const count = BODIES_BY_LABEL_PRIORITY.length;
  const boxes = new Float32Array(4 * count), leftX = new Float32Array(count);
  const wanted = new Uint8Array(count), shown = new Uint8Array(count);
  const v = new Vector3();
  BODIES_BY_LABEL_PRIORITY.forEach(({ id }, i) => {
    const size = runtime.labelSizes[id];
    // On the probe's arm camera the probe fills the foreground: its name would sit on the photo.
    if (!runtime.labelElements[id] || !size || !runtime.drawn[id] || (runtime.probeEye && id === 'probe')) return;
    setRelative(v, runtime.bodies.posKm[id], runtime.originKm);
    v.project(camera);
    if (v.z > 1) return;
    const radiusPx = Math.min(runtime.drawnRadiusPx[id], MAX_RADIUS_PX);
    const bodyX = (v.x * 0.5 + 0.5) * width, offset = (radiusPx * 0.75 + GAP_PX) * scale;
    const boxWidth = size[0] * scale, boxHeight = size[1] * scale;
    const top = (-v.y * 0.5 + 0.5) * height - (radiusPx * 0.75 + size[1] * 0.6) * scale;
    if (bodyX < 0 || bodyX > width || top + boxHeight / 2 < 0 || top + boxHeight / 2 > height) return;
    leftX[i] = bodyX - offset - boxWidth;
    boxes.set([bodyX + offset, top, boxWidth, boxHeight], 4 * i);
    wanted[i] = 1;
  });
  declutterLabels(boxes, wanted, count, shown, PAD_PX * scale, undefined, leftX, width);
  const placed: PlacedLabel[] = [];
  BODIES_BY_LABEL_PRIORITY.forEach((look, i) => {
    const element = runtime.labelElements[look.id];
    if (!shown[i] || !element) return;
    const onLeft = boxes[4 * i] === leftX[i];
    const style = getComputedStyle(element);
    placed.push({
      text: bodyName(look.id, language),
      x: onLeft ? boxes[4 * i]! + boxes[4 * i + 2]! : boxes[4 * i]!,
      align: onLeft ? 'right' : 'left',
      centreY: boxes[4 * i + 1]! + boxes[4 * i + 3]! / 2,
      font: `${style.fontWeight} ${(parseFloat(style.fontSize) * scale).toFixed(2)}px ${style.fontFamily}`,
      color: style.color,
      shadowBlur: 4 * scale,
    });
  });
  return placed;
}

/** Makes sure the label font has the glyphs of the names in `language` before they are drawn on a canvas. */
export async function loadLabelFonts(runtime: SceneRuntime, language: Language): Promise<void> {
  const sample = Object.values(runtime.labelElements).find((element) => element !== undefined);
  if (!sample || typeof document === 'undefined' || !document.fonts) return;
  const style = getComputedStyle(sample);
  const names = Object.values(BODY_BY_ID).map((look) => bodyName(look.id, language)).join(' ');
  await document.fonts.load(`${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, names).catch(() => []);
}

export function drawLabels(context: CanvasRenderingContext2D, labels: readonly PlacedLabel[]): void {
  context.save();
  context.textBaseline = 'middle';
  context.shadowColor = '#000';
  for (const label of labels) {
    context.font = label.font;
    context.textAlign = label.align;
    context.fillStyle = label.color;
    context.shadowBlur = label.shadowBlur;
    // Twice, like the two stacked text-shadows on screen: a dark halo that reads on the Sun's glow.
    context.fillText(label.text, label.x, label.centreY);
    context.fillText(label.text, label.x, label.centreY);
  }
  context.restore();
}
