import { describe, expect, it } from 'vitest';
import {
  fasterPreset, MAX_RATE_S_PER_S, MEAN_MONTH_S, MIN_RATE_S_PER_S, presetAt, RATE_PRESETS, rateFromSlider,
  rateParts, sliderFromRate, slowerPreset,
} from '../../src/state/playback-rate.ts';
import { rateLabel } from '../../src/ui/rate-label.ts';

const HOUR = 3600;
const DAY = 86_400;
const YEAR = 365.25 * DAY;

describe('rate presets', () => {
  it('are 1 h/s, 6 h/s, 1 d/s, 1 w/s, a 30.44-day month and a 365.25-day year per second, ascending', () => {
    expect(RATE_PRESETS.map((p) => p.multiplier)).toEqual([HOUR, 6 * HOUR, DAY, 7 * DAY, 30.44 * DAY, 365.25 * DAY]);
    expect(MEAN_MONTH_S).toBeCloseTo(2_630_016, 6);
  });

  it('] steps up and [ steps down through them, stopping at the ends', () => {
    const walkedUp = [HOUR];
    for (let i = 0; i < 6; i++) walkedUp.push(fasterPreset(walkedUp[walkedUp.length - 1] as number));
    expect(walkedUp).toEqual([HOUR, 6 * HOUR, DAY, 7 * DAY, MEAN_MONTH_S, YEAR, YEAR]);
    const walkedDown = [YEAR];
    for (let i = 0; i < 6; i++) walkedDown.push(slowerPreset(walkedDown[walkedDown.length - 1] as number));
    expect(walkedDown).toEqual([YEAR, MEAN_MONTH_S, 7 * DAY, DAY, 6 * HOUR, HOUR, HOUR]);
  });

  it('keep the direction of play', () => {
    expect(fasterPreset(-DAY)).toBe(-7 * DAY);
    expect(slowerPreset(-DAY)).toBe(-6 * HOUR);
  });

  it('from a rate between presets, go to the neighbouring preset', () => {
    expect(fasterPreset(2 * DAY)).toBe(7 * DAY);
    expect(slowerPreset(2 * DAY)).toBe(DAY);
    expect(fasterPreset(60)).toBe(HOUR);
    expect(slowerPreset(60)).toBe(HOUR);
    expect(slowerPreset(1e8)).toBe(YEAR);
    expect(slowerPreset(1e7)).toBe(MEAN_MONTH_S);
  });

  it('presetAt recognises a preset in either direction and nothing else', () => {
    expect(presetAt(-7 * DAY)?.id).toBe('1w');
    expect(presetAt(DAY * (1 + 1e-12))?.id).toBe('1d');
    expect(presetAt(2 * DAY)).toBeUndefined();
  });
});

describe('fine rate slider', () => {
  it('maps its ends to the rate limits and round-trips on a log scale', () => {
    expect(rateFromSlider(0)).toBeCloseTo(MIN_RATE_S_PER_S, 9);
    expect(rateFromSlider(1)).toBeCloseTo(MAX_RATE_S_PER_S, 3);
    for (const rate of [1, 60, HOUR, DAY, MEAN_MONTH_S, MAX_RATE_S_PER_S]) {
      expect(rateFromSlider(sliderFromRate(rate)) / rate).toBeCloseTo(1, 9);
      expect(rateFromSlider(sliderFromRate(-rate), -1) / -rate).toBeCloseTo(1, 9);
    }
    // Halfway on a log scale is the geometric mean.
    expect(rateFromSlider(0.5)).toBeCloseTo(Math.sqrt(MIN_RATE_S_PER_S * MAX_RATE_S_PER_S), 3);
  });

  it('is monotonic and clamps outside its range', () => {
    let previous = -Infinity;
    for (let p = 0; p <= 1; p += 0.01) {
      const rate = rateFromSlider(p);
      expect(rate).toBeGreaterThan(previous);
      previous = rate;
    }
    expect(sliderFromRate(1e12)).toBe(1);
    expect(sliderFromRate(0.001)).toBe(0);
  });
});

describe('rate labels', () => {
  it('name presets and in-between rates in the largest unit reached', () => {
    expect(rateParts(HOUR)).toEqual({ value: 1, unit: 'h' });
    expect(rateParts(6 * HOUR)).toEqual({ value: 6, unit: 'h' });
    expect(rateParts(MEAN_MONTH_S)).toEqual({ value: 1, unit: 'mo' });
    expect(rateParts(2.5 * DAY)).toEqual({ value: 2.5, unit: 'd' });
    expect(rateParts(45)).toEqual({ value: 45, unit: 's' });
    expect(rateLabel(-7 * DAY, 'en')).toBe('−1 wk/s');
    expect(rateLabel(DAY, 'zh')).toBe('1 天/秒');
  });
});
