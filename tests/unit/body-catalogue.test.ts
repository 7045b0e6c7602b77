/** The one body catalogue: ids, names and looks every list, label, card and link derives from. */
import { describe, expect, it } from 'vitest';
import { BODIES, BODY_BY_ID, BODY_IDS, BODIES_BY_LABEL_PRIORITY, bodyFullName, bodyName, FOCUSABLE_BODY_IDS, isBodyId } from '../../src/core/bodies.ts';
import { PLANET_CARD_IDS, DETAILED_CARD_IDS } from '../../src/ui/info-card-content.ts';

const HAN = /\p{Script=Han}/u;

describe('the body catalogue', () => {
  it('has one entry per id, each with English and Chinese names, short and full', () => {
    expect(BODIES.map((b) => b.id)).toEqual(expect.arrayContaining([...BODY_IDS]));
    expect(new Set(BODIES.map((b) => b.id)).size).toBe(BODY_IDS.length);
    for (const body of BODIES) {
      expect(body.names.en.trim(), body.id).not.toBe('');
      expect(body.names.zh, body.id).toMatch(HAN);
      expect(body.names.zhFull, body.id).toMatch(HAN);
      expect(body.names.enFull.toLowerCase(), body.id).toContain(body.names.en.toLowerCase());
      expect(body.radiusKm, body.id).toBeGreaterThan(0);
    }
  });

  it('uses the names Chinese sources use for the small bodies (小行星2016HO3, 主带彗星311P)', () => {
    // CNSA's own announcements name the target 小行星2016HO3 (cnsa.gov.cn, 2025-05-29 launch release).
    expect(bodyName('kamooalewa', 'zh')).toBe('小行星2016HO3');
    expect(bodyName('311p', 'zh')).toBe('主带彗星311P');
    expect(bodyFullName('kamooalewa', 'en')).toBe('469219 Kamoʻoalewa (2016 HO3)');
  });

  it('orders labels by a unique priority, the probe first', () => {
    const priorities = BODIES.map((b) => b.labelPriority);
    expect(new Set(priorities).size).toBe(priorities.length);
    expect(BODIES_BY_LABEL_PRIORITY[0]!.id).toBe('probe');
  });

  it('lists every focusable body, and tells ids from other strings by own keys only', () => {
    expect(FOCUSABLE_BODY_IDS).toEqual(BODY_IDS.filter((id) => BODY_BY_ID[id].focusable));
    for (const key of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', '', 'Earth']) expect(isBodyId(key), key).toBe(false);
    for (const id of BODY_IDS) expect(isBodyId(id)).toBe(true);
  });

  it('gives every body exactly one kind of info card', () => {
    expect([...PLANET_CARD_IDS, ...DETAILED_CARD_IDS].sort()).toEqual([...BODY_IDS].sort());
  });
});
