/**
 * The body names drawn into an exported picture. On screen they are HTML over the canvas, so the export draws them
 * itself, as the render port placed them for the export's camera and size (in the language asked for, grown by its
 * pixel scale, decluttered in its own pixels without the screen's panels).
 */
import type { PlacedLabel } from '../scene/scene-port.ts';

export type { PlacedLabel };

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
