/**
 * The card about the selected body, probe or event (viewStore.selectedId), on the right. Its content comes from
 * info-card-content.ts; the live distances are written into the DOM through refs about four times a second while
 * the clock runs, so the card does not re-render per frame. Closed by its × button or Escape (after the help and
 * the event list, which sit above it).
 */
import { useId, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { Clock } from '../state/clock.ts';
import type { Language, ViewStore } from '../state/view-store.ts';
import type { PropagationResult } from '../core/mission/mission-result.ts';
import { text } from './i18n.ts';
import { keepFocusAway } from './IconButton.tsx';
import {
  buildInfoCard, createDistanceMeter, type CardSource, type DistanceMeter, type DistanceRow, type EventCard, type FactRow,
  type InfoCard, type KeyDate,
} from './info-card-content.ts';
import { formatDistance } from './readout-format.ts';
import { setText } from './set-text.ts';
import { useArriveAt } from './story-context.ts';
import { useClockWriter } from './use-clock.ts';
import './info-panel.css';
import { panelArea } from './use-screen-area.ts';

export interface InfoPanelProps {
  clock: Clock;
  viewStore: ViewStore;
  /** Null while the worker propagates: only the planets' short cards can be shown then. */
  mission: PropagationResult | null;
  ephemeris: Ephemeris;
  /** Milliseconds between distance updates while the clock runs. */
  updateIntervalMs?: number;
}

export function InfoPanel({ clock, viewStore, mission, ephemeris, updateIntervalMs = 250 }: InfoPanelProps) {
  const selectedId = useStore(viewStore, (s) => s.selectedId);
  const language = useStore(viewStore, (s) => s.language);
  const panelsVisible = useStore(viewStore, (s) => s.panelsVisible);
  const card = useMemo(() => buildInfoCard(selectedId, mission, language), [selectedId, mission, language]);
  const meter = useMemo(() => createDistanceMeter(ephemeris), [mission, ephemeris]);
  const shown = card !== null && panelsVisible;

  if (!shown) return null;
  return (
    <CardView
      key={card.id}
      card={card}
      clock={clock}
      meter={meter}
      language={language}
      updateIntervalMs={updateIntervalMs}
      onClose={() => viewStore.getState().select(null)}
    />
  );
}

interface CardViewProps {
  card: InfoCard;
  clock: Clock;
  meter: DistanceMeter;
  language: Language;
  updateIntervalMs: number;
  onClose: () => void;
}

function CardView({ card, clock, meter, language, updateIntervalMs, onClose }: CardViewProps) {
  const arrive = useArriveAt(clock);
  const titleId = useId();
  const kicker = card.kicker;
  const subtitle = card.kind === 'detailed' ? card.subtitle : null;
  const closeLabel = text('closeCard', language);
  return (
    <section
      ref={panelArea}
      className={`panel info-panel info-${card.kind}`}
      role="region"
      aria-labelledby={titleId}
      data-testid="info-panel"
      data-card-id={card.id}
      lang={language === 'zh' ? 'zh-CN' : 'en'}
    >
      <header className="info-header">
        <div className="info-heading">
          {kicker && <p className="info-kicker">{kicker}</p>}
          <h2 id={titleId} className="info-title">{card.title}</h2>
          {subtitle && <p className="info-subtitle">{subtitle}</p>}
        </div>
        <button
          type="button"
          className="ctl-button info-close"
          aria-label={closeLabel}
          title={`${closeLabel} (Esc)`}
          onMouseDown={keepFocusAway}
          onClick={onClose}
          data-testid="info-panel-close"
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="info-body">
        {card.kind === 'event' && <EventWhen card={card} language={language} />}
        {card.kind !== 'event' && (
          <LiveDistances rows={card.distances} clock={clock} meter={meter} language={language} updateIntervalMs={updateIntervalMs} />
        )}
        {card.kind === 'detailed' && card.illustrativeNote && (
          <p className="info-illustrative" role="note">
            <strong>{text('pathIllustrative', language)}.</strong> {card.illustrativeNote}
          </p>
        )}
        {card.kind === 'detailed' && (
          <dl className="info-facts info-section">
            {card.facts.map((row, index) => <FactItem key={index} row={row} />)}
          </dl>
        )}
        <p className="info-description">{card.description}</p>
        {card.kind === 'event' && (
          <button
            type="button"
            className="ctl-button info-jump"
            onMouseDown={keepFocusAway}
            onClick={() => arrive(card.tdbSec)}
            aria-label={`${text('jumpToMoment', language)}: ${card.title}, ${card.utc}`}
            data-testid="info-panel-jump"
          >
            {text('jumpToMoment', language)}
          </button>
        )}
        {card.kind === 'detailed' && <KeyDates dates={card.keyDates} clock={clock} language={language} />}
        {card.kind !== 'brief' && <Sources sources={card.sources} language={language} />}
      </div>
    </section>
  );
}

function EventWhen({ card, language }: { card: EventCard; language: Language }) {
  return (
    <div className="info-when">
      <StatusBadge status={card.status} label={card.statusLabel} />
      <dl className="info-facts">
        <FactItem row={{ label: text('utc', language), value: card.utc, ...(card.dateNote ? { note: card.dateNote } : {}) }} />
        <FactItem row={{ label: text('beijing', language), value: card.beijing }} />
      </dl>
    </div>
  );
}

function FactItem({ row }: { row: FactRow }) {
  return (
    <div className="info-fact">
      <dt>{row.label}</dt>
      <dd>
        {row.value}
        {row.note && <small className="info-note">{row.note}</small>}
      </dd>
    </div>
  );
}

function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`info-badge info-badge-${status}`}>{label}</span>;
}

