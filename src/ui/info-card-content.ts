/**
 * What the info card says about the selected body, probe or event, built from the validated mission facts.
 * Pure (no DOM, no React): the panel renders it, the unit tests read it. The live distances are the one part
 * that changes with time; `createDistanceMeter` measures them from the sampled tracks.
 */
import { bodiesOfKind, bodyFullName, bodyName, type BodyId, type BodyIdOfKind } from '../core/bodies.ts';
import { AU_KM, DAY_S, JULIAN_YEAR_S, MU_SUN_KM3_S2 } from '../core/constants.ts';
import type { Body, LocalizedText, Quantity, Source, Spacecraft } from '../core/mission-data/types.ts';
import { formatBeijing, formatUtc } from '../core/time.ts';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { Language } from '../state/view-store.ts';
import type { EventStatus, MissionEventSummary, PropagationResult } from '../core/mission/mission-result.ts';
import { text, type TextId } from './i18n.ts';

/** The Sun, the planets and the Moon get a brief card; the small bodies and the spacecraft a detailed one. */
export type PlanetCardId = BodyIdOfKind<'star' | 'planet' | 'moon'>;
export type DetailedCardId = Exclude<BodyId, PlanetCardId>;
export const PLANET_CARD_IDS: readonly PlanetCardId[] = bodiesOfKind('star', 'planet', 'moon');
export const DETAILED_CARD_IDS: readonly DetailedCardId[] = bodiesOfKind('asteroid', 'comet', 'spacecraft', 'capsule');

/** A place distances are measured between. */
export type DistanceEndpoint = BodyId;

export interface CardLink {
  href: string;
  /** The host name, without "www.". */
  label: string;
}

export type CardSource =
  /** `ref` is empty where only the links are known (the events' summaries carry URLs only). */
  | { kind: 'cited'; ref: string; links: CardLink[] }
  | { kind: 'illustrative'; label: string };

export interface FactRow {
  label: string;
  value: string;
  note?: string;
}

export interface DistanceRow {
  label: string;
  from: DistanceEndpoint;
  to: DistanceEndpoint;
}

export interface KeyDate {
  eventId: string;
  name: string;
  /** YYYY-MM-DD, UTC. */
  dateUtc: string;
  tdbSec: number;
  status: EventStatus;
  statusLabel: string;
}

export interface DetailedCard {
  kind: 'detailed';
  id: DetailedCardId;
  /** Small line above the title: what kind of thing it is. */
  kicker: string;
  title: string;
  subtitle: string;
  description: string;
  facts: FactRow[];
  distances: DistanceRow[];
  keyDates: KeyDate[];
  sources: CardSource[];
  /** Why the drawn path is not a published one (probe and capsule). */
  illustrativeNote?: string;
}

export interface BriefCard {
  kind: 'brief';
  id: PlanetCardId;
  kicker: string;
  title: string;
  description: string;
  distances: DistanceRow[];
}

export interface EventCard {
  kind: 'event';
  id: string;
  kicker: string;
  title: string;
  description: string;
  tdbSec: number;
  /** 'YYYY-MM-DD hh:mm UTC' and 'YYYY-MM-DD hh:mm UTC+8'. */
  utc: string;
  beijing: string;
  status: EventStatus;
  statusLabel: string;
  /**
   * Set when the date shown is not a published one: "planned: … · this path: …" where the designed path's date
   * differs from the reported or planned date, or a note that the day was chosen within a published window.
   */
  dateNote?: string;
  sources: CardSource[];
}

export type InfoCard = DetailedCard | BriefCard | EventCard;

/** The parts of the worker's result a card is built from. */
export type CardData = Pick<PropagationResult, 'events' | 'facts'>;

export const STATUS_LABEL: Record<EventStatus, TextId> = {
  done: 'statusDone',
  reported: 'statusReported',
  planned: 'statusPlanned',
  illustrative: 'statusIllustrative',
};

