/**
 * The caption at any moment of the mission, from the phases and the probe readout, in the chosen language; a clip of
 * a tour chapter also says what the chapter's caption says.
 */
import type { GetProbeReadout } from '../state/probe-readout.ts';
import { phaseAt } from '../state/mission-span.ts';
import type { Language } from '../state/view-store.ts';
import type { MissionPhase } from '../core/mission/mission-result.ts';
import { captionTexts, type CaptionTexts } from './caption.ts';

export function captionSource(
  phases: readonly MissionPhase[], getProbeReadout: GetProbeReadout, language: Language,
  story: { en: string; zh: string } | null = null,
): (tdbSec: number) => CaptionTexts {
  return (tdbSec) => {
    const phase = phaseAt(phases, tdbSec);
    return captionTexts({
      tdbSec,
      language,
      phaseName: phase ? (language === 'zh' ? phase.nameZh : phase.nameEn) : null,
      distEarthKm: getProbeReadout(tdbSec)?.distEarthKm ?? null,
      story: story ? story[language] : null,
    });
  };
}
