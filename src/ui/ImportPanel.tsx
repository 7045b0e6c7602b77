/**
 * Bring your own trajectory: a file picker, drag-and-drop anywhere on the page, the list of imported files with
 * remove buttons, progress while a file is read and the message when one is refused.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { bodyName } from '../core/bodies.ts';
import type { Language } from '../core/language.ts';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { ImportedBodyId, ImportedTrack } from '../core/imported-track.ts';
import { boundsCovering } from '../state/mission-span.ts';
import { formatUtc } from '../core/time.ts';
import type { Clock } from '../state/clock.ts';
import { IMPORTED_DISTANCES_FROM, importedReadout } from '../state/imported-readout.ts';
import type { ViewStore } from '../state/view-store.ts';
import { fillTemplate } from '../export/export-dialogs.ts';
import { text } from './i18n.ts';
import { formatDistance } from './readout-format.ts';
import { useClockValue } from './use-clock.ts';
import type { ImportedFilesStore } from '../state/imported-files.ts';
import type { ImportedFilesController } from './imported-files-controller.ts';
import './import-panel.css';
import { overlayArea, panelArea } from './use-screen-area.ts';

/** Distances of an imported track from the probe, the Earth and the Sun now: its line in the list. */
function TrackDistances({ id, clock, ephemeris, language }: { id: ImportedBodyId; clock: Clock; ephemeris: Ephemeris; language: Language }) {
  const line = useClockValue(clock, (c) => {
    const readout = importedReadout(ephemeris, id, id, c.currentTdbSec);
    if (!readout.hasState) return text('importNotNow', language);
    return IMPORTED_DISTANCES_FROM.flatMap((from, k) => {
      const km = readout.km[k]!;
      return Number.isFinite(km) ? [`${bodyName(from, language)} ${formatDistance(km)}`] : [];
    }).join(' · ');
  });
  return <span className="import-distances" data-testid="import-distances">{line}</span>;
}

/** "Extend the clock to this track": shown while the track lies (partly) outside the clock's range. */
function ExtendClockButton({ clock, track, language }: { clock: Clock; track: ImportedTrack; language: Language }) {
  const outside = useClockValue(clock, (c) => boundsCovering(c, track) !== null);
  if (!outside) return null;
  return (
    <button
      type="button"
      className="import-extend"
      data-testid="import-extend-clock"
      onClick={() => {
        // Widened, never narrowed; the time moves to the track's start so the user sees what they asked for.
        const wider = boundsCovering(clock, track);
        if (wider) clock.setBounds(wider.startTdbSec, wider.stopTdbSec);
        clock.seek(track.startTdbSec);
      }}
    >
      {text('importExtendClock', language)}
    </button>
  );
}

export interface ImportPanelProps {
  store: ImportedFilesStore;
  controller: ImportedFilesController;
  clock: Clock;
  ephemeris: Ephemeris;
  viewStore: ViewStore;
}

export function ImportPanel({ store, controller, clock, ephemeris, viewStore }: ImportPanelProps) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const language = useStore(viewStore, (s) => s.language);
  // The clean view hides it with the other panels; a file dropped then is still read (the drop handler stays).
  const panelsVisible = useStore(viewStore, (s) => s.panelsVisible);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      setDragging(false);
      setOpen(true);
      for (const file of Array.from(event.dataTransfer.files)) void controller.add(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [controller]);

  const count = state.files.length;
  return (
    <>
      {dragging && <div className="import-drop-overlay" data-testid="import-drop-overlay">{text('importDrop', language)}</div>}
      {/* Closed, it is a small bar over the sky (names keep clear, the framing does not move); open, a panel. */}
      <section ref={open ? panelArea : overlayArea} className="import-panel" data-testid="import-panel" aria-label={text('importPanel', language)} hidden={!panelsVisible}>
        <div className="import-panel-bar">
          <button type="button" className="import-panel-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {text('importTitle', language)}{count > 0 ? ` (${count})` : ''}
          </button>
          <button type="button" className="import-panel-add" data-testid="import-add" onClick={() => input.current?.click()}>{text('importAdd', language)}</button>
          <input
            ref={input} type="file" hidden data-testid="import-input" accept=".oem,.xml,.txt,.csv,.kvn,text/plain,text/csv,application/xml,text/xml"
            multiple onChange={(event) => {
              setOpen(true);
              for (const file of Array.from(event.target.files ?? [])) void controller.add(file);
              event.target.value = '';
            }}
          />
        </div>
        {state.busy && (
          <div className="import-progress" role="progressbar" aria-label={fillTemplate(text('importReading', language), { file: state.busy.fileName })} aria-valuemin={0} aria-valuemax={100}
            aria-valuenow={Math.round(state.busy.fraction * 100)} data-testid="import-progress">
            <div className="import-progress-fill" style={{ transform: `scaleX(${state.busy.fraction})` }} />
            <span>{state.busy.fileName}: {state.busy.stage} {Math.round(state.busy.fraction * 100)}%</span>
          </div>
        )}
        {state.problem && (
          <div className="import-problem" role="alert" data-testid="import-problem">
            <span>{state.problem}</span>
            <button type="button" aria-label={text('importDismiss', language)} onClick={() => controller.dismissProblem()}>×</button>
          </div>
        )}
        {open && (
          <div className="import-downloads">
            {text('importDownload', language)}
            <button type="button" data-testid="download-oem" onClick={() => void controller.downloadMission('oem')}>OEM</button>
            <button type="button" data-testid="download-csv" onClick={() => void controller.downloadMission('csv')}>CSV</button>
          </div>
        )}
        {open && (
          <ul className="import-list" data-testid="import-list">
            {count === 0 && <li className="import-empty">{text('importEmpty', language)}</li>}
            {state.files.map((file) => (
              <li key={file.key} data-testid="import-file">
                <span className="import-file-name">{file.fileName}</span>
                {(state.tracks[file.key] ?? []).map((track) => (
                  <span key={track.id} className="import-track" data-track-id={track.id}>
                    <i style={{ background: track.color }} aria-hidden="true" />{track.name}
                    <small> {formatUtc(track.startTdbSec)} – {formatUtc(track.endTdbSec)}</small>
                    {ephemeris.has(track.id) && <> <TrackDistances id={track.id} clock={clock} ephemeris={ephemeris} language={language} /></>}
                    <ExtendClockButton clock={clock} track={track} language={language} />
                  </span>
                ))}
                <button type="button" data-testid="import-remove" onClick={() => void controller.remove(file.key)} aria-label={fillTemplate(text('importRemoveFile', language), { file: file.fileName })}>{text('importRemove', language)}</button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
