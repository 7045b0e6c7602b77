/**
 * The info card's content, built from the real ephemeris/ files and the worker's propagation. Golden values are
 * the published figures the data files cite (each with its URL in ephemeris/; see ephemeris/README.md).
 */
import { Ephemeris } from '../../src/core/ephemeris.ts';
import { describe, expect, it } from 'vitest';
import { AU_KM } from '../../src/core/constants.ts';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { propagateMission } from '../../src/core/mission/propagate-mission.ts';
import type { Quantity } from '../../src/core/mission-data/types.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import type { Track } from '../../src/core/track.ts';
import { trackCoverage } from '../../src/core/track-interpolation.ts';
import type { Language } from '../../src/state/view-store.ts';
import {
  buildInfoCard, cardLinks, collectSources, createDistanceMeter, DETAILED_CARD_IDS, formatQuantity,
  orbitalPeriodYears, PLANET_CARD_IDS, type DetailedCard, type EventCard, type InfoCard,
} from '../../src/ui/info-card-content.ts';
import type { MissionEventSummary } from '../../src/worker/protocol.ts';

const mission = propagateMission(bundledMissionFiles()).result;
const LANGUAGES: Language[] = ['en', 'zh'];
const CJK = /[\u4e00-\u9fff]/;

function card<K extends InfoCard['kind']>(id: string, language: Language, kind: K): Extract<InfoCard, { kind: K }> {
  const built = buildInfoCard(id, mission, language);
  if (!built || built.kind !== kind) throw new Error(`expected a ${kind} card for ${id}, got ${built?.kind ?? 'null'}`);
  return built as Extract<InfoCard, { kind: K }>;
}

const factValue = (c: DetailedCard, label: string): string | undefined => c.facts.find((f) => f.label === label)?.value;

