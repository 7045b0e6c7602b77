import { describe, expect, it } from 'vitest';
import { angleBetween, cross, norm } from '../../src/core/vec3.ts';

describe('vec3', () => {
  it('cross product follows the right-hand rule', () => {
    expect(cross([1, 0, 0], [0, 1, 0])).toEqual([0, 0, 1]);
  });
  it('angleBetween stays accurate for nearly parallel vectors', () => {
    expect(angleBetween([1, 0, 0], [1, 1e-9, 0])).toBeCloseTo(1e-9, 20);
    expect(norm([3, 4, 12])).toBe(13);
  });
});
