import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Track } from '../core/track.ts';
import { tdbSecFromIsoUtc } from '../core/time.ts';
import { PROPAGATION_SPAN } from '../core/trajectory/propagation-span.ts';
import { SceneCanvas } from '../scene/SceneCanvas.tsx';
import { createClock } from '../state/clock.ts';
import { probeReadoutSource } from '../state/probe-readout-source.ts';
import { languageFromPreferences, viewStore } from '../state/view-store.ts';
import { startPropagation } from '../worker/propagation-client.ts';
import type { PropagationResult } from '../worker/protocol.ts';
import { DistancePlot } from './DistancePlot.tsx';
import { Hud } from './Hud.tsx';
import { InfoPanel } from './InfoPanel.tsx';
import { IllustrativeNote, LoadingBar, ProblemBanner } from './StatusPanels.tsx';
import { ClockDriver } from './ClockDriver.tsx';
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx';

const LAUNCH_TDB_SEC = tdbSecFromIsoUtc('2025-05-28T17:31:00Z');
/** Open just after injection (lift-off + 18 min), where the probe's computed path begins. */
const OPENING_TDB_SEC = LAUNCH_TDB_SEC + 20 * 60;

export function App() {
  const clock = useMemo(() => createClock({
    startTdbSec: tdbSecFromIsoUtc(PROPAGATION_SPAN.startUtc),
    stopTdbSec: tdbSecFromIsoUtc(PROPAGATION_SPAN.endUtc),
    currentTdbSec: OPENING_TDB_SEC,
  }), []);
  const [planets, setPlanets] = useState<Track[] | null>(null);
  const [mission, setMission] = useState<PropagationResult | null>(null);
  const [progress, setProgress] = useState<{ fraction: number; stage: string }>({ fraction: 0, stage: 'starting' });
  const [problem, setProblem] = useState<string | null>(null);
  const panelsVisible = useStore(viewStore, (s) => s.panelsVisible);

  useEffect(() => {
    viewStore.getState().setLanguage(languageFromPreferences(navigator.languages));
  }, []);

  useEffect(() => startPropagation({
    onPlanets: setPlanets,
    onProgress: (fraction, stage) => setProgress({ fraction, stage }),
    onResult: (result) => setMission(result),
    onError: setProblem,
  }), []);

  const getProbeReadout = useMemo(
    () => (mission && planets ? probeReadoutSource(mission, planets, () => viewStore.getState().language) : () => null),
    [mission, planets],
  );

  return (
    <main className="app" data-path-ready={mission ? 'true' : 'false'}>
      <SceneErrorBoundary
        fallback={(message) => (
          <>
            <ClockDriver clock={clock} />
            <ProblemBanner title="This browser cannot draw the 3D scene (WebGL 2 is unavailable)">
              {message.replace(/\.+$/, '')}. Turn on hardware acceleration in the browser settings, or open the page in a current Chrome,
              Edge, Firefox or Safari. The timeline, readouts and distance plot still work.
            </ProblemBanner>
          </>
        )}
      >
        <SceneCanvas clock={clock} viewStore={viewStore} planets={planets} mission={mission} />
      </SceneErrorBoundary>
      {problem && (
        <ProblemBanner title="The probe path could not be computed">
          {problem}. The planets are still shown; reload the page to try again, and report the message if it persists.
        </ProblemBanner>
      )}
      {!mission && !problem && <LoadingBar fraction={progress.fraction} stage={progress.stage} />}
      <Hud
        clock={clock}
        events={mission?.events ?? []}
        phases={mission?.phases ?? []}
        launchTdbSec={LAUNCH_TDB_SEC}
        getProbeReadout={getProbeReadout}
        pathReady={mission !== null}
        viewStore={viewStore}
        onEventChosen={(event) => viewStore.getState().select(event.id)}
      />
      <InfoPanel clock={clock} viewStore={viewStore} mission={mission} planets={planets} />
      <DistancePlot clock={clock} viewStore={viewStore} mission={mission} planets={planets} />
      {panelsVisible && <IllustrativeNote />}
    </main>
  );
}