describe('body cards: published figures as the data files give them', () => {
  it('Kamoʻoalewa: 40–100 m across, rotation 28.3 min (Wikipedia: 469219 Kamoʻoalewa; Sharkey et al. 2021)', () => {
    const en = card('kamooalewa', 'en', 'detailed');
    expect(en.title).toBe('Kamoʻoalewa');
    expect(en.subtitle).toContain('2016 HO3');
    expect(factValue(en, 'Diameter')).toBe('40–100 m');
    expect(factValue(en, 'Rotation')).toBe('28.3 min');
    expect(factValue(en, 'Discovered')).toMatch(/^2016-04-27 · Pan-STARRS/);
    const zh = card('kamooalewa', 'zh', 'detailed');
    expect(zh.subtitle).toContain('2016HO3');
    expect(factValue(zh, '直径')).toBe('40–100米');
    expect(factValue(zh, '自转周期')).toBe('28.3分钟');
  });

  it('311P: nucleus radius 190 ± 30 m, rotation at least 5.4 h (Jewitt et al. 2018, AJ 155, 231)', () => {
    const en = card('311p', 'en', 'detailed');
    expect(factValue(en, 'Radius')).toBe('190 ± 30 m');
    expect(factValue(en, 'Rotation')).toBe('≥ 5.4 h');
    expect(factValue(card('311p', 'zh', 'detailed'), '半径')).toBe('190 ± 30米');
  });

  it('orbital periods from the newest elements: Kamoʻoalewa 1.00 yr, 311P 3.24 yr (Wikipedia infoboxes for both)', () => {
    expect(factValue(card('kamooalewa', 'en', 'detailed'), 'Orbit')).toMatch(/period 1\.00 yr$/);
    expect(factValue(card('311p', 'en', 'detailed'), 'Orbit')).toMatch(/^a 2\.189 au .*period 3\.24 yr$/);
    // Kepler's third law with the Gaussian GM: a = 1 au gives the sidereal year, 365.2569 days (IERS; Gauss 1809).
    expect(orbitalPeriodYears(1) * 365.25).toBeCloseTo(365.2569, 3);
  });

  it('lists each body\'s key dates in time order, with the events\' own statuses', () => {
    const kamo = card('kamooalewa', 'en', 'detailed');
    expect(kamo.keyDates.map((d) => d.eventId)).toEqual(['kamooalewa-arrival', 'science-phase', 'sampling', 'kamooalewa-departure']);
    for (const date of kamo.keyDates) {
      const event = mission.events.find((e) => e.id === date.eventId) as MissionEventSummary;
      expect(date.status).toBe(event.status);
      expect(date.tdbSec).toBe(event.tdbSec);
    }
    for (const id of DETAILED_CARD_IDS) {
      const times = card(id, 'en', 'detailed').keyDates.map((d) => d.tdbSec);
      expect(times.length, id).toBeGreaterThan(0);
      expect([...times].sort((a, b) => a - b), id).toEqual(times);
    }
    // Launch: 2025-05-28 17:31 UTC, done (Wikipedia: Tianwen-2).
    expect(card('probe', 'en', 'detailed').keyDates[0]).toMatchObject({ eventId: 'launch', dateUtc: '2025-05-28', status: 'done' });
  });

  it('cites every source of the figures shown, as https/http links labelled by host', () => {
    const kamo = card('kamooalewa', 'en', 'detailed');
    const links = kamo.sources.flatMap((s) => (s.kind === 'cited' ? s.links : []));
    expect(links).toContainEqual({ href: 'https://en.wikipedia.org/wiki/469219_Kamo%CA%BBoalewa', label: 'en.wikipedia.org' });
    expect(links).toContainEqual({ href: 'https://www.nature.com/articles/s43247-021-00303-7', label: 'nature.com' });
    // The Horizons look-up has a citation but no URL: it is still listed.
    expect(kamo.sources.some((s) => s.kind === 'cited' && s.ref.startsWith('JPL Horizons') && s.links.length === 0)).toBe(true);
    expect(kamo.sources.some((s) => s.kind === 'illustrative')).toBe(false);
  });

  it('says plainly that the probe\'s and the capsule\'s paths are illustrative', () => {
    for (const id of ['probe', 'capsule'] as const) {
      for (const language of LANGUAGES) {
        const c = card(id, language, 'detailed');
        expect(c.illustrativeNote, `${id} ${language}`).toMatch(language === 'zh' ? /示意|轨道/ : /illustrative|designed/i);
        expect(c.sources.at(-1)?.kind, `${id} ${language}`).toBe('illustrative');
      }
    }
    expect(card('probe', 'en', 'detailed').illustrativeNote).toMatch(/published no trajectory/);
    expect(card('kamooalewa', 'en', 'detailed').illustrativeNote).toBeUndefined();
  });

  it('probe: spacecraft facts from spacecraft.json (2 round wings of 4.7 m, 0.75 m capsule: kepuchina.cn)', () => {
    const en = card('probe', 'en', 'detailed');
    expect(en.title).toBe('Tianwen-2');
    expect(en.subtitle).toBe('formerly ZhengHe');
    expect(factValue(en, 'Solar wings')).toMatch(/^2 × 4\.7 m, round/);
    expect(factValue(en, 'Return capsule')).toBe('0.75 m across');
    expect(factValue(en, 'Sample')).toBe('≥ 100 g');
    expect(card('probe', 'zh', 'detailed').title).toBe('天问二号');
  });
});

