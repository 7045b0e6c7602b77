/** Small-body propagation refuses input it cannot finish on, at once, instead of computing for minutes. */
import { describe, expect, it } from 'vitest';
import { DAY_S } from '../../src/core/constants.ts';
import { MAX_PROPAGATION_STEPS, propagateSmallBody } from '../../src/core/nbody/propagate-small-body.ts';

// Kamoʻoalewa-like: 1 au from the Sun at ~30 km/s.
const state = { tdbSec: 0, posKm: [1.496e8, 0, 0] as [number, number, number], velKmS: [0, 29.8, 0] as [number, number, number] };

describe('propagation input guards', () => {
  it('refuses a non-finite state or range', () => {
    expect(() => propagateSmallBody({ ...state, posKm: [Number.NaN, 0, 0] }, 0, DAY_S)).toThrow(/finite initial state/);
    expect(() => propagateSmallBody(state, 0, Infinity)).toThrow(/finite initial state|empty/);
  });

  it('refuses a step that is not a positive number', () => {
    expect(() => propagateSmallBody(state, 0, DAY_S, { stepSec: 0 })).toThrow(/not a positive number/);
    expect(() => propagateSmallBody(state, 0, DAY_S, { stepSec: -1 })).toThrow(/not a positive number/);
  });

  it('refuses more than MAX_PROPAGATION_STEPS steps before taking any', () => {
    const span = (MAX_PROPAGATION_STEPS + 10) * 60;
    expect(() => propagateSmallBody(state, 0, span, { stepSec: 60 })).toThrow(/more than 200000/);
  });
});
