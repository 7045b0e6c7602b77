/**
 * A small chart of the probe's distance from the Earth and from its current target over the whole mission (log
 * scale), and from each imported track while both have states, in the track's colour. The curves are computed once per mission; the "now" line and dots follow the clock through refs (no
 * React render per frame). Click or drag on the chart to seek; hovering shows the values under the pointer.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { useStore } from 'zustand';
import { DAY_S } from '../core/constants.ts';
import { formatUtc, utcMsFromTdbSec } from '../core/time.ts';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { Clock } from '../state/clock.ts';
import {
  buildDistanceSeries, closestApproach, distanceAt, importedDistanceCurves, type DistanceRun, type DistanceSeries,
} from '../state/distance-series.ts';
import type { AnyBodyId } from '../core/body-registry.ts';
import type { ImportedBodyId } from '../core/imported-track.ts';
import type { Language, ViewStore } from '../state/view-store.ts';
import { bodyName } from '../core/bodies.ts';
import type { PropagationResult } from '../core/mission/mission-result.ts';
import { seekByKey, useSeekDrag } from './seek-surface.ts';
import {
  createPlotScale, curvePath, distanceAxisRange, logDistanceTicks, yearTicks, type PlotScale,
} from './distance-plot-axes.ts';
import { text } from './i18n.ts';
import { formatDistance } from './readout-format.ts';
import { useClockValue, useClockWriter } from './use-clock.ts';
import './distance-plot.css';
import { useScreenArea } from './use-screen-area.ts';

export interface DistancePlotProps {
  clock: Clock;
  viewStore: ViewStore;
  mission: PropagationResult | null;
  /** The Earth curve needs the Earth's track; the target curves the phases' targets'. */
  ephemeris: Ephemeris;
  /** The imported tracks' names and colours (the ephemeris holds their states). */
  imported?: readonly { id: ImportedBodyId; name: string; color: string }[];
}

const NO_IMPORTED: NonNullable<DistancePlotProps['imported']> = [];

const WIDTH_PX = 320;
const HEIGHT_PX = 120;
const RECT = { left: 50, right: WIDTH_PX - 8, top: 8, bottom: HEIGHT_PX - 17 };
const MIN_TICK_SPACING_PX = 18;
const ARIA_INTERVAL_MS = 250;
const FLYBY_WINDOW_SEC = 5 * DAY_S;
/** Where the open plot would run into the readouts and the note (the column starts under the toolbar below 931 px wide). */
const CRAMPED_SCREEN = '(max-width: 640px), (max-height: 650px), (max-width: 930px) and (max-height: 700px)';

const day = (tdbSec: number): string => new Date(utcMsFromTdbSec(tdbSec)).toISOString().slice(0, 10);

function describe(series: DistanceSeries, mission: PropagationResult, language: Language): string {
  const years = `${day(series.startTdbSec).slice(0, 4)}–${day(series.endTdbSec).slice(0, 4)}`;
  const flyby = mission.events.find((event) => event.id === 'earth-flyby');
  const closest = flyby && closestApproach(series.earth, flyby.tdbSec - FLYBY_WINDOW_SEC, flyby.tdbSec + FLYBY_WINDOW_SEC);
  if (language === 'zh') {
    const flybyZh = closest ? `${text('distancePlotFlyby', language)}：${formatDistance(closest.km)}（${day(closest.tdbSec)}）。` : '';
    return `${text('distancePlotDescription', language)}，${years} 年。${flybyZh}`;
  }
  const flybyEn = closest ? ` ${text('distancePlotFlyby', language)}: ${formatDistance(closest.km)} (${day(closest.tdbSec)}).` : '';
  return `${text('distancePlotDescription', language)}, ${years}.${flybyEn}`;
}

