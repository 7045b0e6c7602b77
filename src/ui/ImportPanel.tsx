/**
 * Bring your own trajectory: a file picker, drag-and-drop anywhere on the page, the list of imported files with
 * remove buttons, progress while a file is read and the message when one is refused.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { bodiesOfKind, bodyName, type BodyId } from '../core/bodies.ts';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { ImportedBodyId } from '../core/imported-track.ts';
import { formatUtc } from '../core/time.ts';
import type { Clock } from '../state/clock.ts';
import { formatDistance } from './readout-format.ts';
import { useClockValue } from './use-clock.ts';
import type { ImportedFilesStore } from '../state/imported-files.ts';
import type { ImportedFilesController } from './imported-files-controller.ts';
import './import-panel.css';
import { panelArea } from './use-screen-area.ts';

/** The probe, the Earth and the Sun: as the probe's own readouts measure from. */
const DISTANCES_FROM: readonly BodyId[] = [...bodiesOfKind('spacecraft'), 'earth', ...bodiesOfKind('star')];

/** Distances of an imported track from the probe, the Earth and the Sun now: its line in the readouts. */
function TrackDistances({ id, clock, ephemeris }: { id: ImportedBodyId; clock: Clock; ephemeris: Ephemeris }) {
  const text = useClockValue(clock, (c) => {
    const t = c.currentTdbSec;
    if (!ephemeris.hasStateAt(id, t)) return 'not in the file now';
    const parts = DISTANCES_FROM.flatMap((from) => {
      const km = ephemeris.distanceKm(id, from, t);
      return Number.isFinite(km) ? [`${bodyName(from, 'en')} ${formatDistance(km)}`] : [];
    });
    return parts.join(' · ');
  });
  return <span className="import-distances" data-testid="import-distances">{text}</span>;
}

export interface ImportPanelProps {
  store: ImportedFilesStore;
  controller: ImportedFilesController;
  clock: Clock;
  ephemeris: Ephemeris;
}

export function ImportPanel({ store, controller, clock, ephemeris }: ImportPanelProps) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
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
      {dragging && <div className="import-drop-overlay" data-testid="import-drop-overlay">Drop an OEM, a Horizons vector table or a CSV to show it beside Tianwen-2</div>}
      <section ref={panelArea} className="import-panel" data-testid="import-panel" aria-label="Imported trajectories">
        <div className="import-panel-bar">
          <button type="button" className="import-panel-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
            Your trajectories{count > 0 ? ` (${count})` : ''}
          </button>
          <button type="button" className="import-panel-add" data-testid="import-add" onClick={() => input.current?.click()}>Import…</button>
          <input
            ref={input} type="file" hidden data-testid="import-input" accept=".oem,.txt,.csv,.kvn,text/plain,text/csv"
            multiple onChange={(event) => {
              setOpen(true);
              for (const file of Array.from(event.target.files ?? [])) void controller.add(file);
              event.target.value = '';
            }}
          />
        </div>
        {state.busy && (
          <div className="import-progress" role="progressbar" aria-label={`Reading ${state.busy.fileName}`} aria-valuemin={0} aria-valuemax={100}
            aria-valuenow={Math.round(state.busy.fraction * 100)} data-testid="import-progress">
            <div className="import-progress-fill" style={{ transform: `scaleX(${state.busy.fraction})` }} />
            <span>{state.busy.fileName}: {state.busy.stage} {Math.round(state.busy.fraction * 100)}%</span>
          </div>
        )}
        {state.problem && (
          <div className="import-problem" role="alert" data-testid="import-problem">
            <span>{state.problem}</span>
            <button type="button" aria-label="Dismiss" onClick={() => controller.dismissProblem()}>×</button>
          </div>
        )}
        {open && (
          <div className="import-downloads">
            Download the mission:
            <button type="button" data-testid="download-oem" onClick={() => void controller.downloadMission('oem')}>OEM</button>
            <button type="button" data-testid="download-csv" onClick={() => void controller.downloadMission('csv')}>CSV</button>
          </div>
        )}
        {open && (
          <ul className="import-list" data-testid="import-list">
            {count === 0 && <li className="import-empty">CCSDS OEM (KVN), JPL Horizons vectors or CSV: pick a file or drop it on the page. Files stay in this browser only.</li>}
            {state.files.map((file) => (
              <li key={file.key} data-testid="import-file">
                <span className="import-file-name">{file.fileName}</span>
                {(state.tracks[file.key] ?? []).map((track) => (
                  <span key={track.id} className="import-track" data-track-id={track.id}>
                    <i style={{ background: track.color }} aria-hidden="true" />{track.name}
                    <small> {formatUtc(track.startTdbSec)} – {formatUtc(track.endTdbSec)}</small>
                    {ephemeris.has(track.id) && <> <TrackDistances id={track.id} clock={clock} ephemeris={ephemeris} /></>}
                  </span>
                ))}
                <button type="button" data-testid="import-remove" onClick={() => void controller.remove(file.key)} aria-label={`Remove ${file.fileName}`}>Remove</button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