const STAR: LocalizedText = { en: 'Star', zh: '恒星' };
const PLANET: LocalizedText = { en: 'Planet', zh: '行星' };
const MOON: LocalizedText = { en: 'Natural satellite', zh: '天然卫星' };

const PLANET_TEXT: Record<PlanetCardId, { kind: LocalizedText; line: LocalizedText }> = {
  sun: {
    kind: STAR,
    line: {
      en: 'The star at the centre of the solar system; every orbit drawn here goes round it.',
      zh: '太阳系中心的恒星，图中每条轨道都围绕它运行。',
    },
  },
  mercury: {
    kind: PLANET,
    line: { en: 'The innermost planet, 0.39 au from the Sun.', zh: '离太阳最近的行星，距太阳0.39天文单位。' },
  },
  venus: {
    kind: PLANET,
    line: {
      en: 'The second planet, 0.72 au from the Sun, hidden under thick clouds.',
      zh: '第二颗行星，距太阳0.72天文单位，被浓厚的云层包裹。',
    },
  },
  earth: {
    kind: PLANET,
    line: {
      en: 'Home. Tianwen-2 left it in May 2025 and is to pass it again in late 2027 to drop off its samples.',
      zh: '我们的家园。天问二号于2025年5月从这里出发，计划2027年底飞掠地球时投下样品。',
    },
  },
  moon: {
    kind: MOON,
    line: {
      en: "Earth's satellite. Kamoʻoalewa's reddish rock looks like lunar rock: it may be a piece of the Moon.",
      zh: '地球的卫星。小行星2016HO3偏红的岩石与月岩相似，它可能是月球的一块碎片。',
    },
  },
  mars: {
    kind: PLANET,
    line: { en: 'The fourth planet, 1.52 au from the Sun.', zh: '第四颗行星，距太阳1.52天文单位。' },
  },
  jupiter: {
    kind: PLANET,
    line: {
      en: 'The largest planet, 5.2 au from the Sun; its gravity shapes the asteroid belt where 311P orbits.',
      zh: '最大的行星，距太阳5.2天文单位；它的引力塑造了311P所在的小行星带。',
    },
  },
};

const KICKERS: Record<DetailedCardId, LocalizedText> = {
  kamooalewa: { en: "Asteroid · Earth's quasi-satellite", zh: '小行星 · 地球准卫星' },
  '311p': { en: 'Main-belt comet', zh: '主带彗星' },
  probe: { en: 'Spacecraft', zh: '探测器' },
  capsule: { en: 'Spacecraft', zh: '航天器' },
};

const CAPSULE_TEXT = {
  subtitle: { en: 'Carried by Tianwen-2', zh: '由天问二号携带' },
  description: {
    en: 'The small capsule that carries the samples of Kamoʻoalewa home. The probe releases it as it passes Earth; '
      + 'it plunges straight into the atmosphere at close to escape speed and lands in Inner Mongolia, while the '
      + 'probe flies on towards 311P.',
    zh: '把小行星2016HO3样品带回家的小型返回舱。探测器飞掠地球时将其释放，返回舱以接近第二宇宙速度直接再入大气层，'
      + '着陆于内蒙古，探测器则继续飞往311P。',
  },
} as const;

const ILLUSTRATIVE_NOTES: Record<'probe' | 'capsule', LocalizedText> = {
  probe: {
    en: 'CNSA has published no trajectory for Tianwen-2, only event dates. The path drawn here is designed to meet '
      + 'those dates under the laws of motion (coasting arcs joined by short burns), so the probe is in the right '
      + 'place at about the right time; the real probe cruises on ion engines, and its exact course differs.',
    zh: '国家航天局未公布天问二号的飞行轨道，只公布了任务节点日期。图中轨道按动力学规律设计，以吻合这些日期'
      + '（滑行弧段加短时点火），探测器在大致正确的时间处于正确的位置；真实探测器依靠离子电推进巡航，具体路径与此不同。',
  },
  capsule: {
    en: "No capsule trajectory has been published: its arc follows from the probe's illustrative path, released "
      + '12 hours before the Earth flyby.',
    zh: '返回舱轨道未公布：图中弧线由探测器的示意轨道推出，设定在飞掠地球前12小时释放。',
  },
};

