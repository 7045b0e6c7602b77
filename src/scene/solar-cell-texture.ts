/** Solar cells for the wings' close-up, drawn into a canvas (no image files): dark blue cells between silver gaps. */
import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three';

const CELLS_PER_SIDE = 24;

export function solarCellTexture(sizePx = 512): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = sizePx;
  canvas.height = sizePx;
  const g = canvas.getContext('2d');
  if (g) {
    g.fillStyle = '#8d96a3';
    g.fillRect(0, 0, sizePx, sizePx);
    const cell = sizePx / CELLS_PER_SIDE;
    const gap = Math.max(1, cell * 0.08);
    for (let row = 0; row < CELLS_PER_SIDE; row++) {
      for (let col = 0; col < CELLS_PER_SIDE; col++) {
        // A faint sheen varying cell to cell, as glass covers catch the light differently.
        const sheen = ((row * 7 + col * 13) % 5) * 3;
        g.fillStyle = `rgb(${22 + sheen}, ${42 + sheen}, ${96 + sheen * 2})`;
        g.fillRect(col * cell + gap / 2, row * cell + gap / 2, cell - gap, cell - gap);
      }
    }
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.wrapS = texture.wrapT = RepeatWrapping;
  texture.anisotropy = 4;
  return texture;
}