interface LiveDistancesProps {
  rows: readonly DistanceRow[];
  clock: Clock;
  meter: DistanceMeter;
  language: Language;
  updateIntervalMs: number;
}

function LiveDistances({ rows, clock, meter, language, updateIntervalMs }: LiveDistancesProps) {
  const cells = useRef<(HTMLElement | null)[]>([]);
  useClockWriter(clock, (tdbSec) => {
    rows.forEach((row, index) => {
      const cell = cells.current[index];
      if (!cell) return;
      const km = meter(row.from, row.to, tdbSec);
      setText(cell, formatDistance(km));
      // The probe before launch, the capsule outside its few hours of flight: say why there is no figure.
      const why = Number.isNaN(km) ? text('outsidePath', language) : '';
      if (cell.title !== why) cell.title = why;
    });
  }, updateIntervalMs);
  return (
    <section className="info-section" aria-label={text('distanceNow', language)}>
      <h3 className="info-section-title">{text('distanceNow', language)}</h3>
      <dl className="info-facts info-distances">
        {rows.map((row, index) => (
          <div key={index} className="info-fact">
            <dt>{row.label}</dt>
            <dd ref={(element) => { cells.current[index] = element; }} data-testid={`info-distance-${row.from}`} />
          </div>
        ))}
      </dl>
    </section>
  );
}

function KeyDates({ dates, clock, language }: { dates: readonly KeyDate[]; clock: Clock; language: Language }) {
  const arrive = useArriveAt(clock);
  if (dates.length === 0) return null;
  const title = text('keyDates', language);
  return (
    <section className="info-section" aria-label={title}>
      <h3 className="info-section-title">{title}</h3>
      <ol className="info-dates">
        {dates.map((date) => (
          <li key={date.eventId}>
            <button
              type="button"
              className="info-date"
              onMouseDown={keepFocusAway}
              onClick={() => arrive(date.tdbSec)}
              aria-label={`${text('jumpTo', language)} ${date.name}, ${date.dateUtc}, ${date.statusLabel}`}
              title={`${text('jumpTo', language)} ${date.name}`}
            >
              <time dateTime={date.dateUtc}>{date.dateUtc}</time>
              <span className="info-date-name">{date.name}</span>
              <StatusBadge status={date.status} label={date.statusLabel} />
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Sources({ sources, language }: { sources: readonly CardSource[]; language: Language }) {
  if (sources.length === 0) return null;
  const title = text('sources', language);
  return (
    <section className="info-section" aria-label={title}>
      <h3 className="info-section-title">{title}</h3>
      <ul className="info-sources">
        {sources.map((source, index) => (
          <li key={index} className={source.kind === 'illustrative' ? 'info-source-illustrative' : undefined}>
            {source.kind === 'illustrative' ? source.label : (
              <>
                {source.ref && <span className="info-source-ref">{source.ref}</span>}
                {source.links.map((link) => (
                  <a key={link.href} href={link.href} target="_blank" rel="noreferrer" title={link.href}>{link.label}</a>
                ))}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
