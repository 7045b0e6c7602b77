/** How each body is drawn and named. Radii: IAU mean radii; Kamoʻoalewa and 311P from ephemeris/bodies/*.json. */
import type { Language } from '../state/view-store.ts';

export type BodyId = 'sun' | 'mercury' | 'venus' | 'earth' | 'moon' | 'mars' | 'jupiter' | 'kamooalewa' | '311p' | 'probe' | 'capsule';

export interface BodyLook {
  id: BodyId;
  nameEn: string;
  nameZh: string;
  radiusKm: number;
  color: string;
  /** Smallest drawn radius, pixels, when bodies are exaggerated. */
  minPixels: number;
  /** Lower draws its label first (wins overlaps). */
  labelPriority: number;
  /** Camera distance after focusing it, km. */
  focusDistanceKm: number;
  /** Orbit line: one period of samples (days), or the whole track when absent. */
  orbitPeriodDays?: number;
}

export const BODY_LOOKS: readonly BodyLook[] = [
  { id: 'sun', nameEn: 'Sun', nameZh: '太阳', radiusKm: 695_700, color: '#fff1c4', minPixels: 7, labelPriority: 1, focusDistanceKm: 8e6 },
  { id: 'probe', nameEn: 'Tianwen-2', nameZh: '天问二号', radiusKm: 0.0062, color: '#ffffff', minPixels: 16, labelPriority: 0, focusDistanceKm: 80 },
  { id: 'earth', nameEn: 'Earth', nameZh: '地球', radiusKm: 6_371, color: '#4f8fe8', minPixels: 4.5, labelPriority: 2, focusDistanceKm: 9e5, orbitPeriodDays: 365.256 },
  { id: 'kamooalewa', nameEn: 'Kamoʻoalewa 2016 HO3', nameZh: '小行星2016HO3', radiusKm: 0.035, color: '#b8a48e', minPixels: 8, labelPriority: 3, focusDistanceKm: 60, orbitPeriodDays: 366 },
  { id: '311p', nameEn: '311P/PANSTARRS', nameZh: '主带彗星311P', radiusKm: 0.19, color: '#c9d6e0', minPixels: 7, labelPriority: 4, focusDistanceKm: 300, orbitPeriodDays: 1185 },
  { id: 'mars', nameEn: 'Mars', nameZh: '火星', radiusKm: 3_389.5, color: '#d9673b', minPixels: 4, labelPriority: 5, focusDistanceKm: 5e4, orbitPeriodDays: 686.98 },
  { id: 'venus', nameEn: 'Venus', nameZh: '金星', radiusKm: 6_051.8, color: '#e8d3a0', minPixels: 4, labelPriority: 6, focusDistanceKm: 9e4, orbitPeriodDays: 224.7 },
  { id: 'jupiter', nameEn: 'Jupiter', nameZh: '木星', radiusKm: 69_911, color: '#d8b98c', minPixels: 5.5, labelPriority: 7, focusDistanceKm: 1e6 },
  { id: 'mercury', nameEn: 'Mercury', nameZh: '水星', radiusKm: 2_439.7, color: '#a9a29a', minPixels: 3.5, labelPriority: 8, focusDistanceKm: 4e4, orbitPeriodDays: 87.969 },
  { id: 'moon', nameEn: 'Moon', nameZh: '月球', radiusKm: 1_737.4, color: '#c8c8c8', minPixels: 3, labelPriority: 9, focusDistanceKm: 2.5e4 },
  { id: 'capsule', nameEn: 'Return capsule', nameZh: '返回舱', radiusKm: 0.0004, color: '#ffd27a', minPixels: 4, labelPriority: 10, focusDistanceKm: 30 },
];

/** Labels are placed in this order: a later one gives way to an earlier one (the probe and the Sun first). */
export const BODY_LOOKS_BY_LABEL_PRIORITY: readonly BodyLook[] = [...BODY_LOOKS].sort((a, b) => a.labelPriority - b.labelPriority);

export const BODY_LOOK_BY_ID: Readonly<Record<BodyId, BodyLook>> = Object.fromEntries(
  BODY_LOOKS.map((look) => [look.id, look]),
) as Record<BodyId, BodyLook>;

export function bodyName(look: BodyLook, language: Language): string {
  return language === 'zh' ? look.nameZh : look.nameEn;
}
