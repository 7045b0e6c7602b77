/**
 * Date, mission time and the probe's distances and speed; with an imported track in focus, its distances from the
 * probe, the Earth and the Sun. Values are written into the DOM through refs at about
 * 10 Hz while the clock runs; React renders this panel only when the language or the data source changes.
 */
import { useRef } from 'react';
import type { Clock } from '../state/clock.ts';
import { bodyName } from '../core/bodies.ts';
import { IMPORTED_DISTANCES_FROM, type GetImportedReadout } from '../state/imported-readout.ts';
import type { GetProbeReadout } from '../state/probe-readout.ts';
import type { Language } from '../state/view-store.ts';
import { text } from './i18n.ts';
import {
  formatDateTimes, formatDistance, formatLightTime, formatMissionElapsed, formatSpeed,
} from './readout-format.ts';
import { setText } from './set-text.ts';
import { useClockWriter } from './use-clock.ts';
import './readouts.css';
import { useScreenArea } from './use-screen-area.ts';

export interface ReadoutsProps {
  clock: Clock;
  language: Language;
  launchTdbSec: number;
  getProbeReadout: GetProbeReadout;
  /** Until the path is ready, the probe rows say why they are empty: still computing, or failed. */
  pathState?: PathState;
  /** Milliseconds between updates while the clock runs. */
  updateIntervalMs?: number;
  /** The focused imported track's distances (null when none is focused): rows of their own below the probe's. */
  getImportedReadout?: GetImportedReadout;
}

const NO_IMPORTED: GetImportedReadout = () => null;

export type PathState = 'computing' | 'ready' | 'failed';

type Field =
  | 'utc' | 'beijing' | 'met' | 'phase' | 'earth' | 'earthLight' | 'sun' | 'sunLight'
  | 'targetLabel' | 'target' | 'targetLight' | 'speed' | 'importName' | `importFrom${number}`;

export function Readouts({
  clock, language, launchTdbSec, getProbeReadout, pathState = 'ready', updateIntervalMs = 100, getImportedReadout = NO_IMPORTED,
}: ReadoutsProps) {
  const fields = useRef<Partial<Record<Field, HTMLElement>>>({});
  const sectionRef = useRef<HTMLElement>(null);
  useScreenArea(sectionRef);
  const bind = (field: Field) => (element: HTMLElement | null) => {
    if (element) fields.current[field] = element;
    else delete fields.current[field];
  };

  useClockWriter(clock, (tdbSec) => {
    const f = fields.current;
    const { utc, beijing } = formatDateTimes(tdbSec);
    setText(f.utc, utc);
    setText(f.beijing, beijing);
    setText(f.met, formatMissionElapsed(tdbSec, launchTdbSec, text('day', language)));
    const imported = getImportedReadout(tdbSec);
    sectionRef.current?.toggleAttribute('data-imported', imported !== null);
    if (imported) {
      setText(f.importName, imported.hasState ? imported.name : `${imported.name}: ${text('importNotNow', language)}`);
      imported.km.forEach((km, k) => setText(f[`importFrom${k}`], Number.isFinite(km) ? formatDistance(km) : '—'));
    }
    const readout = getProbeReadout(tdbSec);
    sectionRef.current?.toggleAttribute('data-no-probe', readout === null);
    if (!readout) {
      const why = pathState === 'computing' ? 'noProbeData' : pathState === 'failed' ? 'pathUnavailable'
        : tdbSec < launchTdbSec ? 'beforeLaunch' : 'outsidePath';
      setText(f.phase, text(why, language));
      for (const field of ['earth', 'earthLight', 'sun', 'sunLight', 'target', 'targetLight', 'speed'] as const) setText(f[field], '—');
      setText(f.targetLabel, text('fromTargetNone', language));
      return;
    }
    setText(f.phase, readout.phaseName);
    // While heading for the Earth the target row would repeat the Earth row.
    sectionRef.current?.toggleAttribute('data-target-is-earth', readout.distTargetKm === readout.distEarthKm);
    setText(f.earth, formatDistance(readout.distEarthKm));
    setText(f.earthLight, formatLightTime(readout.distEarthKm));
    setText(f.sun, formatDistance(readout.distSunKm));
    setText(f.sunLight, formatLightTime(readout.distSunKm));
    setText(f.targetLabel, `${text('fromTarget', language)} ${readout.targetName}`);
    setText(f.target, formatDistance(readout.distTargetKm));
    setText(f.targetLight, formatLightTime(readout.distTargetKm));
    setText(f.speed, formatSpeed(readout.speedKmS));
  }, updateIntervalMs);

  const lightUnit = text('lightTime', language);
  return (
    <section ref={sectionRef} className="panel readouts" aria-label={text('readouts', language)} data-testid="readouts">
      <dl>
        <div className="ro-row ro-date">
          <dt>{text('utc', language)}</dt>
          <dd ref={bind('utc')} data-testid="readout-utc" />
        </div>
        <div className="ro-row">
          <dt>{text('beijing', language)}</dt>
          <dd ref={bind('beijing')} data-testid="readout-beijing" />
        </div>
        <div className="ro-row">
          <dt>{text('missionElapsed', language)}</dt>
          <dd ref={bind('met')} data-testid="readout-met" />
        </div>
        <div className="ro-row ro-probe ro-phase">
          <dt>{text('phase', language)}</dt>
          <dd ref={bind('phase')} />
        </div>
        <div className="ro-row ro-probe">
          <dt>{text('fromEarth', language)}</dt>
          <dd><span ref={bind('earth')} /> <small title={lightUnit}><span ref={bind('earthLight')} /> {lightUnit}</small></dd>
        </div>
        <div className="ro-row ro-probe ro-optional">
          <dt>{text('fromSun', language)}</dt>
          <dd><span ref={bind('sun')} /> <small title={lightUnit}><span ref={bind('sunLight')} /> {lightUnit}</small></dd>
        </div>
        <div className="ro-row ro-probe ro-target">
          <dt ref={bind('targetLabel')} />
          <dd><span ref={bind('target')} data-testid="readout-target" /> <small title={lightUnit}><span ref={bind('targetLight')} /> {lightUnit}</small></dd>
        </div>
        <div className="ro-row ro-probe ro-optional">
          <dt>{text('helioSpeed', language)}</dt>
          <dd ref={bind('speed')} />
        </div>
        {/* Two full-width lines, not four rows: the panel must not grow into the note and the distance plot below. */}
        <div className="ro-imported ro-imported-name">
          {text('importedTrack', language)} <span ref={bind('importName')} data-testid="readout-imported-name" />
        </div>
        <div className="ro-imported ro-imported-distances">
          {IMPORTED_DISTANCES_FROM.map((from, k) => (
            <span key={from}>
              {k > 0 && ' · '}
              {bodyName(from, language)} <span ref={bind(`importFrom${k}`)} data-testid={`readout-imported-from-${from}`} />
            </span>
          ))}
        </div>
      </dl>
    </section>
  );
}
