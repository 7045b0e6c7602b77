/**
 * Broken data must be refused with messages that name the file, the field and what was expected.
 * Each fixture in tests/fixtures/ephemeris-broken/ takes the real files, edits one of them and lists the exact
 * lines the error must contain, so the fixtures follow the real data instead of going stale beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { loadMissionData, MissionDataError, formatIssue } from '../../src/core/mission-data/index.ts';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/ephemeris-broken/', import.meta.url));

interface Edit {
  set?: string;
  remove?: string;
  value?: unknown;
}
interface BrokenFixture {
  description: string;
  file: string;
  edits: Edit[];
  expectedLines: string[];
}

/** 'elementSets[2].eccentricity' → ['elementSets', 2, 'eccentricity']. */
function parsePath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] as string)));
}

function applyEdit(root: unknown, edit: Edit): void {
  const keys = parsePath(edit.set ?? edit.remove ?? '');
  const last = keys.pop();
  let node = root as Record<string | number, unknown>;
  for (const key of keys) node = node[key] as Record<string | number, unknown>;
  if (last === undefined || node === undefined) throw new Error(`fixture path not found: ${edit.set ?? edit.remove}`);
  if (edit.remove !== undefined) {
    if (!(last in node)) throw new Error(`fixture removes a field that is not there: ${edit.remove}`);
    delete node[last];
  } else {
    // As JSON.parse would: an own key, even "__proto__" (an assignment would replace the prototype instead).
    Object.defineProperty(node, last, { value: edit.value, enumerable: true, writable: true, configurable: true });
  }
}

function loadBroken(fixture: BrokenFixture): unknown {
  const files: Record<string, unknown> = structuredClone(bundledMissionFiles());
  if (!(fixture.file in files)) throw new Error(`fixture names an unknown file: ${fixture.file}`);
  for (const edit of fixture.edits) applyEdit(files[fixture.file], edit);
  return loadMissionData(files);
}

const fixtureNames = readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.json')).sort();

describe('broken mission data fixtures', () => {
  it('has at least the six kinds of breakage the data rules name', () => {
    for (const kind of ['missing-source', 'wrong-type', 'eccentricity-out-of-range', 'unsorted-events', 'unknown-status', 'bad-date-format']) {
      expect(fixtureNames).toContain(`${kind}.json`);
    }
  });

  it.each(fixtureNames)('%s is refused with the expected messages', (name) => {
    const fixture = JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8')) as BrokenFixture;
    let caught: unknown;
    try {
      loadBroken(fixture);
    } catch (error) {
      caught = error;
    }
    expect(caught, fixture.description).toBeInstanceOf(MissionDataError);
    const error = caught as MissionDataError;
    expect(error.issues.map(formatIssue)).toEqual(fixture.expectedLines);
    for (const line of fixture.expectedLines) expect(error.message).toContain(line);
  });
});