describe('event cards', () => {
  it('launch: 2025-05-28 17:31 UTC = 2025-05-29 01:31 Beijing time, done, with its sources (Wikipedia: Tianwen-2)', () => {
    const launch = card('launch', 'en', 'event');
    expect(launch.utc).toBe('2025-05-28 17:31 UTC');
    expect(launch.beijing).toBe('2025-05-29 01:31 UTC+8');
    expect(launch.status).toBe('done');
    expect(launch.statusLabel).toBe('done');
    expect(launch.tdbSec).toBe(tdbSecFromIsoUtc('2025-05-28T17:31:00Z'));
    const links = launch.sources.flatMap((s) => (s.kind === 'cited' ? s.links.map((l) => l.href) : []));
    expect(links).toContain('https://en.wikipedia.org/wiki/Tianwen-2');
    expect(card('launch', 'zh', 'event').statusLabel).toBe('已完成');
  });

  it('every event of the mission has a card, in both languages, at the event\'s own time', () => {
    for (const event of mission.events) {
      for (const language of LANGUAGES) {
        const c: EventCard = card(event.id, language, 'event');
        expect(c.tdbSec).toBe(event.tdbSec);
        expect(c.title).toBe(language === 'zh' ? event.nameZh : event.nameEn);
        expect(c.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it('says when an event date is a choice within a window: the flyby (design) and sampling (data file), not launch', () => {
    expect(card('earth-flyby', 'en', 'event').dateNote).toMatch(/^planned:\u00a0~2027-11-29 · this\u00a0path:\u00a02027-11-\d\d$/);
    expect(card('sampling', 'zh', 'event').dateNote).toBe('日期为公开时间窗内的示意取值');
    expect(card('launch', 'en', 'event').dateNote).toBeUndefined();
  });

  it('shows the planned date beside this path\'s where they differ, in both languages (departure planned April 2027, cbnewz.com)', () => {
    const en = card('kamooalewa-departure', 'en', 'event');
    const zh = card('kamooalewa-departure', 'zh', 'event');
    expect(en.dateNote).toBe(`planned:\u00a0April\u00a02027 · this\u00a0path:\u00a0${en.utc.slice(0, 10)}`);
    expect(zh.dateNote).toBe(`计划：2027年4月 · 本路径：${zh.utc.slice(0, 10)}`);
    expect(card('kamooalewa-arrival', 'en', 'event').dateNote).toBeUndefined();
  });

  it('an event without URLs is marked illustrative rather than left unsourced', () => {
    const invented: MissionEventSummary = {
      id: 'test-event', nameEn: 'Test', nameZh: '测试', descriptionEn: 'x', descriptionZh: '测', tdbSec: 0,
      plannedTdbSec: 0, plannedPrecision: 'day', dateIllustrative: false, status: 'illustrative', sources: [],
    };
    const c = buildInfoCard('test-event', { ...mission, events: [invented] }, 'en');
    expect(c?.kind === 'event' && c.sources).toEqual([{ kind: 'illustrative', label: 'Illustrative: no published figure' }]);
  });
});

describe('brief cards and selection', () => {
  it('the Sun, planets and Moon have a one-line card in both languages, even before the path is ready', () => {
    for (const id of PLANET_CARD_IDS) {
      const en = buildInfoCard(id, null, 'en');
      const zh = buildInfoCard(id, null, 'zh');
      expect(en?.kind, id).toBe('brief');
      expect(zh?.kind, id).toBe('brief');
      if (en?.kind !== 'brief' || zh?.kind !== 'brief') continue;
      expect(en.description).not.toBe(zh.description);
      expect(zh.description).toMatch(CJK);
      expect(en.distances).toEqual([{ label: 'From the probe', from: 'probe', to: id }]);
    }
  });

  it('no card for nothing selected, an unknown id, or a body whose facts have not arrived', () => {
    expect(buildInfoCard(null, mission, 'en')).toBeNull();
    expect(buildInfoCard('pluto', mission, 'en')).toBeNull();
    for (const id of DETAILED_CARD_IDS) expect(buildInfoCard(id, null, 'en'), id).toBeNull();
    expect(buildInfoCard('launch', null, 'en')).toBeNull();
  });

  it('Chinese cards are in Chinese: title or description, and every fact label', () => {
    for (const id of [...DETAILED_CARD_IDS, ...mission.events.map((e) => e.id)]) {
      const c = buildInfoCard(id, mission, 'zh');
      if (!c) throw new Error(`no card for ${id}`);
      expect(c.description, id).toMatch(CJK);
      if (c.kind === 'detailed') for (const fact of c.facts) expect(fact.label, `${id} ${fact.label}`).toMatch(CJK);
    }
  });
});

describe('formatting helpers', () => {
  const q = (fields: Omit<Quantity, 'source'>): Quantity => ({ ...fields, source: 'illustrative' });

  it('writes values, ranges, bounds and uncertainties', () => {
    expect(formatQuantity(q({ value: 28.3 }), 'min', 'en')).toBe('28.3 min');
    expect(formatQuantity(q({ min: 40, max: 100 }), 'm', 'en')).toBe('40–100 m');
    expect(formatQuantity(q({ min: 5.4 }), 'h', 'en')).toBe('≥ 5.4 h');
    expect(formatQuantity(q({ max: 3 }), 'm', 'zh')).toBe('≤ 3米');
    expect(formatQuantity(q({ value: 190, plusMinus: 30 }), 'm', 'en')).toBe('190 ± 30 m');
    expect(formatQuantity(q({ value: 24.3 }), 'none', 'en')).toBe('24.3');
    expect(formatQuantity(q({ value: 12345.5 }), 'kg', 'en')).toBe('12,345.5 kg');
  });

  it('keeps only http(s) links', () => {
    expect(cardLinks(['https://www.example.org/a', 'javascript:alert(1)', 'not a url', 'http://oaa.gr.jp/x'])).toEqual([
      { href: 'https://www.example.org/a', label: 'example.org' },
      { href: 'http://oaa.gr.jp/x', label: 'oaa.gr.jp' },
    ]);
  });

  it('lists each source and each link once, the illustrative marker last', () => {
    const a = { ref: 'A', urls: ['https://a.org/'] };
    const c = { ref: 'A; C', urls: ['https://a.org/', 'https://c.org/'] };
    const againA = { ref: 'A again', urls: ['https://a.org/'] };
    const sources = collectSources(['illustrative', a, { ref: 'A', urls: ['https://a.org/'] }, 'illustrative', { ref: 'B', urls: [] }, c, againA], 'made up');
    expect(sources.map((s) => (s.kind === 'cited' ? s.ref : s.label))).toEqual(['A', 'B', 'A; C', 'made up']);
    // A link already shown with an earlier citation is not repeated; a citation with nothing new is dropped.
    expect(sources[2]?.kind === 'cited' && sources[2].links.map((l) => l.href)).toEqual(['https://c.org/']);
  });
});

describe('live distances', () => {
  /** A straight-line track at constant velocity: positions known exactly at every time. */
  function lineTrack(id: string, startKm: [number, number, number], velKmS: [number, number, number], t0: number, t1: number): Track {
    const times = [t0, (t0 + t1) / 2, t1];
    const pos = times.flatMap((t) => startKm.map((p, k) => p + (velKmS[k] as number) * (t - t0)));
    return {
      id,
      segments: [{ tdbSec: Float64Array.from(times), posKm: Float64Array.from(pos), velKmS: Float64Array.from(times.flatMap(() => velKmS)) }],
    };
  }

  it('measures between tracks and the Sun, NaN outside a track\'s coverage', () => {
    const meter = createDistanceMeter(new Ephemeris([
      lineTrack('probe', [AU_KM, 0, 0], [0, 10, 0], 0, 1000),
      lineTrack('earth', [AU_KM, 0, 0], [0, 0, 30], 0, 2000),
    ]));
    expect(meter('probe', 'earth', 500)).toBeCloseTo(Math.hypot(5000, 15000), 6);
    expect(meter('sun', 'earth', 0)).toBeCloseTo(AU_KM, 6);
    expect(meter('probe', 'earth', 1500)).toBeNaN();
    expect(meter('probe', 'mars', 500)).toBeNaN();
  });

  it('is symmetric and obeys the triangle inequality on the real tracks (property, 200 random times)', () => {
    const meter = createDistanceMeter(new Ephemeris(mission.tracks));
    const [start, end] = trackCoverage(mission.tracks.find((t) => t.id === 'probe') as Track);
    let seed = 12345;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 200; i++) {
      const t = start + random() * (end - start);
      expect(meter('probe', 'sun', t), 'inside the probe track').not.toBeNaN();
      const pk = meter('probe', 'kamooalewa', t);
      expect(meter('kamooalewa', 'probe', t)).toBe(pk);
      const ps = meter('probe', 'sun', t);
      const ks = meter('kamooalewa', 'sun', t);
      expect(pk).toBeLessThanOrEqual(ps + ks + 1e-6);
      expect(ps).toBeLessThanOrEqual(pk + ks + 1e-6);
    }
  });

  it('shows the probe about 20 km from Kamoʻoalewa during the science phase (CNSA image from ~20 km, 2026-07-02)', () => {
    const meter = createDistanceMeter(new Ephemeris(mission.tracks));
    for (const date of ['2026-07-02T00:00:00Z', '2026-11-15T00:00:00Z']) {
      expect(meter('probe', 'kamooalewa', tdbSecFromIsoUtc(date)), date).toBeGreaterThan(19);
      expect(meter('probe', 'kamooalewa', tdbSecFromIsoUtc(date)), date).toBeLessThan(21);
    }
  });
});
