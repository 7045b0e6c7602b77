import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { BodyId } from '../core/bodies.ts';
import { Ephemeris } from '../core/ephemeris.ts';
import { tdbSecFromIsoUtc, tdbSecFromUtcMs } from '../core/time.ts';
import { PROPAGATION_SPAN } from '../core/trajectory/propagation-span.ts';
import { createClock } from '../state/clock.ts';
import { createSceneExporter } from '../export/scene-exporter.ts';
import { registerExporter } from '../export/exporter.ts';
import type { ScenePort } from '../scene/scene-port.ts';
import { CameraRig } from '../state/camera/camera-rig.ts';
import { probeReadoutSource } from '../state/probe-readout-source.ts';
import { focusedImportedReadout } from '../state/imported-readout.ts';
import { openingTdbSec } from '../state/mission-span.ts';
import { StoryDirector } from '../state/story/story-director.ts';
import { storyDriver } from '../state/story/story-driver.ts';
import { TourPlayer } from '../state/story/tour-player.ts';
import { viewStore } from '../state/view-store.ts';
import { StoryContext, type StoryControls } from '../ui/story-context.ts';
import { bundledStory } from './bundled-story.ts';
import { storyTestPace } from './story-test-pace.ts';
import { useKiosk } from '../ui/use-kiosk.ts';
import type { ServiceWorkerControl } from '../pwa/service-worker.ts';
import type { PropagationSession } from '../worker/propagation-session.ts';
import { DistancePlot } from '../ui/DistancePlot.tsx';
import { FocusPicker } from '../ui/FocusPicker.tsx';
import { Hud } from '../ui/Hud.tsx';
import { InfoPanel } from '../ui/InfoPanel.tsx';
import { ContextLostNotice, LoadingBar, ProblemBanner, PropagationProblem } from '../ui/StatusPanels.tsx';
import { ClockDriver } from '../ui/ClockDriver.tsx';
import { SceneErrorBoundary } from '../ui/SceneErrorBoundary.tsx';
import { SceneLoader } from './SceneLoader.tsx';
import { CopyLinkButton, EmbedBadge, LinkNotice } from '../ui/ShareControls.tsx';
import { UpdatePrompt } from '../ui/UpdatePrompt.tsx';
import { useDeepLink } from '../ui/use-deep-link.ts';
import { ImportPanel } from '../ui/ImportPanel.tsx';
import { ImportedFilesController } from '../ui/imported-files-controller.ts';
import { ImportedFilesStore } from '../state/imported-files.ts';
import { indexedDbStorage } from '../ui/imported-files-storage.ts';
import { startImportClient } from '../worker/import-client.ts';
import { importedFocusOf, resolveImportedFocus } from '../state/imported-link-focus.ts';

const LAUNCH_TDB_SEC = tdbSecFromIsoUtc('2025-05-28T17:31:00Z');
/** Outside the mission, open just after injection (lift-off + 18 min), where the probe's computed path begins. */
const OPENING_TDB_SEC = LAUNCH_TDB_SEC + 20 * 60;
const MISSION_STOP_TDB_SEC = tdbSecFromIsoUtc(PROPAGATION_SPAN.endUtc);
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
/**
 * The panels show and the worker propagates by then even if the planets have not been drawn (a slow machine or
 * network): never a page without controls.
 */
const PANELS_WAIT_LIMIT_MS = 3000;
/** Longest real interval one frame may advance the clock by. */
const MAX_FRAME_GAP_SEC = 10;

