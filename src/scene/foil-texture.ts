/**
 * Multi-layer insulation for the body's close-up, drawn into a canvas (no image files): gold foil crinkled into
 * facets that catch the light differently, with a few seams. Fixed seed, so every load looks the same.
 */
import { CanvasTexture, SRGBColorSpace } from 'three';
import { seededRandom } from '../core/seeded-random.ts';

export function goldFoilTexture(sizePx = 512): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = sizePx;
  canvas.height = sizePx;
  const g = canvas.getContext('2d');
  const random = seededRandom(2025_05_28);
  if (g) {
    g.fillStyle = '#c89a3c';
    g.fillRect(0, 0, sizePx, sizePx);
    for (let i = 0; i < 900; i++) {
      const x = random() * sizePx, y = random() * sizePx, r = 6 + random() * 26;
      const light = random();
      g.fillStyle = light > 0.8 ? `rgba(255, 236, 170, ${0.25 + 0.35 * random()})` : light < 0.3
        ? `rgba(110, 72, 18, ${0.2 + 0.3 * random()})` : `rgba(224, 176, 80, ${0.25 * random()})`;
      g.beginPath();
      g.moveTo(x, y);
      for (let k = 0; k < 3; k++) g.lineTo(x + (random() - 0.5) * 2 * r, y + (random() - 0.5) * 2 * r);
      g.closePath();
      g.fill();
    }
    g.strokeStyle = 'rgba(90, 60, 20, 0.55)';
    g.lineWidth = 2;
    for (const f of [0.33, 0.66]) {
      g.beginPath(); g.moveTo(f * sizePx, 0); g.lineTo(f * sizePx + 6, sizePx); g.stroke();
    }
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}
