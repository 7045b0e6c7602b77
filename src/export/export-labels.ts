/**
 * The body names for an exported image. On screen they are HTML over the canvas, so the export draws them itself:
 * the labels shown on screen right now, placed beside their bodies with the export camera and grown by the same
 * pixel scale as the picture, in the labels' own font and colour, and in the language asked for (a Chinese
 * caption gets Chinese names even when the page is in English).
 */
import { Vector3, type Camera } from 'three';
import { BODY_LOOK_BY_ID, bodyName, type BodyId } from '../scene/body-catalog.ts';
import type { Language } from '../state/view-store.ts';
import { setRelative, type SceneRuntime } from '../scene/scene-runtime.ts';

/** As in LabelPlacer (src/scene/Labels.tsx): gap beside the drawn disc, and the disc radius cap, screen pixels. */
const GAP_PX = 5;
const MAX_RADIUS_PX = 200;

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

/** Labels currently visible on screen, projected for the export camera (call while it is set up for the export). */
export function placeLabels(
  runtime: SceneRuntime, camera: Camera, width: number, height: number, scale: number, language: Language,
): PlacedLabel[] {
  if (!runtime.viewStore.getState().labelsVisible) return [];
  const placed: PlacedLabel[] = [];
  const v = new Vector3();
  for (const [id, element] of Object.entries(runtime.labelElements) as [BodyId, HTMLElement | undefined][]) {
    if (!element || element.style.visibility !== 'visible' || !runtime.drawn[id]) continue;
    const size = runtime.labelSizes[id];
    if (!size) continue;
    setRelative(v, runtime.bodies.posKm[id], runtime.originKm);
    v.project(camera);
    if (v.z > 1) continue;
    const radiusPx = Math.min(runtime.drawnRadiusPx[id], MAX_RADIUS_PX);
    const bodyX = (v.x * 0.5 + 0.5) * width, offset = (radiusPx * 0.75 + GAP_PX) * scale;
    // Beside the body on the side the screen's declutter chose (left when the right was taken).
    const align = element.dataset.side === 'left' ? 'right' : 'left';
    const x = align === 'right' ? bodyX - offset : bodyX + offset;
    const top = (-v.y * 0.5 + 0.5) * height - (radiusPx * 0.75 + size[1] * 0.6) * scale;
    const centreY = top + (size[1] * scale) / 2;
    if ((align === 'left' ? x > width : x < 0) || centreY < 0 || centreY > height) continue;
    const style = getComputedStyle(element);
    const fontPx = parseFloat(style.fontSize) * scale;
    placed.push({
      text: bodyName(BODY_LOOK_BY_ID[id], language),
      x,
      align,
      centreY,
      font: `${style.fontWeight} ${fontPx.toFixed(2)}px ${style.fontFamily}`,
      color: style.color,
      shadowBlur: 4 * scale,
    });
  }
  return placed;
}

/** Makes sure the label font has the glyphs of the names in `language` before they are drawn on a canvas. */
export async function loadLabelFonts(runtime: SceneRuntime, language: Language): Promise<void> {
  const sample = Object.values(runtime.labelElements).find((element) => element !== undefined);
  if (!sample || typeof document === 'undefined' || !document.fonts) return;
  const style = getComputedStyle(sample);
  const names = Object.values(BODY_LOOK_BY_ID).map((look) => bodyName(look, language)).join(' ');
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
