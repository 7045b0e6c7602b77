/**
 * Writes each event's `pathDateUtc` (the designed path's date) into ephemeris/mission-events.json, keeping the
 * file's hand-made layout: the field sits on its own line after `datePrecision`. Events the design does not date
 * keep their published date as the path's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { utcMsFromTdbSec } from '../src/core/time.ts';

export const MISSION_EVENTS_FILE = 'ephemeris/mission-events.json';

const isoUtc = (tdbSec: number) => new Date(Math.round(utcMsFromTdbSec(tdbSec) / 1000) * 1000).toISOString().replace('.000Z', 'Z');

export function writeEventPathDates(designed: Readonly<Record<string, number>>): void {
  const text = readFileSync(MISSION_EVENTS_FILE, 'utf8');
  const events = (JSON.parse(text) as { events: { id: string; dateUtc: string }[] }).events;
  let out = text.replace(/^\s*"pathDateUtc": "[^"]*",\n/gm, '');
  let cursor = 0;
  for (const event of events) {
    const at = out.indexOf(`"id": "${event.id}"`, cursor);
    const precision = out.indexOf('"datePrecision"', at);
    const lineEnd = out.indexOf('\n', precision) + 1;
    if (at < 0 || precision < 0) throw new Error(`${MISSION_EVENTS_FILE}: cannot place pathDateUtc for "${event.id}"`);
    const indent = out.slice(out.lastIndexOf('\n', precision) + 1, precision);
    const pathDate = designed[event.id] === undefined ? event.dateUtc : isoUtc(designed[event.id]!);
    out = `${out.slice(0, lineEnd)}${indent}"pathDateUtc": "${pathDate}",\n${out.slice(lineEnd)}`;
    cursor = lineEnd;
  }
  JSON.parse(out);
  writeFileSync(MISSION_EVENTS_FILE, out);
}
