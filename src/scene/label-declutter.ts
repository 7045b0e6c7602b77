/**
 * Screen-space label placement: labels come in priority order; each one is shown only if its box overlaps no box
 * already shown. Allocation-free: boxes are x, y, width, height per label in a flat array.
 */
export function declutterLabels(boxes: Float32Array, wanted: Uint8Array, count: number, shown: Uint8Array, padPx = 2): void {
  for (let i = 0; i < count; i++) {
    shown[i] = 0;
    if (!wanted[i]) continue;
    const x = boxes[4 * i] as number, y = boxes[4 * i + 1] as number;
    const w = boxes[4 * i + 2] as number, h = boxes[4 * i + 3] as number;
    let free = true;
    for (let j = 0; j < i && free; j++) {
      if (!shown[j]) continue;
      const xj = boxes[4 * j] as number, yj = boxes[4 * j + 1] as number;
      const wj = boxes[4 * j + 2] as number, hj = boxes[4 * j + 3] as number;
      free = x + w + padPx <= xj || xj + wj + padPx <= x || y + h + padPx <= yj || yj + hj + padPx <= y;
    }
    shown[i] = free ? 1 : 0;
  }
}
