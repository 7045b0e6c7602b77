/**
 * Everything drawn over the scene: readouts (top left), the event list, language and help buttons (top right), playback controls and the
 * timeline (bottom), the help overlay, and the keyboard shortcuts. One element to mount above the canvas.
 */
import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Clock } from '../state/clock.ts';
import type { GetProbeReadout } from '../state/probe-readout.ts';
import type { GetImportedReadout } from '../state/imported-readout.ts';
import { viewStore as defaultViewStore, type ViewStore } from '../state/view-store.ts';
import type { MissionEventSummary, MissionPhase } from '../core/mission/mission-result.ts';
import { EventList } from './EventList.tsx';
import { SaveImageButton, VideoClipButton } from './ExportButtons.tsx';
import { HelpOverlay } from './HelpOverlay.tsx';
import { PlaybackControls } from './PlaybackControls.tsx';
import { Readouts, type PathState } from './Readouts.tsx';
import { IllustrativeNote } from './StatusPanels.tsx';
import { SaveImageDialog } from './SaveImageDialog.tsx';
import { StoryCaption, TourButton } from './StoryCaption.tsx';
import { Timeline, type TimelineTrack } from './Timeline.tsx';
import { FirstHint, PhaseLegend } from './TitleExtras.tsx';
import { VideoDialog } from './VideoDialog.tsx';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';
import { HelpButton, LanguageButton, PanelsButton } from './ViewButtons.tsx';
import './hud.css';
import { overlayArea } from './use-screen-area.ts';

export interface HudProps {
  clock: Clock;
  /** Sorted by time (the Hud sorts a copy if they are not). */
  events: readonly MissionEventSummary[];
  phases: readonly MissionPhase[];
  launchTdbSec: number;
  getProbeReadout: GetProbeReadout;
  /** The imported tracks' time spans, for the timeline. */
  importedSpans?: readonly TimelineTrack[];
  /** The readout source for a focus: an imported track's distances, for the readouts (null for other bodies). */
  importedReadoutFor?: (focusId: string | null) => GetImportedReadout;
  pathState?: PathState;
  viewStore?: ViewStore;
  /** Shown first in the top-right cluster (the app's Copy link button). */
  shareControl?: ReactNode;
  /** The museum kiosk: only what a visitor touches (no link, export or help buttons). */
  kiosk?: boolean;
  /** After the clock jumped to an event chosen on the timeline or in the list. */
  onEventChosen?: (event: MissionEventSummary) => void;
}

export function Hud({
  clock, events, phases, launchTdbSec, getProbeReadout, importedReadoutFor, importedSpans, pathState = 'ready', viewStore = defaultViewStore, onEventChosen, shareControl,
  kiosk = false,
}: HudProps) {
  const language = useStore(viewStore, (s) => s.language);
  const panelsVisible = useStore(viewStore, (s) => s.panelsVisible);
  const focusId = useStore(viewStore, (s) => s.focusId);
  const getImportedReadout = useMemo(() => importedReadoutFor?.(focusId), [importedReadoutFor, focusId]);
  const sortedEvents = useMemo(() => [...events].sort((a, b) => a.tdbSec - b.tdbSec), [events]);
  const eventTimes = useMemo(() => sortedEvents.map((event) => event.tdbSec), [sortedEvents]);
  useKeyboardShortcuts(clock, eventTimes, viewStore, kiosk);
  const bottomRef = useRef<HTMLDivElement>(null);
  useStackAbove(bottomRef, '--distance-plot-bottom', panelsVisible);

  return (
    <div className="hud" lang={language === 'zh' ? 'zh-CN' : 'en'} data-panels={panelsVisible ? 'shown' : 'hidden'}>
      {panelsVisible && (
        <>
          <div className="hud-top-left">
            <Readouts
              clock={clock}
              language={language}
              launchTdbSec={launchTdbSec}
              getProbeReadout={getProbeReadout}
              getImportedReadout={getImportedReadout}
              pathState={pathState}
            />
            <IllustrativeNote language={language}>
              <FirstHint clock={clock} language={language} />
              <PhaseLegend phases={phases} language={language} />
            </IllustrativeNote>
          </div>
          <div className="hud-top-right">
            <div ref={overlayArea} className="hud-cluster">
              <TourButton language={language} />
              {!kiosk && (
                <>
                  {shareControl}
                  <SaveImageButton language={language} />
                  <VideoClipButton language={language} />
                </>
              )}
              <EventList clock={clock} events={sortedEvents} language={language} viewStore={viewStore} onEventChosen={onEventChosen} />
              <LanguageButton language={language} viewStore={viewStore} />
              {!kiosk && <PanelsButton language={language} viewStore={viewStore} />}
              {!kiosk && <HelpButton language={language} viewStore={viewStore} />}
            </div>
          </div>
          <div ref={bottomRef} className="hud-bottom">
            <StoryCaption language={language} />
            <PlaybackControls clock={clock} eventTimesTdbSec={eventTimes} language={language} />
            <Timeline clock={clock} events={sortedEvents} phases={phases} language={language} onEventChosen={onEventChosen} tracks={importedSpans} />
          </div>
        </>
      )}
      {!panelsVisible && (
        <div ref={overlayArea} className="hud-bottom-right">
          <PanelsButton language={language} viewStore={viewStore} />
        </div>
      )}
      <HelpOverlay language={language} viewStore={viewStore} />
      <SaveImageDialog language={language} phases={phases} getProbeReadout={getProbeReadout} />
      <VideoDialog language={language} clock={clock} phases={phases} getProbeReadout={getProbeReadout} />
    </div>
  );
}

/** The distance plot's column at the bottom left: 12 px margin, 338 px wide (distance-plot.css), 10 px gap. */
const LEFT_COLUMN_PX = 360;

/** Keeps a CSS variable at the height of the bottom stack (controls, timeline, a caption), so what sits above it moves up as it grows. */
function useStackAbove(ref: { current: HTMLElement | null }, variable: string, mounted: boolean): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = () => {
      // Only what reaches into the distance plot's column counts (a centred caption beside it at 1280 px does not).
      const tops = [...element.children].map((child) => child.getBoundingClientRect()).filter((box) => box.left < LEFT_COLUMN_PX).map((box) => box.top);
      const top = tops.length > 0 ? Math.min(...tops) : element.getBoundingClientRect().top;
      root.style.setProperty(variable, `${Math.round(window.innerHeight - top + 8)}px`);
    };
    const observer = new ResizeObserver(update);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    window.addEventListener('resize', update);
    update();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
      root.style.removeProperty(variable);
    };
  }, [ref, variable, mounted]);
}