/** Sets a dot on the curve at tdbSec, or hides it where the curve has no value. */
function placeDot(dot: HTMLDivElement | null, runs: readonly DistanceRun<AnyBodyId>[], scale: PlotScale, x: number, tdbSec: number): void {
  if (!dot) return;
  const { km } = distanceAt(runs, tdbSec);
  const visible = km > 0;
  dot.style.visibility = visible ? 'visible' : 'hidden';
  if (visible) dot.style.transform = `translate(${x.toFixed(1)}px, ${scale.y(km).toFixed(1)}px)`;
}

/** A curve shorter than the plot's resolution (a file of a day on the mission's decade): a round mark at its middle. */
function markPath(runs: readonly DistanceRun<AnyBodyId>[], scale: PlotScale): string {
  const run = runs[0];
  if (!run || run.tdbSec.length === 0) return '';
  const mid = run.tdbSec.length >> 1;
  return `M${scale.x(run.tdbSec[mid] as number).toFixed(1)} ${scale.y(run.km[mid] as number).toFixed(1)}h0.01`;
}

export function DistancePlot({ clock, viewStore, mission, ephemeris, imported = NO_IMPORTED }: DistancePlotProps) {
  const language = useStore(viewStore, (s) => s.language);
  const panelsVisible = useStore(viewStore, (s) => s.panelsVisible);
  const [collapsed, setCollapsed] = useState(() => typeof matchMedia === 'function' && matchMedia(CRAMPED_SCREEN).matches);
  // A window resized across the line folds or opens it (a choice made with its button holds until then).
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(CRAMPED_SCREEN);
    const follow = () => setCollapsed(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  const startTdbSec = useClockValue(clock, (c) => c.startTdbSec);
  const stopTdbSec = useClockValue(clock, (c) => c.stopTdbSec);

  const series = useMemo(() => (mission ? buildDistanceSeries(mission, ephemeris) : null), [mission, ephemeris]);
  const importedCurves = useMemo(() => {
    const looks = new Map(imported.map((look) => [look.id, look]));
    return mission ? importedDistanceCurves(ephemeris).flatMap((curve) => {
      const look = looks.get(curve.id);
      return look ? [{ ...curve, name: look.name, color: look.color }] : [];
    }) : [];
  }, [mission, ephemeris, imported]);
  const scale = useMemo(() => {
    // The axis spans the imported curves too: a spacecraft around Mars is farther than any of the mission's targets.
    const minKm = Math.min(series?.minKm ?? NaN, ...importedCurves.map((c) => c.minKm));
    const maxKm = Math.max(series?.maxKm ?? NaN, ...importedCurves.map((c) => c.maxKm));
    const [loKm, hiKm] = distanceAxisRange(minKm, maxKm);
    return createPlotScale(RECT, startTdbSec, stopTdbSec, loKm, hiKm);
  }, [series, importedCurves, startTdbSec, stopTdbSec]);
  const paths = useMemo(
    () => (series ? { earth: curvePath(series.earth, scale), target: curvePath(series.target, scale) } : null),
    [series, scale],
  );
  const distanceTicks = useMemo(
    () => logDistanceTicks(scale.loKm, scale.hiKm, Math.floor((RECT.bottom - RECT.top) / MIN_TICK_SPACING_PX) + 1),
    [scale],
  );
  const timeTicks = useMemo(() => yearTicks(startTdbSec, stopTdbSec, RECT.right - RECT.left), [startTdbSec, stopTdbSec]);
  const eventTimes = useMemo(() => (mission ? mission.events.map((e) => e.tdbSec).sort((a, b) => a - b) : []), [mission]);

  const nowRef = useRef<HTMLDivElement>(null);
  const earthDotRef = useRef<HTMLDivElement>(null);
  const targetDotRef = useRef<HTMLDivElement>(null);
  const importedDots = useRef<(HTMLDivElement | null)[]>([]);
  const hoverLineRef = useRef<SVGLineElement>(null);
  const hoverTextRef = useRef<HTMLSpanElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  useScreenArea(rootRef);
  const sliderRef = useRef<HTMLDivElement>(null);
  const ariaState = useRef({ lastMs: -Infinity });

  useClockWriter(clock, (tdbSec) => {
    if (!series) return;
    const x = scale.x(tdbSec);
    if (nowRef.current) nowRef.current.style.transform = `translateX(${x.toFixed(2)}px)`;
    placeDot(earthDotRef.current, series.earth, scale, x, tdbSec);
    placeDot(targetDotRef.current, series.target, scale, x, tdbSec);
    importedCurves.forEach((curve, k) => placeDot(importedDots.current[k] ?? null, curve.runs, scale, x, tdbSec));
    const slider = sliderRef.current;
    const nowMs = performance.now();
    if (slider && (!clock.playing || nowMs - ariaState.current.lastMs >= ARIA_INTERVAL_MS)) {
      ariaState.current.lastMs = nowMs;
      slider.setAttribute('aria-valuenow', String(Math.round(tdbSec)));
      slider.setAttribute('aria-valuetext', formatUtc(tdbSec));
    }
  });

  const plotX = (clientX: number): number => {
    const box = sliderRef.current?.getBoundingClientRect();
    return box && box.width > 0 ? ((clientX - box.left) / box.width) * WIDTH_PX : RECT.left;
  };
  const showHover = (x: number): void => {
    if (!series) return;
    const tdbSec = scale.timeAtX(x);
    hoverLineRef.current?.setAttribute('transform', `translate(${scale.x(tdbSec).toFixed(2)} 0)`);
    const earth = distanceAt(series.earth, tdbSec).km;
    const target = distanceAt(series.target, tdbSec);
    const targetId = target.run?.fromId;
    const parts = [day(tdbSec), `${bodyName('earth', language)} ${formatDistance(earth)}`];
    if (targetId && targetId !== 'earth') parts.push(`${bodyName(targetId, language)} ${formatDistance(target.km)}`);
    for (const curve of importedCurves) {
      const km = distanceAt(curve.runs, tdbSec).km;
      if (km > 0) parts.push(`${curve.name} ${formatDistance(km)}`);
    }
    if (hoverTextRef.current) hoverTextRef.current.textContent = parts.join(' · ');
    rootRef.current?.setAttribute('data-hover', '');
  };
  const hideHover = (): void => rootRef.current?.removeAttribute('data-hover');

  const seekDrag = useSeekDrag(clock, {
    timeAtClientX: (clientX) => scale.timeAtX(plotX(clientX)),
    onDragEnd: (event) => { if (event.pointerType !== 'mouse') hideHover(); },
  });
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    seekDrag.onPointerMove(event);
    if (event.pointerType === 'mouse' || seekDrag.dragging()) showHover(plotX(event.clientX));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => seekByKey(event, clock, eventTimes, 30 * DAY_S);

  if (!mission || !series || !paths || !panelsVisible) return null;
  const toggleLabel = text(collapsed ? 'distancePlotShow' : 'distancePlotHide', language);

  return (
    <section
      ref={rootRef}
      className="distance-plot panel"
      data-testid="distance-plot"
      data-collapsed={collapsed ? 'true' : 'false'}
      aria-label={text('distancePlot', language)}
    >
      <header className="dp-header">
        <h2 className="panel-title dp-title">{text('distancePlot', language)}</h2>
        {!collapsed && (
          <>
            <span className="dp-legend" aria-hidden="true">
              <span className="dp-key dp-key-earth">{text('distancePlotEarth', language)}</span>
              <span className="dp-key dp-key-target">{text('distancePlotTarget', language)}</span>
              {importedCurves.map((curve) => (
                <span key={curve.id} className="dp-key dp-key-imported" style={{ '--dp-imported': curve.color } as CSSProperties} title={curve.name}>
                  {curve.name}
                </span>
              ))}
            </span>
            <span className="dp-hover-text" ref={hoverTextRef} aria-hidden="true" />
          </>
        )}
        <button
          type="button"
          className="dp-toggle"
          aria-label={toggleLabel}
          title={toggleLabel}
          aria-expanded={!collapsed}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setCollapsed(!collapsed)}
        >
          <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
            <path d={collapsed ? 'M2 8 L6 4 L10 8' : 'M2 4 L6 8 L10 4'} />
          </svg>
        </button>
      </header>
      {!collapsed && (
        <div className="dp-body">
          <svg
            className="dp-chart"
            width={WIDTH_PX}
            height={HEIGHT_PX}
            viewBox={`0 0 ${WIDTH_PX} ${HEIGHT_PX}`}
            role="img"
            aria-label={describe(series, mission, language)}
          >
            <g className="dp-grid">
              {distanceTicks.map((tick) => {
                const y = scale.y(tick.km).toFixed(1);
                return (
                  <g key={tick.km}>
                    <line x1={RECT.left} x2={RECT.right} y1={y} y2={y} />
                    <text x={RECT.left - 5} y={y} className="dp-y-label">{tick.label}</text>
                  </g>
                );
              })}
              {timeTicks.map((tick) => {
                const x = scale.x(tick.tdbSec).toFixed(1);
                return (
                  <g key={tick.year}>
                    <line x1={x} x2={x} y1={RECT.top} y2={RECT.bottom + (tick.labelled ? 4 : 2)} />
                    {tick.labelled && <text x={x} y={HEIGHT_PX - 3} className="dp-x-label">{tick.year}</text>}
                  </g>
                );
              })}
            </g>
            {mission.phases.slice(1).map((phase) => {
              const x = scale.x(phase.startTdbSec).toFixed(1);
              return <line key={phase.id} className="dp-phase" x1={x} x2={x} y1={RECT.top} y2={RECT.bottom} />;
            })}
            <path className="dp-curve dp-earth" d={paths.earth} />
            <path className="dp-curve dp-target" d={paths.target} />
            {importedCurves.map((curve) => (
              // A file of days is a sliver on the mission's years: drawn wider, so it reads as a mark.
              <path key={curve.id} className="dp-curve dp-imported" data-testid="distance-plot-imported" data-body={curve.id} style={{ stroke: curve.color }} d={curvePath(curve.runs, scale) || markPath(curve.runs, scale)} />
            ))}
            <line ref={hoverLineRef} className="dp-hover-line" x1={0} x2={0} y1={RECT.top} y2={RECT.bottom} />
          </svg>
          {/* The marks that move while the clock plays, on their own compositor layers: moving them repaints
              nothing, where moving them inside the chart re-rastered the whole panel every frame (measured:
              software-rendered play ran at ~20 fps with the plot shown, ~35 with it hidden). */}
          <div ref={nowRef} className="dp-now" style={{ top: RECT.top - 4, height: RECT.bottom - RECT.top + 4 }} />
          <div ref={earthDotRef} className="dp-dot dp-earth" />
          <div ref={targetDotRef} className="dp-dot dp-target" />
          {importedCurves.map((curve, k) => (
            <div key={curve.id} ref={(element) => { importedDots.current[k] = element; }} className="dp-dot dp-imported" style={{ background: curve.color }} />
          ))}
          <div
            ref={sliderRef}
            className="dp-seek"
            role="slider"
            tabIndex={0}
            aria-label={text('distancePlotSeek', language)}
            aria-valuemin={Math.round(startTdbSec)}
            aria-valuemax={Math.round(stopTdbSec)}
            aria-orientation="horizontal"
            onPointerDown={seekDrag.onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={seekDrag.endDrag}
            onPointerCancel={seekDrag.endDrag}
            onLostPointerCapture={seekDrag.endDrag}
            onPointerLeave={() => { if (!seekDrag.dragging()) hideHover(); }}
            onKeyDown={onKeyDown}
          />
        </div>
      )}
    </section>
  );
}