/** Mission events worth listing on each card, by event id (those missing from the data are skipped). */
const KEY_EVENT_IDS: Record<DetailedCardId, readonly string[]> = {
  kamooalewa: ['kamooalewa-arrival', 'science-phase', 'sampling', 'kamooalewa-departure'],
  '311p': ['comet-311p-arrival', 'mission-end'],
  probe: ['launch', 'kamooalewa-arrival', 'kamooalewa-departure', 'earth-flyby', 'comet-311p-arrival', 'mission-end'],
  capsule: ['sampling', 'earth-flyby'],
};

const UNITS = {
  m: { en: 'm', zh: '米' },
  min: { en: 'min', zh: '分钟' },
  h: { en: 'h', zh: '小时' },
  kg: { en: 'kg', zh: '千克' },
  g: { en: 'g', zh: '克' },
  none: { en: '', zh: '' },
} as const satisfies Record<string, LocalizedText>;
export type QuantityUnit = keyof typeof UNITS;

export function isDetailedCardId(id: string): id is DetailedCardId {
  return (DETAILED_CARD_IDS as readonly string[]).includes(id);
}

export function isPlanetCardId(id: string): id is PlanetCardId {
  return (PLANET_CARD_IDS as readonly string[]).includes(id);
}

const groupThousands = (value: number): string => {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
};

function withUnit(number: string, unit: QuantityUnit, language: Language): string {
  const symbol = UNITS[unit][language];
  if (!symbol) return number;
  return language === 'zh' ? `${number}${symbol}` : `${number} ${symbol}`;
}

/** 190 ± 30 m · 40–100 m · ≥ 5.4 h · ≤ 3 m · 28.3 min (Chinese units are written without a space: 40–100米). */
export function formatQuantity(quantity: Quantity, unit: QuantityUnit, language: Language): string {
  const { value, min, max, plusMinus } = quantity;
  let number: string;
  if (value !== undefined) number = plusMinus !== undefined ? `${groupThousands(value)} ± ${groupThousands(plusMinus)}` : groupThousands(value);
  else if (min !== undefined && max !== undefined) number = `${groupThousands(min)}–${groupThousands(max)}`;
  else if (min !== undefined) number = `≥ ${groupThousands(min)}`;
  else if (max !== undefined) number = `≤ ${groupThousands(max)}`;
  else return '—';
  return withUnit(number, unit, language);
}

/** Only http(s) links are shown; the label is the site's host name. */
export function cardLinks(urls: readonly string[]): CardLink[] {
  const links: CardLink[] = [];
  for (const href of urls) {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    links.push({ href: url.href, label: url.hostname.replace(/^www\./, '') });
  }
  return links;
}

/**
 * Distinct sources in first-seen order, each link shown once (with the first citation that gives it; a citation
 * whose links were all shown already is dropped); the illustrative marker, labelled `illustrativeLabel`, at most
 * once, last.
 */
export function collectSources(sources: readonly Source[], illustrativeLabel: string): CardSource[] {
  const cited: CardSource[] = [];
  const seenRefs = new Set<string>();
  const seenLinks = new Set<string>();
  let illustrative = false;
  for (const source of sources) {
    if (source === 'illustrative') {
      illustrative = true;
      continue;
    }
    const key = `${source.ref}\n${source.urls.join('\n')}`;
    if (seenRefs.has(key)) continue;
    seenRefs.add(key);
    const allLinks = cardLinks(source.urls);
    const links = allLinks.filter((link) => !seenLinks.has(link.href));
    if (allLinks.length > 0 && links.length === 0) continue;
    for (const link of links) seenLinks.add(link.href);
    cited.push({ kind: 'cited', ref: source.ref, links });
  }
  if (illustrative) cited.push({ kind: 'illustrative', label: illustrativeLabel });
  return cited;
}

