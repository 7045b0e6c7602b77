/**
 * The caption of the staged shot being shown (an event jumped to, a tour chapter): what is happening, in the
 * chosen language, with its source; during the tour also the chapter, its progress and the tour's controls.
 */
import { useSyncExternalStore } from 'react';
import type { Language } from '../state/view-store.ts';
import { text } from './i18n.ts';
import { IconButton } from './IconButton.tsx';
import { CloseIcon, NextEventIcon, PauseIcon, PlayIcon, PreviousEventIcon, TourIcon } from './icons.tsx';
import { useStory, type StoryControls } from './story-context.ts';
import { overlayArea } from './use-screen-area.ts';
import './story.css';

export function StoryCaption({ language }: { language: Language }) {
  const story = useStory();
  if (!story) return null;
  return <Caption story={story} language={language} />;
}

function Caption({ story, language }: { story: StoryControls; language: Language }) {
  const { director, tour } = story;
  const active = useSyncExternalStore(director.subscribe, () => director.active);
  const progress = useSyncExternalStore(tour.subscribe, tour.progress);
  const touring = progress.status !== 'off';
  if (!active && !touring) return null;
  const chapter = touring ? tour.chapters[progress.chapter] : undefined;
  const source = active?.shot.source;
  const sourceText = !source ? null
    : source === 'illustrative' ? text('captionIllustrative', language)
      : source === 'event' ? null : source.ref;
  return (
    <section ref={overlayArea} className="panel story-caption" aria-label={text('caption', language)} aria-live="polite" aria-busy={active?.arriving ?? false} data-testid="story-caption">
      {chapter && (
        <div className="story-tour-bar">
          <span className="story-chapter" data-testid="tour-chapter">
            {progress.chapter + 1} / {progress.chapters} · {chapter.title[language]}
          </span>
          <span className="story-progress" aria-hidden="true">
            <span style={{ width: `${Math.round(((progress.chapter + progress.fraction) / progress.chapters) * 100)}%` }} />
          </span>
          <IconButton label={text('tourPrevious', language)} onClick={() => tour.previous()} testId="tour-previous"><PreviousEventIcon /></IconButton>
          {progress.status === 'playing'
            ? <IconButton label={text('tourPause', language)} onClick={() => tour.pause()} testId="tour-pause"><PauseIcon /></IconButton>
            : <IconButton label={text('tourResume', language)} onClick={() => tour.resume()} testId="tour-resume"><PlayIcon /></IconButton>}
          <IconButton label={text('tourNext', language)} onClick={() => tour.next()} testId="tour-next"><NextEventIcon /></IconButton>
          <IconButton label={text('tourStop', language)} onClick={() => { tour.stop(); director.dismiss(); }} testId="tour-stop"><CloseIcon /></IconButton>
        </div>
      )}
      {active && (
        <p className="story-text" lang={language === 'zh' ? 'zh-CN' : 'en'} data-testid="story-caption-text">
          {active.shot.caption[language]}
          {sourceText && <span className="story-source"> · {text('captionSource', language)}: {sourceText}</span>}
        </p>
      )}
      {!touring && (
        <IconButton label={text('dismissCaption', language)} className="story-dismiss" onClick={() => director.dismiss()} testId="caption-dismiss">
          <CloseIcon />
        </IconButton>
      )}
    </section>
  );
}

/** Starts the guided tour from its first chapter. */
export function TourButton({ language }: { language: Language }) {
  const story = useStory();
  if (!story || story.tour.chapters.length === 0) return null;
  return (
    <button
      type="button"
      className="ctl-button ctl-text hud-chip"
      title={text('startTour', language)}
      aria-label={text('startTour', language)}
      onClick={() => story.tour.start(0)}
      data-testid="tour-button"
    >
      <TourIcon />
      <span className="tour-button-text">{text('tour', language)}</span>
    </button>
  );
}

