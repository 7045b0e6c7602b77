import { describe, expect, it } from 'vitest';
import { clipTailAtRadius } from '../../src/scene/trail-clip.ts';

const line = (n: number) => new Float32Array(Array.from({ length: n }, (_, i) => [i, 0, 0]).flat());

describe('clipTailAtRadius', () => {
  it('ends the trail on the edge of the body drawn at its last point', () => {
    const points = line(11); // x = 0…10, body at x = 10
    clipTailAtRadius(points, 11, 2.5);
    expect(Array.from(points.slice(0, 3 * 8))).toEqual(Array.from(line(8)));
    for (let i = 8; i < 11; i++) expect(points[3 * i]).toBeCloseTo(7.5, 6);
  });

  it('shortens only the last segment when the disc is smaller than a step', () => {
    const points = line(5);
    clipTailAtRadius(points, 5, 0.5);
    expect(Array.from(points.slice(0, 12))).toEqual(Array.from(line(4)));
    expect(points[12]).toBeCloseTo(3.5, 6);
  });

  it('leaves a trail wholly inside the disc alone (nothing sensible to draw outside it)', () => {
    const points = line(5);
    clipTailAtRadius(points, 5, 100);
    expect(Array.from(points)).toEqual(Array.from(line(5)));
  });
});
