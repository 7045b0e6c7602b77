import { describe, expect, it } from 'vitest';
import { simplifyPolyline } from '../../src/scene/polyline-simplify.ts';

function circle(n: number, radiusKm: number): Float64Array {
  const pos = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / (n - 1);
    pos.set([radiusKm * Math.cos(a), radiusKm * Math.sin(a), 0], 3 * i);
  }
  return pos;
}

/** Largest distance of any original point from the kept polyline's matching chord. */
function worstDeviationKm(pos: Float64Array, kept: Uint32Array): number {
  let worst = 0;
  for (let k = 0; k + 1 < kept.length; k++) {
    const a = kept[k]!, b = kept[k + 1]!;
    for (let i = a + 1; i < b; i++) {
      const d = [0, 1, 2].map((c) => pos[3 * b + c]! - pos[3 * a + c]!);
      const p = [0, 1, 2].map((c) => pos[3 * i + c]! - pos[3 * a + c]!);
      const t = Math.min(1, Math.max(0, (p[0]! * d[0]! + p[1]! * d[1]! + p[2]! * d[2]!) / (d[0]! ** 2 + d[1]! ** 2 + d[2]! ** 2)));
      worst = Math.max(worst, Math.hypot(p[0]! - t * d[0]!, p[1]! - t * d[1]!, p[2]! - t * d[2]!));
    }
  }
  return worst;
}

describe('simplifyPolyline', () => {
  it('keeps only the ends of a straight line', () => {
    const pos = new Float64Array(Array.from({ length: 50 }, (_, i) => [i, 2 * i, -i]).flat());
    expect(Array.from(simplifyPolyline(pos, 50, 1e-6))).toEqual([0, 49]);
  });

  it('keeps a 1 au circle within the tolerance with far fewer points (sag = L²/8R)', () => {
    const n = 20_000, radiusKm = 1.496e8, toleranceKm = 1e4;
    const pos = circle(n, radiusKm);
    const kept = simplifyPolyline(pos, n, toleranceKm);
    expect(worstDeviationKm(pos, kept)).toBeLessThanOrEqual(toleranceKm);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(n - 1);
    // A chord of sagitta s on radius R spans 2·sqrt(2Rs): 2π R / that ≈ 57 chords are needed at the tolerance.
    const needed = (2 * Math.PI * radiusKm) / (2 * Math.sqrt(2 * radiusKm * toleranceKm));
    expect(kept.length).toBeGreaterThanOrEqual(needed);
    expect(kept.length).toBeLessThan(4 * needed);
  });

  it('keeps every point when the tolerance is zero', () => {
    expect(simplifyPolyline(circle(10, 1), 10, 0)).toHaveLength(10);
  });
});
