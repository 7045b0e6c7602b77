/**
 * Play/pause, direction, event stepping, rate presets and a fine rate slider.
 * Every control is a real <button>/<input> with an accessible name and a tooltip.
 */
import type { Clock } from '../state/clock.ts';
import { stepToEvent } from '../state/event-stepping.ts';
import {
  fasterPreset, presetAt, RATE_PRESETS, rateFromSlider, sliderFromRate, slowerPreset,
} from '../state/playback-rate.ts';
import type { Language } from '../state/view-store.ts';
import { text } from './i18n.ts';
import {
  FasterIcon, NextEventIcon, PauseIcon, PlayIcon, PreviousEventIcon, ReverseIcon, SlowerIcon,
} from './icons.tsx';
import { IconButton, keepFocusAway } from './IconButton.tsx';
import { rateLabel } from './rate-label.ts';
import { useArriveAt, useStory } from './story-context.ts';
import { tdbSecFromUtcMs } from '../core/time.ts';
import { useClockValue } from './use-clock.ts';
import './controls.css';
import { panelArea } from './use-screen-area.ts';

export interface PlaybackControlsProps {
  clock: Clock;
  /** Event times, sorted ascending, for the previous/next buttons. */
  eventTimesTdbSec: readonly number[];
  language: Language;
}

const SLIDER_STEPS = 1000;


export function PlaybackControls({ clock, eventTimesTdbSec, language }: PlaybackControlsProps) {
  const arrive = useArriveAt(clock);
  const playing = useClockValue(clock, (c) => c.playing);
  const multiplier = useClockValue(clock, (c) => c.multiplier);
  const t = (id: Parameters<typeof text>[0]) => text(id, language);
  const backward = multiplier < 0;
  const direction = backward ? -1 : 1;
  const activePreset = presetAt(multiplier);
  const withHint = (label: string, key: string) => `${label} (${key})`;

  return (
    <div ref={panelArea} className="panel controls" role="toolbar" aria-label={t('playbackControls')} data-testid="playback-controls">
      <div className="ctl-group">
        <IconButton label={withHint(t('previousEvent'), '←')} onClick={() => stepToEvent(clock, eventTimesTdbSec, -1, arrive)} testId="previous-event">
          <PreviousEventIcon />
        </IconButton>
        <IconButton
          label={withHint(playing ? t('pause') : backward ? t('playBackward') : t('play'), t('keySpace'))}
          onClick={() => clock.toggle()}
          className="ctl-play"
          testId="play-pause"
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
        </IconButton>
        <IconButton label={withHint(t('nextEvent'), '→')} onClick={() => stepToEvent(clock, eventTimesTdbSec, 1, arrive)} testId="next-event">
          <NextEventIcon />
        </IconButton>
        <IconButton label={withHint(t('playBackward'), 'R')} pressed={backward} onClick={() => clock.reverse()} testId="reverse">
          <ReverseIcon />
        </IconButton>
        <NowButton clock={clock} language={language} />
      </div>

      <div className="ctl-group ctl-rates" role="group" aria-label={t('ratePresets')}>
        <IconButton label={withHint(t('slower'), '[')} onClick={() => clock.setMultiplier(slowerPreset(multiplier))}>
          <SlowerIcon />
        </IconButton>
        {RATE_PRESETS.map((preset) => {
          const label = rateLabel(preset.multiplier, language);
          return (
            <button
              key={preset.id}
              type="button"
              className="ctl-preset"
              aria-pressed={activePreset?.id === preset.id}
              aria-label={`${t('playbackRate')} ${label}`}
              title={`${t('playbackRate')}: ${label}`}
              onMouseDown={keepFocusAway}
              onClick={() => clock.setMultiplier(direction * preset.multiplier)}
            >
              {label}
            </button>
          );
        })}
        <IconButton label={withHint(t('faster'), ']')} onClick={() => clock.setMultiplier(fasterPreset(multiplier))}>
          <FasterIcon />
        </IconButton>
      </div>

      <label className="ctl-fine" title={t('playbackRate')}>
        <input
          type="range"
          min={0}
          max={SLIDER_STEPS}
          step={1}
          value={Math.round(sliderFromRate(multiplier) * SLIDER_STEPS)}
          aria-label={t('playbackRate')}
          aria-valuetext={rateLabel(multiplier, language)}
          onChange={(event) => clock.setMultiplier(rateFromSlider(Number(event.target.value) / SLIDER_STEPS, direction))}
        />
        <output className="ctl-rate" data-testid="rate">{rateLabel(multiplier, language)}</output>
      </label>

    </div>
  );
}

/** Today, followed in real time (1 s/s); shown while today falls inside the mission's span. */
function NowButton({ clock, language }: { clock: Clock; language: Language }) {
  const story = useStory();
  const nowTdbSec = tdbSecFromUtcMs(Date.now());
  if (nowTdbSec < clock.startTdbSec || nowTdbSec > clock.stopTdbSec) return null;
  const goToNow = () => {
    story?.tour.stop();
    story?.director.dismiss();
    clock.seek(tdbSecFromUtcMs(Date.now()));
    clock.setMultiplier(1);
    clock.play();
  };
  return (
    <button type="button" className="ctl-preset ctl-now" title={text('goToNow', language)} aria-label={text('goToNow', language)} onMouseDown={keepFocusAway} onClick={goToNow} data-testid="now">
      {text('now', language)}
    </button>
  );
}
