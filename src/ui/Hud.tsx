/**
 * Everything drawn over the scene: readouts (top left), the event list, language and help buttons (top right), playback controls and the
 * timeline (bottom), the help overlay, and the keyboard shortcuts. One element to mount above the canvas.
 */
import { useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Clock } from '../state/clock.ts';
import type { GetProbeReadout } from '../state/probe-readout.ts';
import { viewStore as defaultViewStore, type ViewStore } from '../state/view-store.ts';
import type { MissionEventSummary, MissionPhase } from '../core/mission/mission-result.ts';
import { EventList } from './EventList.tsx';
import { SaveImageButton, VideoClipButton } from './ExportButtons.tsx';
import { HelpOverlay } from './HelpOverlay.tsx';
import { PlaybackControls } from './PlaybackControls.tsx';
import { Readouts, type PathState } from './Readouts.tsx';
import { IllustrativeNote } from './StatusPanels.tsx';
import { SaveImageDialog } from './SaveImageDialog.tsx';
import { Timeline } from './Timeline.tsx';
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
  pathState?: PathState;
  viewStore?: ViewStore;
  /** Shown first in the top-right cluster (the app's Copy link button). */
  shareControl?: ReactNode;
  /** After the clock jumped to an event chosen on the timeline or in the list. */
  onEventChosen?: (event: MissionEventSummary) => void;
}

export function Hud({
  clock, events, phases, launchTdbSec, getProbeReadout, pathState = 'ready', viewStore = defaultViewStore, onEventChosen, shareControl,
}: HudProps) {
  const language = useStore(viewStore, (s) => s.language);
  const panelsVisible = useStore(viewStore, (s) => s.panelsVisible);
  const sortedEvents = useMemo(() => [...events].sort((a, b) => a.tdbSec - b.tdbSec), [events]);
  const eventTimes = useMemo(() => sortedEvents.map((event) => event.tdbSec), [sortedEvents]);
  useKeyboardShortcuts(clock, eventTimes, viewStore);

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
              pathState={pathState}
            />
            <IllustrativeNote language={language} />
          </div>
          <div className="hud-top-right">
            <div ref={overlayArea} className="hud-cluster">
              {shareControl}
              <SaveImageButton language={language} />
              <VideoClipButton language={language} />
              <EventList clock={clock} events={sortedEvents} language={language} viewStore={viewStore} onEventChosen={onEventChosen} />
              <LanguageButton language={language} viewStore={viewStore} />
              <PanelsButton language={language} viewStore={viewStore} />
              <HelpButton language={language} viewStore={viewStore} />
            </div>
          </div>
          <div className="hud-bottom">
            <PlaybackControls clock={clock} eventTimesTdbSec={eventTimes} language={language} />
            <Timeline clock={clock} events={sortedEvents} phases={phases} language={language} onEventChosen={onEventChosen} />
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
