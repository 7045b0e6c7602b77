/**
 * The names drawn into an exported image: every drawn body's, even one a panel hides on screen (the export has no
 * panels), decluttered in the export's own pixels with the screen's priorities.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BodyId } from '../../src/core/bodies.ts';
import type { Language } from '../../src/core/language.ts';
import { createFrameContext, type FrameContext } from '../../src/scene/frame-context.ts';
import { createLabelLayout, labelsToDraw, placeLabels } from '../../src/scene/label-placement.ts';
import { KM_PER_UNIT } from '../../src/scene/scene-units.ts';
import { topDownCamera, TOP_DOWN_HEIGHT as HEIGHT, TOP_DOWN_WIDTH as WIDTH } from './support/top-down-frame.ts';


/** An export frame with these bodies drawn at these scene positions (km), each with a 60×16 px name hidden on screen. */
function namesFor(bodies: Partial<Record<BodyId, [number, number, number]>>, pixelScale: number, language: Language) {
  const frame: FrameContext = createFrameContext(undefined, topDownCamera());
  frame.widthPx = WIDTH;
  frame.heightPx = HEIGHT;
  frame.pixelScale = pixelScale;
  const sizes: Partial<Record<BodyId, [number, number]>> = {};
  const elements: Partial<Record<BodyId, HTMLElement>> = {};
  for (const [id, posKm] of Object.entries(bodies) as [BodyId, [number, number, number]][]) {
    frame.bodies.posKm[id].set(posKm);
    frame.drawn[id] = true;
    frame.drawnRadiusPx[id] = 4;
    sizes[id] = [60, 16];
    // As a panel leaves it on screen: hidden.
    elements[id] = { style: { visibility: 'hidden' }, dataset: {} } as unknown as HTMLElement;
  }
  const layout = placeLabels(frame, sizes, undefined, createLabelLayout());
  return labelsToDraw(frame, layout, elements, language);
}

const unit = (x: number, z: number): [number, number, number] => [x * KM_PER_UNIT, 0, z * KM_PER_UNIT];

beforeEach(() => {
  vi.stubGlobal('getComputedStyle', () => ({ fontSize: '13px', fontWeight: '500', fontFamily: 'Inter', color: 'rgb(255, 255, 255)' }));
});
afterEach(() => vi.unstubAllGlobals());

describe('names in exports', () => {
  it('are placed for every drawn body, whatever hides them on screen, right of the body at the pixel scale', () => {
    const labels = namesFor({ sun: unit(0, 0), mars: unit(2, 0) }, 2, 'en');
    expect(labels.map((label) => label.text)).toEqual(['Sun', 'Mars']);
    const sun = labels[0]!;
    expect(sun.align).toBe('left');
    // Right of the middle by (4 px × 0.75 + 5 px gap) × 2, the font grown twice.
    expect(sun.x).toBeCloseTo(WIDTH / 2 + 16, 3);
    expect(sun.font).toBe('500 26.00px Inter');
  });

  it('give way by priority: a name that would overlap a higher one goes on its body\'s left, else above or below it', () => {
    // Venus 33 px left of the Sun: its name's right-hand place overlaps the Sun's; the left is free.
    const beside = namesFor({ sun: unit(0, 0), venus: unit(-0.3, 0) }, 1, 'en');
    expect(beside.map((label) => [label.text, label.align])).toEqual([['Sun', 'left'], ['Venus', 'right']]);
    // Mercury on the Sun, the Earth 65 px left of it: the Sun's name takes Mercury's right, the Earth's its left;
    // Mercury's goes above or below them, centred on it.
    const crowded = namesFor({ sun: unit(0, 0), earth: unit(-0.6, 0), mercury: unit(0.01, 0) }, 1, 'en');
    expect(crowded.map((label) => label.text)).toEqual(['Sun', 'Earth', 'Mercury']);
    const [sun, , mercury] = crowded;
    expect(Math.abs(mercury!.centreY - sun!.centreY)).toBeGreaterThan(10);
  });

  it('follow the language asked for and leave out bodies outside the image', () => {
    const labels = namesFor({ sun: unit(0, 0), jupiter: unit(40, 0) }, 1, 'zh');
    expect(labels.map((label) => label.text)).toEqual(['太阳']);
  });
});
