/**
 * A drop-down list of the mission's events: name, UTC date and status badge; choosing one moves the clock there.
 * Events already reached are marked; the list re-renders only when "now" crosses an event.
 */
import { useId, useMemo } from 'react';
import { useStore } from 'zustand';
import { formatUtc } from '../core/time.ts';
import type { Clock } from '../state/clock.ts';
import { eventsReached } from '../state/event-stepping.ts';
import { viewStore as defaultViewStore, type Language, type ViewStore } from '../state/view-store.ts';
import type { EventStatus, MissionEventSummary } from '../core/mission/mission-result.ts';
import { text, type TextId } from './i18n.ts';
import { useArriveAt } from './story-context.ts';
import { ListIcon } from './icons.tsx';
import { useClockValue } from './use-clock.ts';
import './event-list.css';
import { overlayArea } from './use-screen-area.ts';

export interface EventListProps {
  clock: Clock;
  /** Sorted by time. */
  events: readonly MissionEventSummary[];
  language: Language;
  viewStore?: ViewStore;
  /** Called after the clock has jumped to the chosen event (e.g. to select it and show its card). */
  onEventChosen?: (event: MissionEventSummary) => void;
}

export const STATUS_TEXT: Record<EventStatus, TextId> = {
  done: 'statusDone',
  reported: 'statusReported',
  planned: 'statusPlanned',
  illustrative: 'statusIllustrative',
};

export function EventList({ clock, events, language, viewStore = defaultViewStore, onEventChosen }: EventListProps) {
  const open = useStore(viewStore, (s) => s.eventListOpen);
  const listId = useId();
  const times = useMemo(() => events.map((event) => event.tdbSec), [events]);
  const reached = useClockValue(clock, (c) => eventsReached(times, c.currentTdbSec));
  const label = text('eventList', language);

  const arrive = useArriveAt(clock);
  const choose = (event: MissionEventSummary): void => {
    // Like a menu: the choice closes the list, so it does not cover the event's card and its shot.
    viewStore.getState().setEventListOpen(false);
    arrive(event.tdbSec);
    onEventChosen?.(event);
  };

  return (
    <div className="event-list" data-testid="event-list">
      <button
        type="button"
        className="ctl-button ctl-text hud-chip event-list-toggle"
        aria-expanded={open}
        aria-controls={listId}
        title={text('showEvents', language)}
        onClick={() => viewStore.getState().toggleEventList()}
      >
        <ListIcon />
        <span className="event-list-toggle-text">{text('events', language)}</span>
      </button>
      <div ref={overlayArea} id={listId} className="panel event-list-panel" hidden={!open}>
        <h2 className="panel-title">{label}</h2>
        <ol aria-label={label}>
          {events.map((event, index) => {
            const isPast = index < reached;
            const isCurrent = index === reached - 1;
            const name = language === 'zh' ? event.nameZh : event.nameEn;
            const date = formatUtc(event.tdbSec).slice(0, 10);
            const status = text(STATUS_TEXT[event.status], language);
            return (
              <li key={event.id}>
                <button
                  type="button"
                  className={`event-item${isPast ? ' is-past' : ''}`}
                  aria-current={isCurrent ? 'step' : undefined}
                  aria-label={`${name}, ${date}, ${status}`}
                  title={language === 'zh' ? event.descriptionZh : event.descriptionEn}
                  onClick={() => choose(event)}
                >
                  <span className="event-mark" aria-hidden="true" />
                  <span className="event-name">{name}</span>
                  <time className="event-date" dateTime={date}>{date}</time>
                  <span className={`badge badge-${event.status}`}>{status}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
