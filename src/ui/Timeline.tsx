/**
 * The bottom scrubber: phase bands, the imported tracks' time spans, calendar ticks, event ticks with decluttered
 * labels, and a playhead that follows
 * the clock through refs (no React render per frame). Drag, click or use the keyboard to seek.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { DAY_S } from '../core/constants.ts';
import { formatUtc, utcMsFromTdbSec } from '../core/time.ts';
import type { Clock } from '../state/clock.ts';
import { EVENT_TOLERANCE_SEC } from '../state/event-stepping.ts';
import { phaseColor } from '../state/phase-colors.ts';
import type { Language } from '../state/view-store.ts';
import type { MissionEventSummary, MissionPhase } from '../core/mission/mission-result.ts';
import { monthShortName, text } from './i18n.ts';
import {
  calendarTicks, eventLabelPriority, fractionOfSpan, layoutEventLabels, snapToNearestTime, timeAtFraction,
  type PlacedLabel,
} from './timeline-layout.ts';
import { seekByKey, useSeekDrag } from './seek-surface.ts';
import { setText } from './set-text.ts';
import { useArriveAt } from './story-context.ts';
import { useClockValue, useClockWriter } from './use-clock.ts';
import './timeline.css';
import { useScreenArea } from './use-screen-area.ts';

export interface TimelineProps {
  clock: Clock;
  /** Sorted by time. */
  events: readonly MissionEventSummary[];
  phases: readonly MissionPhase[];
  language: Language;
  /** Which labels survive when they collide (higher first); defaults to phase-boundary events first. */
  labelPriority?: (event: MissionEventSummary) => number;
  /** Called after the clock has jumped to an event chosen on the timeline (e.g. to show its card). */
  onEventChosen?: (event: MissionEventSummary) => void;
  /** The imported tracks' spans: a bar each under the phases, in the track's colour. */
  tracks?: readonly TimelineTrack[];
}

export interface TimelineTrack {
  id: string;
  name: string;
  color: string;
  startTdbSec: number;
  endTdbSec: number;
}

const NO_TRACKS: readonly TimelineTrack[] = [];
/** A file of a day is a hair on the mission's decade: its bar is drawn at least this wide to be seen. */
const MIN_TRACK_BAR_PX = 3;

const LABEL_ROWS = 2;
const LABEL_PADDING_PX = 12;
const ARIA_INTERVAL_MS = 250;
const CALENDAR_LABEL_PX = 34;
/** A pointer this close to an event tick lands exactly on the event. */
const SNAP_PX = 5;

const eventName = (event: MissionEventSummary, language: Language): string =>
  language === 'zh' ? event.nameZh : event.nameEn;

function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

let measuringContext: CanvasRenderingContext2D | null = null;
function textWidthPx(label: string, font: string): number {
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return label.length * 7;
  measuringContext.font = font;
  return measuringContext.measureText(label).width;
}