function quantityRow(label: TextId, quantity: Quantity | undefined, unit: QuantityUnit, language: Language): FactRow[] {
  if (!quantity) return [];
  const row: FactRow = { label: text(label, language), value: formatQuantity(quantity, unit, language) };
  // The data's notes are in English only.
  if (quantity.note && language === 'en') row.note = quantity.note;
  return [row];
}

/** Sidereal period from the semi-major axis (Kepler's third law with the Gaussian GM of the Sun), Julian years. */
export function orbitalPeriodYears(semiMajorAxisAu: number): number {
  const aKm = semiMajorAxisAu * AU_KM;
  return (2 * Math.PI * Math.sqrt((aKm * aKm * aKm) / MU_SUN_KM3_S2)) / JULIAN_YEAR_S;
}

function orbitRow(body: Body, language: Language): FactRow {
  const set = body.newestElementSet;
  const period = orbitalPeriodYears(set.semiMajorAxisAu).toFixed(2);
  const yearUnit = language === 'zh' ? '年' : 'yr';
  return {
    label: text('factOrbit', language),
    value: `a ${set.semiMajorAxisAu.toFixed(3)} au · e ${set.eccentricity.toFixed(3)} · i ${set.inclinationDeg.toFixed(1)}° · `
      + `${text('factPeriod', language)} ${period}${language === 'zh' ? ' ' : ' '}${yearUnit}`,
    note: language === 'en' ? `osculating elements, ${set.label}` : undefined,
  };
}

function keyDates(events: readonly MissionEventSummary[], ids: readonly string[], language: Language): KeyDate[] {
  return events
    .filter((event) => ids.includes(event.id))
    .sort((a, b) => a.tdbSec - b.tdbSec)
    .map((event) => ({
      eventId: event.id,
      name: language === 'zh' ? event.nameZh : event.nameEn,
      dateUtc: formatUtc(event.tdbSec).slice(0, 10),
      tdbSec: event.tdbSec,
      status: event.status,
      statusLabel: text(STATUS_LABEL[event.status], language),
    }));
}

const distanceRow = (label: TextId, from: DistanceEndpoint, to: DistanceEndpoint, language: Language): DistanceRow =>
  ({ label: text(label, language), from, to });

function bodyCard(body: Body, events: readonly MissionEventSummary[], language: Language): DetailedCard {
  const physical = body.physical;
  const discovery = body.discovery;
  const discoveredOn = discovery.dateUtc.slice(0, discovery.datePrecision === 'month' ? 7 : 10);
  return {
    kind: 'detailed',
    id: body.id,
    kicker: KICKERS[body.id][language],
    title: bodyName(body.id, language),
    subtitle: bodyFullName(body.id, language),
    description: body.description[language],
    facts: [
      ...quantityRow('factDiameter', physical.diameterM, 'm', language),
      ...quantityRow('factRadius', physical.radiusM, 'm', language),
      ...quantityRow('factRotation', physical.rotationPeriodMin, 'min', language),
      ...quantityRow('factRotation', physical.rotationPeriodH, 'h', language),
      orbitRow(body, language),
      { label: text('factDiscovered', language), value: `${discoveredOn} · ${discovery.by[language]}` },
      { label: text('factDesignations', language), value: body.designations.join(' · ') },
    ],
    distances: [distanceRow('fromProbe', 'probe', body.id, language), distanceRow('fromEarth', 'earth', body.id, language)],
    keyDates: keyDates(events, KEY_EVENT_IDS[body.id], language),
    sources: collectSources([
      physical.diameterM?.source, physical.radiusM?.source, physical.rotationPeriodMin?.source,
      physical.rotationPeriodH?.source, body.newestElementSet.source,
      discovery.source,
    ].filter((source): source is Source => source !== undefined), text('sourceIllustrative', language)),
  };
}

