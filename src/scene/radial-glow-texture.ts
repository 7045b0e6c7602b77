/** A soft radial glow drawn once into a canvas (no image files): colour stops from the centre outwards. */
import { CanvasTexture, SRGBColorSpace } from 'three';

export function radialGlowTexture(sizePx: number, stops: readonly (readonly [offset: number, color: string])[]): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = sizePx;
  canvas.height = sizePx;
  const g = canvas.getContext('2d');
  if (g) {
    const half = sizePx / 2;
    const gradient = g.createRadialGradient(half, half, 0, half, half, half);
    for (const [offset, color] of stops) gradient.addColorStop(offset, color);
    g.fillStyle = gradient;
    g.fillRect(0, 0, sizePx, sizePx);
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}