export function Timeline({ clock, events, phases, language, labelPriority, onEventChosen, tracks = NO_TRACKS }: TimelineProps) {
  const arrive = useArriveAt(clock);
  const startTdbSec = useClockValue(clock, (c) => c.startTdbSec);
  const stopTdbSec = useClockValue(clock, (c) => c.stopTdbSec);
  const [trackRef, trackWidthPx] = useElementWidth<HTMLDivElement>();
  const labelsRef = useRef<HTMLDivElement>(null);
  const playheadRef = useRef<HTMLDivElement>(null);
  const progressRef = useRef<HTMLDivElement>(null);
  const dateBadgeRef = useRef<HTMLSpanElement>(null);
  const sliderRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useScreenArea(rootRef);
  const eventTimes = useMemo(() => events.map((event) => event.tdbSec), [events]);
  const fraction = (tdbSec: number): number => fractionOfSpan(tdbSec, startTdbSec, stopTdbSec);

  // aria-valuenow/valuetext are written only here (not rendered), so a re-render never puts back a stale time.
  const ariaState = useRef({ lastMs: -Infinity });
  useClockWriter(clock, (tdbSec) => {
    const f = fractionOfSpan(tdbSec, startTdbSec, stopTdbSec);
    if (playheadRef.current) playheadRef.current.style.transform = `translateX(${(f * 100).toFixed(4)}%)`;
    if (progressRef.current) progressRef.current.style.transform = `scaleX(${f.toFixed(5)})`;
    const badge = dateBadgeRef.current;
    // On an event's moment (a tap on its tick snaps there) the badge names it: every event has a tap name.
    const here = events.find((event) => Math.abs(event.tdbSec - tdbSec) <= EVENT_TOLERANCE_SEC);
    const day = new Date(utcMsFromTdbSec(tdbSec)).toISOString().slice(0, 10);
    setText(badge, here ? `${day} · ${eventName(here, language)}` : day);
    if (badge && badge.hasAttribute('data-named') !== Boolean(here)) badge.toggleAttribute('data-named', Boolean(here));
    // Slides from right of the playhead at the start to left of it at the end: always within the track.
    if (badge) badge.style.transform = `translateX(${(-f * 100).toFixed(2)}%)`;
    const slider = sliderRef.current;
    const now = performance.now();
    // While playing, assistive technology gets a few updates a second; a paused clock always shows its exact time.
    if (slider && (!clock.playing || now - ariaState.current.lastMs >= ARIA_INTERVAL_MS)) {
      ariaState.current.lastMs = now;
      slider.setAttribute('aria-valuenow', String(Math.round(tdbSec)));
      slider.setAttribute('aria-valuetext', formatUtc(tdbSec));
    }
  });

  const placedLabels = useMemo<PlacedLabel[]>(() => {
    if (trackWidthPx <= 0) return [];
    const font = labelsRef.current ? getComputedStyle(labelsRef.current).font : '12px sans-serif';
    const boundaries = phases.flatMap((phase) => [phase.startTdbSec, phase.endTdbSec]);
    const requests = events.map((event) => ({
      id: event.id,
      xPx: fractionOfSpan(event.tdbSec, startTdbSec, stopTdbSec) * trackWidthPx,
      widthPx: textWidthPx(eventName(event, language), font) + LABEL_PADDING_PX,
      priority: labelPriority ? labelPriority(event) : eventLabelPriority(event.tdbSec, boundaries),
    }));
    return layoutEventLabels(requests, { trackWidthPx, rows: LABEL_ROWS });
  }, [events, phases, language, labelPriority, startTdbSec, stopTdbSec, trackWidthPx]);

  const ticks = useMemo(
    // A tick label too close to the right end would hang out of the panel: drop it.
    () => calendarTicks(startTdbSec, stopTdbSec, trackWidthPx)
      .filter((tick) => fractionOfSpan(tick.tdbSec, startTdbSec, stopTdbSec) * trackWidthPx <= trackWidthPx - CALENDAR_LABEL_PX),
    [startTdbSec, stopTdbSec, trackWidthPx],
  );

  const chooseEvent = (event: MissionEventSummary): void => {
    arrive(event.tdbSec);
    onEventChosen?.(event);
  };

  /** The time under the pointer, snapped to an event's within SNAP_PX; null while the track has no size. */
  const timeAtClientX = (clientX: number): number | null => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width <= 0) return null;
    const tdbSec = timeAtFraction((clientX - rect.left) / rect.width, startTdbSec, stopTdbSec);
    return snapToNearestTime(tdbSec, eventTimes, (SNAP_PX / rect.width) * (stopTdbSec - startTdbSec));
  };
  const { onPointerDown, onPointerMove: onDragMove, endDrag, dragging } = useSeekDrag(clock, {
    timeAtClientX,
    onDragStart: () => rootRef.current?.setAttribute('data-dragging', ''),
    onDragEnd: () => rootRef.current?.removeAttribute('data-dragging'),
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => seekByKey(event, clock, eventTimes, DAY_S, arrive);
  // A mouse over an event's tick gets its name as the slider's tooltip (the events with no label above the track).
  const onPointerMove = (pointer: PointerEvent<HTMLDivElement>): void => {
    onDragMove(pointer);
    const slider = sliderRef.current;
    if (dragging() || !slider) return;
    const tdbSec = timeAtClientX(pointer.clientX);
    const near = tdbSec === null ? undefined : events.find((event) => event.tdbSec === tdbSec);
    const title = near ? `${eventName(near, language)} · ${formatUtc(near.tdbSec)}` : '';
    if (slider.title !== title) slider.title = title;
  };

  const eventsById = useMemo(() => new Map(events.map((event) => [event.id, event])), [events]);

  return (
    <div className="tl" ref={rootRef} data-testid="timeline">
      <div className="tl-labels" ref={labelsRef} style={{ height: `${LABEL_ROWS * 22}px` }}>
        {placedLabels.map((label) => {
          const event = eventsById.get(label.id);
          if (!event) return null;
          return (
            <div key={label.id}>
              <span className="tl-leader" style={{ left: `${label.xPx}px`, height: `${label.row * 22 + 6}px` }} />
              <button
                type="button"
                tabIndex={-1}
                className={`tl-label tl-status-${event.status}`}
                style={{ left: `${label.leftPx}px`, bottom: `${label.row * 22 + 4}px`, width: `${label.widthPx}px` }}
                title={`${eventName(event, language)} · ${formatUtc(event.tdbSec)}`}
                onClick={() => chooseEvent(event)}
              >
                {eventName(event, language)}
              </button>
            </div>
          );
        })}
      </div>
      <div
        ref={sliderRef}
        className="tl-hit"
        role="slider"
        tabIndex={0}
        aria-label={text('timeline', language)}
        aria-valuemin={Math.round(startTdbSec)}
        aria-valuemax={Math.round(stopTdbSec)}
        aria-orientation="horizontal"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onLostPointerCapture={endDrag}
        onKeyDown={onKeyDown}
      >
        <div className="tl-track" ref={trackRef}>
          {phases.map((phase, index) => {
            const left = fraction(phase.startTdbSec);
            const right = fraction(phase.endTdbSec);
            return (
              <div
                key={phase.id}
                className="tl-phase"
                title={language === 'zh' ? phase.nameZh : phase.nameEn}
                style={{ left: `${left * 100}%`, width: `${(right - left) * 100}%`, background: phaseColor(index) }}
              />
            );
          })}
          {tracks.map((track) => {
            // A span outside the clock's range is not drawn: the import list offers to extend the clock to it.
            if (track.endTdbSec < startTdbSec || track.startTdbSec > stopTdbSec) return null;
            const left = fraction(track.startTdbSec);
            const right = fraction(track.endTdbSec);
            return (
              <div
                key={track.id}
                className="tl-import"
                data-testid="timeline-import"
                data-body={track.id}
                title={`${track.name} · ${formatUtc(track.startTdbSec)} – ${formatUtc(track.endTdbSec)}`}
                style={{ left: `${left * 100}%`, width: `max(${MIN_TRACK_BAR_PX}px, ${(right - left) * 100}%)`, background: track.color }}
              />
            );
          })}
          <div className="tl-progress" ref={progressRef} />
          {events.map((event) => (
            <span key={event.id} className={`tl-tick tl-status-${event.status}`} style={{ left: `${fraction(event.tdbSec) * 100}%` }} />
          ))}
          <div className="tl-playhead" ref={playheadRef}>
            <span className="tl-playhead-line" />
            <span className="tl-knob" />
            <span className="tl-date-badge" ref={dateBadgeRef} />
          </div>
        </div>
        <div className="tl-calendar" aria-hidden="true">
          {ticks.map((tick) => (
            <span
              key={tick.tdbSec}
              className={tick.major ? 'tl-cal-tick tl-cal-major' : 'tl-cal-tick'}
              style={{ left: `${fraction(tick.tdbSec) * 100}%` }}
            >
              {tick.major ? tick.year : monthShortName(tick.month, language)}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