function probeCard(craft: Spacecraft, events: readonly MissionEventSummary[], language: Language): DetailedCard {
  const zh = language === 'zh';
  const wings = craft.solarWings;
  const wingsValue = `${wings.count} × ${withUnit(groupThousands(wings.diameterM), 'm', language)}, ${wings.shape[language]}`;
  const span = formatQuantity(craft.solarArraySpanM, 'm', language);
  return {
    kind: 'detailed',
    id: 'probe',
    kicker: KICKERS.probe[language],
    title: bodyName('probe', language),
    subtitle: `${text('formerly', language)} ${zh ? craft.names.formerZh : craft.names.formerEn}`,
    description: craft.description[language],
    facts: [
      ...quantityRow('factLaunchMass', craft.launchMassKg, 'kg', language),
      ...quantityRow('factBodySize', craft.bodySizeM, 'm', language),
      { label: text('factSolarWings', language), value: `${wingsValue}; ${zh ? '展开跨度' : 'span'} ${span}` },
      ...quantityRow('factCapsule', craft.capsuleDiameterM, 'm', language).map((row) => ({
        ...row, value: `${zh ? '直径' : ''}${row.value}${zh ? '' : ' across'}`,
      })),
      {
        label: text('factPropulsion', language),
        value: craft.propulsion.map((engine) => engine.role[language]).join(zh ? '；' : '; '),
      },
      ...quantityRow('factInstruments', craft.instrumentCount, 'none', language),
      ...quantityRow('factSample', craft.sampleMassG, 'g', language),
      { label: text('factDownlink', language), value: `${craft.downlink.band} ${zh ? '频段' : 'band'}, ${craft.downlink.frequencyMHz} MHz` },
      { label: text('factLaunchVehicle', language), value: craft.launchVehicle[language] },
      { label: text('factBuilder', language), value: craft.builder[language] },
    ],
    distances: [
      distanceRow('fromEarth', 'earth', 'probe', language),
      distanceRow('fromSun', 'sun', 'probe', language),
    ],
    keyDates: keyDates(events, KEY_EVENT_IDS.probe, language),
    sources: collectSources([
      craft.launchMassKg.source, craft.bodySizeM.source, wings.source, craft.solarArraySpanM.source,
      craft.capsuleDiameterM.source, craft.instrumentCount.source, craft.sampleMassG.source, craft.downlink.source,
      'illustrative',
    ], text('sourcePathIllustrative', language)),
    illustrativeNote: ILLUSTRATIVE_NOTES.probe[language],
  };
}

function capsuleCard(craft: Spacecraft, events: readonly MissionEventSummary[], language: Language): DetailedCard {
  return {
    kind: 'detailed',
    id: 'capsule',
    kicker: KICKERS.capsule[language],
    title: bodyName('capsule', language),
    subtitle: CAPSULE_TEXT.subtitle[language],
    description: CAPSULE_TEXT.description[language],
    facts: [
      ...quantityRow('factDiameter', craft.capsuleDiameterM, 'm', language),
      ...quantityRow('factSample', craft.sampleMassG, 'g', language),
    ],
    distances: [
      distanceRow('fromEarth', 'earth', 'capsule', language),
      distanceRow('fromProbe', 'probe', 'capsule', language),
    ],
    keyDates: keyDates(events, KEY_EVENT_IDS.capsule, language),
    sources: collectSources(
      [craft.capsuleDiameterM.source, craft.sampleMassG.source, 'illustrative'],
      text('sourcePathIllustrative', language),
    ),
    illustrativeNote: ILLUSTRATIVE_NOTES.capsule[language],
  };
}

function planetCard(id: PlanetCardId, language: Language): BriefCard {
  const { kind, line } = PLANET_TEXT[id];
  return {
    kind: 'brief', id, kicker: kind[language], title: bodyFullName(id, language), description: line[language],
    distances: [distanceRow('fromProbe', 'probe', id, language)],
  };
}

