import { describe, expect, it } from 'vitest';
import { RelativeLine } from '../../src/scene/relative-line.ts';

/** One year of a 1 au circular orbit sampled every hour (8,766 points), like the denser tracks. */
function orbitKm(): Float64Array {
  const n = 8766, pos = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / (n - 1);
    pos.set([1.496e8 * Math.cos(a), 1.496e8 * Math.sin(a), 0], 3 * i);
  }
  return pos;
}

describe('RelativeLine levels', () => {
  const line = new RelativeLine(orbitKm(), 8766);
  /** km per pixel at 1 km for a 720 px tall view with a 45° field of view. */
  const kmPerPixelPerKm = (2 * Math.tan(Math.PI / 8)) / 720;

  it('hold fewer points the coarser they are, the first keeping every sample', () => {
    expect(line.levels[0]!.indices.length).toBe(8766);
    for (let i = 1; i < line.levels.length; i++) {
      expect(line.levels[i]!.indices.length).toBeLessThan(line.levels[i - 1]!.indices.length);
    }
  });

  it('whole-orbit views draw a coarse level, close views every sample', () => {
    const overview = line.levelFor(4.5e8, kmPerPixelPerKm);
    expect(overview.indices.length).toBeLessThan(300);
    // Its chords err by at most a third of a pixel at that distance.
    expect(overview.toleranceKm).toBeLessThanOrEqual(0.35 * 4.5e8 * kmPerPixelPerKm);
    expect(line.levelFor(2e4, kmPerPixelPerKm).indices.length).toBe(8766);
  });
});

describe('RelativeLine runs (several orbits as one line)', () => {
  /** Two separate circles, 1 au and 1.5 au, 400 samples each. */
  function twoCircles(): Float64Array {
    const n = 400, pos = new Float64Array(6 * n);
    for (let i = 0; i < 2 * n; i++) {
      const a = (2 * Math.PI * (i % n)) / (n - 1), r = i < n ? 1.496e8 : 2.244e8;
      pos.set([r * Math.cos(a), r * Math.sin(a), 0], 3 * i);
    }
    return pos;
  }
  const line = new RelativeLine(twoCircles(), 800, { runStarts: [0, 400] });

  it('keeps both ends of every run at every level and draws no segment from one run to the next', () => {
    for (const level of line.levels) {
      const indices = [...level.indices];
      for (const end of [0, 399, 400, 799]) expect(indices).toContain(end);
      const junction = indices.indexOf(400) - 1;
      const triangles = level.segments.geometry.getIndex()!.array;
      // The junction's indices all name one corner (no area); its neighbours name all their corners (4: a body
      // without round caps, which a smooth orbit does not need).
      const segments = indices.length - 1;
      const perSegment = triangles.length / segments;
      const cornersPerSegment = level.segments.geometry.getAttribute('position').count / segments;
      expect(cornersPerSegment).toBe(4);
      const corners = (s: number) => new Set(Array.from(triangles.slice(perSegment * s, perSegment * (s + 1))));
      expect(corners(junction).size).toBe(1);
      expect(corners(junction - 1).size).toBe(cornersPerSegment);
      expect(corners(junction + 1).size).toBe(cornersPerSegment);
    }
  });
});
