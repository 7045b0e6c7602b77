/**
 * Screen-space label placement: labels come in priority order; each one is shown beside its body on the right if
 * that box overlaps no obstacle (a HUD panel) and no label already shown, else on the left if that is free, else
 * centred above or below the body (a name beside two close bodies' names still finds room), else diagonally off one of
 * its corners (the cartographers' eight positions: three bodies within a name's length still get three names), else
 * not at all.
 * Allocation-free: boxes are x, y, width, height per label in a flat array.
 */
export interface LabelObstacles {
  /** x, y, width, height per obstacle. */
  boxes: Float32Array;
  count: number;
}

export function createLabelObstacles(max = 32): LabelObstacles {
  return { boxes: new Float32Array(4 * max), count: 0 };
}

const NO_OBSTACLES = createLabelObstacles(0);

function overlaps(boxes: Float32Array, j: number, x: number, y: number, w: number, h: number, padPx: number): boolean {
  const xj = boxes[4 * j] as number, yj = boxes[4 * j + 1] as number;
  const wj = boxes[4 * j + 2] as number, hj = boxes[4 * j + 3] as number;
  return !(x + w + padPx <= xj || xj + wj + padPx <= x || y + h + padPx <= yj || yj + hj + padPx <= y);
}

/**
 * Per label, where its body is drawn: x, y and radius, screen px; a name never covers another labelled body's dot
 * (at a crowded launch "Earth" would hide Kamoʻoalewa and its own name would point at empty sky).
 */
export interface LabelDots {
  /** A negative radius: a disc names may cross. */
  xyr: Float32Array;
  /** Which of them are drawn (the labels wanted). */
  drawn: Uint8Array;
}

/** The current call's dots, read by isFree (kept out of its already long parameter list). */
let dots: LabelDots | undefined;

/**
 * Whether label i's box, moved to x, stays clear of every obstacle, every label shown before it and every other
 * body's dot, and runs off none of the view's left edge, right edge and top.
 */
function isFree(
  boxes: Float32Array, shown: Uint8Array, i: number, x: number, padPx: number, obstacles: LabelObstacles, viewWidth: number,
  y = boxes[4 * i + 1] as number,
): boolean {
  const w = boxes[4 * i + 2] as number, h = boxes[4 * i + 3] as number;
  if (x < 0 || x + w > viewWidth || y < 0) return false;
  for (let k = 0; k < obstacles.count; k++) if (overlaps(obstacles.boxes, k, x, y, w, h, 0)) return false;
  for (let j = 0; j < i; j++) if (shown[j] && overlaps(boxes, j, x, y, w, h, padPx)) return false;
  if (dots) {
    const { xyr, drawn } = dots;
    for (let j = 0; j < drawn.length; j++) {
      if (j === i || !drawn[j]) continue;
      const cx = xyr[3 * j] as number, cy = xyr[3 * j + 1] as number, r = xyr[3 * j + 2] as number;
      if (r >= 0 && !(x + w <= cx - r || cx + r <= x || y + h <= cy - r || cy + r <= y)) return false;
    }
  }
  return true;
}

/** Where a shown label went: beside its body on the right or left, centred above or below it, or off a corner. */
export const LABEL_SIDE = { right: 0, left: 1, above: 2, below: 3, upperRight: 4, lowerRight: 5, upperLeft: 6, lowerLeft: 7 } as const;

/** Whether a name on this side ends at its body (its text runs right to left from the body). */
export function endsAtBody(side: number): boolean {
  return side === LABEL_SIDE.left || side === LABEL_SIDE.upperLeft || side === LABEL_SIDE.lowerLeft;
}

/** Per label, the box centred above and below its body: its x, and the y of each. */
export interface VerticalPlaces {
  centredX: Float32Array;
  aboveY: Float32Array;
  belowY: Float32Array;
}

/**
 * `leftX` (optional): per label, the x of its box on the body's left, tried when the right is taken or runs off the
 * view (`viewWidth` wide); then (with `vertical`) above and below; then the box against the view's right edge.
 * A label placed so has its box rewritten, and `side` (optional) says where it went (LABEL_SIDE). With `bodyDots`, no
 * name is put over another body's dot.
 */
