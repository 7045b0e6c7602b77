/**
 * The one body catalogue: every body the app knows, its id, kind, names (en / 中文, short and full), radius, colour
 * and label priority. Pickers, labels, cards, readouts, links and exports derive their lists and names from here.
 * Radii: IAU/IUGG mean radii (Archinal et al. 2018, Celest. Mech. Dyn. Astr. 130:22, table 4 and 5); the small
 * bodies' from their data files' published ranges (a value picked within them, as noted).
 */
import type { Language } from './language.ts';

export const BODY_IDS = ['sun', 'mercury', 'venus', 'earth', 'moon', 'mars', 'jupiter', 'kamooalewa', '311p', 'probe', 'capsule'] as const;
export type BodyId = (typeof BODY_IDS)[number];
/** Bodies with a sampled track (the Sun is the origin of every heliocentric track). */
export type TrackedBodyId = Exclude<BodyId, 'sun'>;

export type BodyKind = 'star' | 'planet' | 'moon' | 'asteroid' | 'comet' | 'spacecraft' | 'capsule';

export interface BodyNames {
  en: string;
  zh: string;
  enFull: string;
  zhFull: string;
  /** For narrow places (the readouts' "From …" row), where the name is long. */
  enShort?: string;
  zhShort?: string;
  /** Why the Chinese name is the one chosen, where it is a choice rather than an established usage. */
  zhNote?: string;
}

export interface CatalogueBody {
  id: BodyId;
  kind: BodyKind;
  names: BodyNames;
  /** Mean radius, km (for the probe: half its span; for the capsule: half its width). */
  radiusKm: number;
  color: string;
  /** Smallest drawn radius, pixels, while bodies are drawn larger than life. */
  minPixels: number;
  /** Lower is placed first (wins overlaps). */
  labelPriority: number;
  focusable: boolean;
  /** Orbit line: one period of samples, days; the whole track when absent. */
  orbitPeriodDays?: number;
  /** The body a moon goes round: drawn within a few pixels of it, the two are one dot with the parent's name. */
  parentId?: BodyId;
}

