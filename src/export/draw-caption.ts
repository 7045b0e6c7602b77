/** Paints the caption (laid out by caption.ts) over an exported image: a soft dark band, then the lines. */
import { captionFont, layoutCaption, type CaptionTexts } from './caption.ts';

const COLORS = { title: '#ffffff', story: '#f4f7ff', date: '#e8edf7', detail: '#c9d3e6', credit: '#93a0b8' } as const;

export function drawCaption(context: CanvasRenderingContext2D, texts: CaptionTexts, width: number, height: number): void {
  const layout = layoutCaption(texts, width, height, (text, fontPx, weight) => {
    context.font = captionFont({ fontPx, weight });
    return context.measureText(text).width;
  });
  context.save();
  const band = context.createLinearGradient(0, layout.bandTopY, 0, height);
  band.addColorStop(0, 'rgba(2, 3, 10, 0)');
  band.addColorStop(0.45, 'rgba(2, 3, 10, 0.55)');
  band.addColorStop(1, 'rgba(2, 3, 10, 0.8)');
  context.fillStyle = band;
  context.fillRect(0, layout.bandTopY, width, height - layout.bandTopY);
  context.textBaseline = 'alphabetic';
  context.textAlign = 'left';
  context.shadowColor = 'rgba(0, 0, 0, 0.8)';
  for (const line of layout.lines) {
    context.font = captionFont(line);
    context.fillStyle = COLORS[line.role];
    context.shadowBlur = line.fontPx * 0.25;
    context.fillText(line.text, line.x, line.baselineY);
  }
  context.restore();
}

/** Waits until the caption's fonts (Inter, and the Noto Sans SC subsets its Chinese characters need) are loaded. */
export async function loadCaptionFonts(texts: CaptionTexts): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const all = Object.values(texts).filter((t): t is string => typeof t === 'string').join(' ');
  await Promise.all([400, 600].map((weight) => document.fonts.load(captionFont({ fontPx: 20, weight }), all).catch(() => [])));
  await document.fonts.ready;
}