export function declutterLabels(
  boxes: Float32Array, wanted: Uint8Array, count: number, shown: Uint8Array, padPx = 2,
  obstacles: LabelObstacles = NO_OBSTACLES, leftX?: Float32Array, viewWidth = Infinity,
  vertical?: VerticalPlaces, side?: Uint8Array, bodyDots?: LabelDots,
): void {
  dots = bodyDots;
  for (let i = 0; i < count; i++) {
    shown[i] = 0;
    if (side) side[i] = LABEL_SIDE.right;
    if (!wanted[i]) continue;
    if (isFree(boxes, shown, i, boxes[4 * i] as number, padPx, obstacles, viewWidth)) shown[i] = 1;
    else if (leftX && isFree(boxes, shown, i, leftX[i] as number, padPx, obstacles, viewWidth)) {
      boxes[4 * i] = leftX[i] as number;
      shown[i] = 1;
      if (side) side[i] = LABEL_SIDE.left;
    } else if (vertical && placeVertically(boxes, shown, i, padPx, obstacles, viewWidth, vertical, side)) {
      shown[i] = 1;
    } else if (vertical && placeDiagonally(boxes, shown, i, padPx, obstacles, viewWidth, vertical, leftX, side)) {
      shown[i] = 1;
    } else if (leftX && (leftX[i] as number) < 0 && (boxes[4 * i] as number) + (boxes[4 * i + 2] as number) > viewWidth) {
      // Neither side fits a narrow view (a phone, a large focused disc): inside the view's right edge, over the disc.
      const inside = viewWidth - (boxes[4 * i + 2] as number);
      if (inside >= 0 && isFree(boxes, shown, i, inside, padPx, obstacles, viewWidth)) {
        boxes[4 * i] = inside;
        shown[i] = 1;
      }
    }
  }
  dots = undefined;
}

function placeVertically(
  boxes: Float32Array, shown: Uint8Array, i: number, padPx: number, obstacles: LabelObstacles, viewWidth: number,
  { centredX, aboveY, belowY }: VerticalPlaces, side: Uint8Array | undefined,
): boolean {
  const x = centredX[i] as number;
  // Above first, then below; no array of candidates, since this runs in the frame loop.
  const above = isFree(boxes, shown, i, x, padPx, obstacles, viewWidth, aboveY[i] as number);
  if (!above && !isFree(boxes, shown, i, x, padPx, obstacles, viewWidth, belowY[i] as number)) return false;
  boxes[4 * i] = x;
  boxes[4 * i + 1] = (above ? aboveY[i] : belowY[i]) as number;
  if (side) side[i] = above ? LABEL_SIDE.above : LABEL_SIDE.below;
  return true;
}

/** Off the body's corners: the right-hand box's x (or the left-hand one's) at the above or below box's y. */
function placeDiagonally(
  boxes: Float32Array, shown: Uint8Array, i: number, padPx: number, obstacles: LabelObstacles, viewWidth: number,
  { aboveY, belowY }: VerticalPlaces, leftX: Float32Array | undefined, side: Uint8Array | undefined,
): boolean {
  const rightX = boxes[4 * i] as number, left = leftX ? (leftX[i] as number) : NaN;
  const up = aboveY[i] as number, down = belowY[i] as number;
  // Unrolled rather than a list of candidates: this runs for every label in every frame.
  let x = rightX, y = up, where: number = LABEL_SIDE.upperRight;
  if (!isFree(boxes, shown, i, x, padPx, obstacles, viewWidth, y)) {
    y = down; where = LABEL_SIDE.lowerRight;
    if (!isFree(boxes, shown, i, x, padPx, obstacles, viewWidth, y)) {
      if (Number.isNaN(left)) return false;
      x = left; y = up; where = LABEL_SIDE.upperLeft;
      if (!isFree(boxes, shown, i, x, padPx, obstacles, viewWidth, y)) {
        y = down; where = LABEL_SIDE.lowerLeft;
        if (!isFree(boxes, shown, i, x, padPx, obstacles, viewWidth, y)) return false;
      }
    }
  }
  boxes[4 * i] = x;
  boxes[4 * i + 1] = y;
  if (side) side[i] = where;
  return true;
}
