import { describe, expect, it } from 'vitest';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import { createClock } from '../../src/state/clock.ts';
import { applyLink, currentLink } from '../../src/state/deep-link.ts';
import { createViewStore } from '../../src/state/view-store.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

const bounds = () => createClock({ startTdbSec: tdbSecFromIsoUtc('2025-05-01T00:00:00Z'), stopTdbSec: tdbSecFromIsoUtc('2036-06-01T00:00:00Z') });

describe('deep links on the clock and the view', () => {
  it('a link read back from one view reproduces it in a fresh one', () => {
    const clock = bounds();
    const view = createViewStore();
    clock.seek(tdbSecFromIsoUtc('2026-06-07T00:00:00Z'));
    clock.setMultiplier(-3600);
    view.getState().setFrame('sun-earth-rotating');
    view.getState().focus('kamooalewa');
    view.getState().setLanguage('zh');
    view.getState().toggleLabels();
    const link = currentLink(clock, view, { azimuthDeg: 10, elevationDeg: 20, distanceKm: 500 });

    const freshClock = bounds();
    const freshView = createViewStore();
    const applied = applyLink(link, freshClock, freshView);
    expect(applied.problems).toEqual([]);
    expect(applied.camera).toEqual({ azimuthDeg: 10, elevationDeg: 20, distanceKm: 500 });
    expect(freshClock.currentTdbSec).toBeCloseTo(clock.currentTdbSec, 3);
    expect(freshClock.multiplier).toBe(-3600);
    expect(freshClock.playing).toBe(false);
    expect(freshView.getState()).toMatchObject({
      frame: 'sun-earth-rotating', focusId: 'kamooalewa', language: 'zh', labelsVisible: false, bodiesExaggerated: true,
    });
  });

  it('a link that follows the probe follows it again; a broken link changes nothing it cannot read', () => {
    const view = createViewStore();
    applyLink('focus=probe&play=1', bounds(), view);
    expect(view.getState()).toMatchObject({ focusId: 'probe', followProbe: true });

    const clock = bounds();
    const before = clock.currentTdbSec;
    const fresh = createViewStore();
    const { problems } = applyLink('t=%E0%A4%A&focus=<script>&lang=de', clock, fresh);
    expect(problems.length).toBe(3);
    expect(clock.currentTdbSec).toBe(before);
    expect(fresh.getState().language).toBe('en');
  });

  it('1,000 random query strings leave a valid clock and view, never an exception', () => {
    const random = seededRandom(42);
    const alphabet = 'tratefocuscamlangzhrothelio=&?%+-.,:0123456789TZ<>"\' 漢😀';
    for (let i = 0; i < 1000; i++) {
      let query = '';
      for (let k = Math.floor(random() * 60); k > 0; k--) query += alphabet[Math.floor(random() * alphabet.length)];
      const clock = bounds();
      const view = createViewStore();
      applyLink(query, clock, view);
      expect(clock.currentTdbSec).toBeGreaterThanOrEqual(clock.startTdbSec);
      expect(clock.currentTdbSec).toBeLessThanOrEqual(clock.stopTdbSec);
      expect(Number.isFinite(clock.multiplier) && clock.multiplier !== 0).toBe(true);
      expect(['en', 'zh']).toContain(view.getState().language);
      expect(['heliocentric', 'sun-earth-rotating']).toContain(view.getState().frame);
    }
  });
});