export const BODIES = [
  { id: 'sun', kind: 'star', names: { en: 'Sun', zh: '太阳', enFull: 'The Sun', zhFull: '太阳' }, radiusKm: 695_700, color: '#fff1c4', minPixels: 7, labelPriority: 1, focusable: true },
  {
    id: 'probe', kind: 'spacecraft',
    names: { en: 'Tianwen-2', zh: '天问二号', enFull: 'Tianwen-2 (CNSA)', zhFull: '天问二号探测器' },
    // Half the 15 m tip-to-tip span Xinhua quotes (ephemeris/spacecraft.json), the span the scene's model is built to.
    radiusKm: 0.0075, color: '#ffffff', minPixels: 16, labelPriority: 0, focusable: true,
  },
  { id: 'earth', kind: 'planet', names: { en: 'Earth', zh: '地球', enFull: 'Earth', zhFull: '地球' }, radiusKm: 6_371, color: '#4f8fe8', minPixels: 4.5, labelPriority: 2, focusable: true, orbitPeriodDays: 365.256 },
  {
    id: 'kamooalewa', kind: 'asteroid',
    names: {
      en: 'Kamoʻoalewa', zh: '小行星2016HO3', enFull: '469219 Kamoʻoalewa (2016 HO3)', zhFull: '小行星2016HO3（469219 卡莫奥阿莱瓦）', zhShort: '2016HO3',
      zhNote: 'CNSA and Chinese media almost always say 小行星2016HO3; the transliteration 卡莫奥阿莱瓦 is in use but not established.',
    },
    // Diameter 40–100 m (ephemeris/bodies/kamooalewa.json): drawn at 70 m, the middle of that range.
    radiusKm: 0.035, color: '#b8a48e', minPixels: 8, labelPriority: 3, focusable: true, orbitPeriodDays: 366,
  },
  {
    id: '311p', kind: 'comet',
    names: {
      en: '311P/PANSTARRS', zh: '主带彗星311P', enFull: '311P/PANSTARRS (P/2013 P5)', zhFull: '主带彗星311P/泛星（P/2013 P5）', enShort: '311P', zhShort: '311P',
      zhNote: 'CNSA and Chinese media usually say 主带彗星311P; 泛星 (the usual Chinese name of the Pan-STARRS survey) is a translation, not an attested name.',
    },
    // Nucleus radius 190 ± 30 m (ephemeris/bodies/311p.json, Jewitt et al. 2018).
    radiusKm: 0.19, color: '#c9d6e0', minPixels: 7, labelPriority: 4, focusable: true, orbitPeriodDays: 1185,
  },
  { id: 'mars', kind: 'planet', names: { en: 'Mars', zh: '火星', enFull: 'Mars', zhFull: '火星' }, radiusKm: 3_389.5, color: '#d9673b', minPixels: 4, labelPriority: 5, focusable: true, orbitPeriodDays: 686.98 },
  { id: 'venus', kind: 'planet', names: { en: 'Venus', zh: '金星', enFull: 'Venus', zhFull: '金星' }, radiusKm: 6_051.8, color: '#e8d3a0', minPixels: 4, labelPriority: 6, focusable: true, orbitPeriodDays: 224.7 },
  { id: 'jupiter', kind: 'planet', names: { en: 'Jupiter', zh: '木星', enFull: 'Jupiter', zhFull: '木星' }, radiusKm: 69_911, color: '#d8b98c', minPixels: 5.5, labelPriority: 7, focusable: true },
  { id: 'mercury', kind: 'planet', names: { en: 'Mercury', zh: '水星', enFull: 'Mercury', zhFull: '水星' }, radiusKm: 2_439.7, color: '#a9a29a', minPixels: 3.5, labelPriority: 8, focusable: true, orbitPeriodDays: 87.969 },
  { id: 'moon', kind: 'moon', names: { en: 'Moon', zh: '月球', enFull: 'The Moon', zhFull: '月球' }, radiusKm: 1_737.4, color: '#c8c8c8', minPixels: 3, labelPriority: 9, focusable: true, parentId: 'earth' },
  {
    id: 'capsule', kind: 'capsule',
    names: { en: 'Return capsule', zh: '返回舱', enFull: 'Tianwen-2 sample return capsule', zhFull: '天问二号返回舱' },
    // 0.75 m across (ephemeris/spacecraft.json).
    radiusKm: 0.000375, color: '#ffd27a', minPixels: 4, labelPriority: 10, focusable: true,
  },
] as const satisfies readonly CatalogueBody[];

/** The ids of the bodies of some kinds, as a type (the planets' cards, the mission's own tracks). */
export type BodyIdOfKind<K extends BodyKind> = Extract<(typeof BODIES)[number], { kind: K }>['id'];

/** Bodies of these kinds, in catalogue order. */
export function bodiesOfKind<K extends BodyKind>(...kinds: K[]): BodyIdOfKind<K>[] {
  return BODIES.filter((body) => (kinds as readonly BodyKind[]).includes(body.kind)).map((body) => body.id as BodyIdOfKind<K>);
}

export const BODY_BY_ID: Readonly<Record<BodyId, CatalogueBody>> = Object.fromEntries(BODIES.map((b) => [b.id, b])) as Record<BodyId, CatalogueBody>;

/** Labels are placed in this order: a later one gives way to an earlier one (the probe and the Sun first). */
export const BODIES_BY_LABEL_PRIORITY: readonly CatalogueBody[] = [...BODIES].sort((a, b) => a.labelPriority - b.labelPriority);

/** The bodies a view can centre on, in the order the pickers list them (Sun outwards, then the mission). */
export const FOCUSABLE_BODY_IDS: readonly BodyId[] = BODY_IDS.filter((id) => BODY_BY_ID[id].focusable);

/** Own keys only: `isBodyId('toString')` is false. */
export function isBodyId(value: unknown): value is BodyId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(BODY_BY_ID, value);
}

export function bodyName(id: BodyId, language: Language): string {
  return BODY_BY_ID[id].names[language];
}

/** The short name where room is tight (the readouts), else the name. */
export function bodyShortName(id: BodyId, language: Language): string {
  const names: BodyNames = BODY_BY_ID[id].names;
  return (language === 'zh' ? names.zhShort : names.enShort) ?? names[language];
}

export function bodyFullName(id: BodyId, language: Language): string {
  const names = BODY_BY_ID[id].names;
  return language === 'zh' ? names.zhFull : names.enFull;
}