export function App({ propagation, serviceWorker }: { propagation: PropagationSession; serviceWorker?: ServiceWorkerControl }) {
  const clock = useMemo(() => createClock({
    startTdbSec: tdbSecFromIsoUtc(PROPAGATION_SPAN.startUtc),
    stopTdbSec: tdbSecFromIsoUtc(PROPAGATION_SPAN.endUtc),
    currentTdbSec: openingTdbSec(tdbSecFromUtcMs(Date.now()), { startTdbSec: OPENING_TDB_SEC, stopTdbSec: MISSION_STOP_TDB_SEC }, OPENING_TDB_SEC),
    // Real time, however long a frame took (a 4K export's ~1 s task included): the live loop itself resumes a tab
    // that was hidden instead of jumping.
    maxRealDtSec: MAX_FRAME_GAP_SEC,
  }), []);
  const { planets, mission, progress, problem, retries } = useSyncExternalStore(propagation.subscribe, propagation.getSnapshot);
  // The sky is what a visitor came to see, so the page loads in that order: the scene's first frame (the Sun and
  // the stars); then the planets (the worker computes them after that frame), with the panels; once they are drawn,
  // the mission's propagation. In software rendering the panels' render, layout and first paint hold the page and
  // the GPU process for 1–2 s, and the worker's propagation takes a core for ~0.5 s. Mounted with the
  // planets, the panels are measured before the planets' first frame, which is then drawn in the framing that makes
  // room for the panels (mounted after it, they moved the planets 0.3–0.4 s after they appeared; six alternated
  // loads drew the planets about as soon either way: medians 1.61 s after, 1.64 s with). A scene or propagation
  // failure, or a machine too slow to draw the planets by PANELS_WAIT_LIMIT_MS, moves on at once.
  const [openingOver, setOpeningOver] = useState(false);
  const panelsMounted = openingOver || planets !== null;
  const afterOpening = useCallback(() => {
    setOpeningOver(true);
    propagation.requestMission();
  }, [propagation]);
  useEffect(() => {
    const timer = setTimeout(afterOpening, PANELS_WAIT_LIMIT_MS);
    return () => clearTimeout(timer);
  }, [afterOpening]);
  useEffect(() => {
    if (problem) afterOpening();
  }, [problem, afterOpening]);
  const [contextLost, setContextLost] = useState(false);
  const [sceneProblem, setSceneProblem] = useState<string | null>(null);
  const onSceneError = useCallback((message: string) => {
    setSceneProblem(message);
    afterOpening();
  }, [afterOpening]);

  // The user's own trajectory files (issue 22): read in a worker, kept in IndexedDB, restored on load.
  const [imports] = useState(() => {
    const store = new ImportedFilesStore(indexedDbStorage());
    return { store, controller: new ImportedFilesController(store, startImportClient()) };
  });
  // The files are restored after the link is read: a link's focus on an imported track waits for them.
  const [importsRestored, setImportsRestored] = useState(false);
  useEffect(() => {
    void imports.controller.restore().finally(() => setImportsRestored(true));
  }, [imports]);
  const importedFocusOfId = useCallback((id: string) => importedFocusOf(imports.store.allTracks(), id), [imports]);
  const importedState = useSyncExternalStore(imports.store.subscribe, imports.store.getState);
  const importedTracks = useMemo(() => imports.store.allTracks(), [imports, importedState.files, importedState.tracks]);

  // A removed track cannot stay focused: the view goes back to the overview.
  useEffect(() => {
    const { focusId, focus } = viewStore.getState();
    if (focusId?.startsWith('import:') && !importedTracks.some((t) => t.id === focusId)) focus(null);
  }, [importedTracks]);
  const importedLooks = useMemo(() => importedTracks.map(({ id, name, color }) => ({ id, name, color })), [importedTracks]);
  // The one ephemeris, rebuilt when the worker's answers arrive (the planets first, then with the mission's tracks).
  const ephemeris = useMemo(
    () => new Ephemeris([...(planets ?? []), ...(mission?.tracks ?? [])], importedTracks, mission?.stay ?? null),
    [planets, mission, importedTracks],
  );
  // The only writer of the camera; a link's pose is handed to it before its first frame.
  const [rig] = useState(() => new CameraRig(ephemeris));
  const link = useDeepLink(clock, viewStore, rig, importedFocusOfId);
  // A link focused on an imported track by name: focused once the files are read, or a notice naming its file.
  const [importedFocusProblem, setImportedFocusProblem] = useState<string | null>(null);
  const resolvedFocus = useRef<object | null>(null);
  useEffect(() => {
    const wanted = link.importedFocus;
    if (!wanted || !importsRestored || resolvedFocus.current === wanted) return;
    resolvedFocus.current = wanted;
    const resolution = resolveImportedFocus(wanted, importedTracks);
    if ('id' in resolution) viewStore.getState().focus(resolution.id);
    setImportedFocusProblem('problem' in resolution ? resolution.problem : null);
  }, [link.importedFocus, importsRestored, importedTracks]);
  const linkProblems = useMemo(
    () => (importedFocusProblem ? [...link.problems, importedFocusProblem] : link.problems),
    [link.problems, importedFocusProblem],
  );
  // The story: a staged shot per event, the guided tour; advanced by the scene's live loop.
  const [story] = useState(() => {
    const { story: data, problem: storyProblem } = bundledStory();
    const director = new StoryDirector(data, { clock, viewStore, rig, reducedMotion });
    const tour = new TourPlayer(director, clock, storyTestPace().holdScale);
    return { controls: { director, tour } satisfies StoryControls, driver: storyDriver(director, tour), problem: storyProblem };
  });
  useEffect(() => {
    story.controls.director.setEvents(mission?.events ?? []);
  }, [story, mission]);
  useKiosk(link.kiosk, story.controls.tour, viewStore, storyTestPace().kioskIdleMs);
  // A tour link (or the kiosk) starts once the events' times are known.
  const tourStarted = useRef(false);
  useEffect(() => {
    if (!mission || tourStarted.current) return;
    const chapter = link.tourChapter ?? (link.kiosk ? 1 : null);
    if (chapter === null) return;
    tourStarted.current = true;
    story.controls.tour.start(chapter - 1, { loop: link.kiosk });
  }, [mission, story, link.tourChapter, link.kiosk]);
  // Exports draw through the scene's port, registered for the dialogs once the renderer exists.
  const onPort = useCallback((port: ScenePort | null) => {
    unregisterExporter.current?.();
    unregisterExporter.current = port ? registerExporter(createSceneExporter(port, rig, viewStore)) : null;
  }, [rig]);
  const unregisterExporter = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (link.embed) viewStore.setState({ panelsVisible: false });
  }, [link.embed]);

  const hasStateAt = useCallback((id: BodyId, tdbSec: number) => ephemeris.hasStateAt(id, tdbSec), [ephemeris]);
  const getProbeReadout = useMemo(
    () => (mission && planets ? probeReadoutSource(mission, ephemeris, () => viewStore.getState().language) : () => null),
    [mission, planets, ephemeris],
  );
  const importedReadoutFor = useMemo(() => {
    const names = new Map(importedTracks.map((t) => [t.id, t.name]));
    return (focusId: string | null) => focusedImportedReadout(ephemeris, names, focusId);
  }, [ephemeris, importedTracks]);

  return (
    <main className="app" data-path-ready={mission ? 'true' : 'false'} data-panels-wait={panelsMounted ? undefined : 'scene'}>
      <StoryContext.Provider value={story.controls}>
      <SceneErrorBoundary onError={onSceneError} fallback={<ClockDriver clock={clock} />}>
        <SceneLoader
          clock={clock}
          viewStore={viewStore}
          ephemeris={ephemeris}
          mission={mission}
          // Once failed, the stages that do not need the mission stay mounted while it is retried.
          missionFailed={problem !== null || retries > 0}
          rig={rig}
          onPort={onPort}
          onFirstFrameDrawn={propagation.requestPlanets}
          onOpeningDrawn={afterOpening}
          story={story.driver}
          onContextLostChange={setContextLost}
          imported={importedLooks}
        />
      </SceneErrorBoundary>
      {/* One column at the top centre, so that messages shown together stack instead of overlapping. */}
      <div className="status-stack">
        {sceneProblem !== null && (
          <ProblemBanner title="This browser cannot draw the 3D scene (WebGL 2 is unavailable)">
            {sceneProblem.replace(/\.+$/, '')}. Turn on hardware acceleration in the browser settings, or open the page in a current Chrome,
            Edge, Firefox or Safari. The timeline, readouts and distance plot still work.
          </ProblemBanner>
        )}
        {story.problem !== null && <ProblemBanner title="The guided tour and event shots are unavailable">{story.problem}</ProblemBanner>}
        {contextLost && <ContextLostNotice viewStore={viewStore} />}
        {problem && <PropagationProblem problem={problem} havePlanets={planets !== null} onRetry={propagation.retry} />}
        {panelsMounted && !mission && !problem && <LoadingBar fraction={progress.fraction} stage={progress.stage} />}
        {panelsMounted && <LinkNotice key={`${link.appliedCount}:${importedFocusProblem ?? ''}`} viewStore={viewStore} problems={linkProblems} />}
        {serviceWorker && <UpdatePrompt serviceWorker={serviceWorker} viewStore={viewStore} />}
      </div>
      {panelsMounted && (
        <>
          <Hud
            clock={clock}
            events={mission?.events ?? []}
            phases={mission?.phases ?? []}
            launchTdbSec={LAUNCH_TDB_SEC}
            getProbeReadout={getProbeReadout}
            importedReadoutFor={importedReadoutFor}
            importedSpans={importedTracks}
            pathState={mission ? 'ready' : problem ? 'failed' : 'computing'}
            viewStore={viewStore}
            onEventChosen={(event) => viewStore.getState().select(event.id)}
            kiosk={link.kiosk}
            shareControl={(
              <>
                <FocusPicker viewStore={viewStore} clock={clock} hasStateAt={hasStateAt} imported={importedTracks} />
                <CopyLinkButton viewStore={viewStore} linkUrl={link.linkUrl} />
              </>
            )}
          />
          <InfoPanel clock={clock} viewStore={viewStore} mission={mission} ephemeris={ephemeris} />
          <DistancePlot clock={clock} viewStore={viewStore} mission={mission} ephemeris={ephemeris} imported={importedLooks} />
          {!link.embed && !link.kiosk && <ImportPanel store={imports.store} controller={imports.controller} clock={clock} ephemeris={ephemeris} viewStore={viewStore} />}
          {link.embed && <EmbedBadge viewStore={viewStore} linkUrl={link.linkUrl} />}
        </>
      )}
      </StoryContext.Provider>
    </main>
  );
}
