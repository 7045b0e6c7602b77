/**
 * The Five-starred Red Flag drawn into a canvas (no image files), to the layout of the 1949 construction sheet:
 * a 30 × 20 grid; the large star (radius 3) centred at (5, 5); four small stars (radius 1) at (10, 2), (12, 4),
 * (12, 7) and (10, 9), each with one point aimed at the large star's centre.
 */
import { CanvasTexture, SRGBColorSpace } from 'three';

const RED = '#de2910';
const YELLOW = '#ffde00';
const BIG_STAR = { x: 5, y: 5, r: 3 };
const SMALL_STARS: readonly [number, number][] = [[10, 2], [12, 4], [12, 7], [10, 9]];
/** Inner/outer radius of a regular five-pointed star: sin 18° / sin 54°. */
const STAR_INNER_RATIO = Math.sin(Math.PI / 10) / Math.sin((3 * Math.PI) / 10);

function drawStar(g: CanvasRenderingContext2D, cx: number, cy: number, r: number, pointAngleRad: number): void {
  g.beginPath();
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * STAR_INNER_RATIO;
    const angle = pointAngleRad + (i * Math.PI) / 5;
    const x = cx + radius * Math.cos(angle), y = cy + radius * Math.sin(angle);
    if (i === 0) g.moveTo(x, y);
    else g.lineTo(x, y);
  }
  g.closePath();
  g.fill();
}

/** A 3:2 flag texture, `widthPx` wide. */
export function chineseFlagTexture(widthPx = 360): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = Math.round((widthPx * 2) / 3);
  const g = canvas.getContext('2d');
  if (g) {
    const unit = widthPx / 30;
    g.fillStyle = RED;
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = YELLOW;
    drawStar(g, BIG_STAR.x * unit, BIG_STAR.y * unit, BIG_STAR.r * unit, -Math.PI / 2);
    for (const [x, y] of SMALL_STARS) {
      drawStar(g, x * unit, y * unit, unit, Math.atan2(BIG_STAR.y - y, BIG_STAR.x - x));
    }
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}
