/** "1 d/s", "6 h/s", "−1 wk/s" (backward), "1 天/秒": a clock multiplier as people read a playback rate. */
import { rateParts, type RateParts } from '../state/playback-rate.ts';
import type { Language } from '../state/view-store.ts';
import { text, type TextId } from './i18n.ts';

const UNIT_TEXT: Record<RateParts['unit'], TextId> = {
  s: 'unitS', min: 'unitMin', h: 'unitH', d: 'unitD', w: 'unitW', mo: 'unitMo', yr: 'unitYr',
};

export function rateLabel(multiplier: number, language: Language, withSign = true): string {
  const { value, unit } = rateParts(multiplier);
  const sign = withSign && multiplier < 0 ? '−' : '';
  return `${sign}${value} ${text(UNIT_TEXT[unit], language)}${text('rateSuffix', language)}`;
}