/** Minutes are the finest the published dates go; seconds would claim a precision nobody has. */
const toMinute = (formatted: string): string => formatted.replace(/^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}):\d{2}/, '$1');

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A published date as finely as it was published: "January 2035", "2026-06-07", "~2027-11-29", or to the minute. */
function publishedDate(tdbSec: number, precision: MissionEventSummary['plannedPrecision'], language: Language): string {
  const utc = formatUtc(tdbSec);
  const [year, month] = [utc.slice(0, 4), Number(utc.slice(5, 7))];
  switch (precision) {
    case 'month': return language === 'zh' ? `${year}年${month}月` : `${MONTHS_EN[month - 1]} ${year}`;
    case 'approx': return `${text('dateAbout', language)}${utc.slice(0, 10)}`;
    case 'day': return utc.slice(0, 10);
    default: return `${toMinute(utc)}`;
  }
}

/** "planned: January 2035 · this path: 2034-11-06" where the designed path's date is not the published one. */
function dateNoteOf(event: MissionEventSummary, language: Language): string | undefined {
  if (event.plannedTdbSec !== event.tdbSec) {
    // No-break spaces keep each label with its date: the note wraps only at the middle dot.
    const colon = language === 'zh' ? '：' : ': ';
    const unbroken = (label: string, date: string) => `${label}${colon}${date}`.replace(/ /g, '\u00a0');
    const label = text(event.status === 'planned' ? 'datePlanned' : 'dateReported', language);
    return `${unbroken(label, publishedDate(event.plannedTdbSec, event.plannedPrecision, language))} · `
      + unbroken(text('dateThisPath', language), formatUtc(event.tdbSec).slice(0, 10));
  }
  return event.dateIllustrative ? text('dateIllustrative', language) : undefined;
}

function eventCard(event: MissionEventSummary, language: Language): EventCard {
  const links = cardLinks(event.sources);
  const sources: CardSource[] = links.length > 0
    ? [{ kind: 'cited', ref: '', links }]
    : [{ kind: 'illustrative', label: text('sourceIllustrative', language) }];
  return {
    kind: 'event',
    id: event.id,
    kicker: text('missionEvent', language),
    title: language === 'zh' ? event.nameZh : event.nameEn,
    description: language === 'zh' ? event.descriptionZh : event.descriptionEn,
    tdbSec: event.tdbSec,
    utc: toMinute(formatUtc(event.tdbSec)),
    beijing: toMinute(formatBeijing(event.tdbSec)),
    status: event.status,
    statusLabel: text(STATUS_LABEL[event.status], language),
    ...(dateNoteOf(event, language) !== undefined ? { dateNote: dateNoteOf(event, language)! } : {}),
    sources,
  };
}

/**
 * The card for a selected id, or null when there is nothing to show: an unknown id, or a body whose facts have
 * not arrived yet (`data` null while the worker propagates; the planets' brief cards need no data).
 */
export function buildInfoCard(selectedId: string | null, data: CardData | null, language: Language): InfoCard | null {
  if (selectedId === null) return null;
  if (isPlanetCardId(selectedId)) return planetCard(selectedId, language);
  if (!data) return null;
  switch (selectedId) {
    case 'kamooalewa':
    case '311p':
      return bodyCard(data.facts.bodies[selectedId], data.events, language);
    case 'probe':
      return probeCard(data.facts.spacecraft, data.events, language);
    case 'capsule':
      return capsuleCard(data.facts.spacecraft, data.events, language);
  }
  const event = data.events.find((e) => e.id === selectedId);
  return event ? eventCard(event, language) : null;
}

export type DistanceMeter = (from: DistanceEndpoint, to: DistanceEndpoint, tdbSec: number) => number;

/** Distance in km between two bodies at a time, from the one ephemeris; NaN where either has no state then. */
export function createDistanceMeter(ephemeris: Ephemeris): DistanceMeter {
  return (from, to, tdbSec) => ephemeris.distanceKm(from, to, tdbSec);
}

/** Kept for callers that want the period in days (e.g. to compare with a catalogue). */
export const orbitalPeriodDays = (semiMajorAxisAu: number): number => (orbitalPeriodYears(semiMajorAxisAu) * JULIAN_YEAR_S) / DAY_S;
