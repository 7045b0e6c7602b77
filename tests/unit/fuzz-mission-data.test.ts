/**
 * Property tests of the mission-data loader on mutated copies of the five ephemeris/ files (fast-check, fixed
 * seeds): every mutation either loads or is refused with a MissionDataError naming the mutated file and a field in
 * the mutated part, never another kind of throw, and a mutation that makes a value wrong-typed, non-finite, beyond
 * ±1e12, outside the data's era, an unknown or `__proto__` key, or an over-long list is always refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { loadMissionData, MissionDataError, MISSION_DATA_FILE_NAMES, type MissionDataIssue } from '../../src/core/mission-data/index.ts';
import { MAX_ITEMS, MAX_STRING_LENGTH } from '../../src/core/mission-data/json-reader.ts';
import type { MissionData } from '../../src/core/mission-data/types.ts';
import { newestInitialStateEqj } from '../../src/core/mission-ephemerides.ts';
import { missionSpanTdbSec } from '../../src/core/mission/propagate-mission.ts';
import { MAX_PROPAGATION_STEPS } from '../../src/core/nbody/propagate-small-body.ts';
import { hermiteSamplingStepSec } from '../../src/core/nbody/sampling-step.ts';

type Key = string | number;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ORIGINAL = bundledMissionFiles() as Record<string, Json>;

/** Every path in a JSON tree (the root excluded), with the value there. */
function pathsOf(value: Json, prefix: Key[] = []): { path: Key[]; value: Json }[] {
  const children: [Key, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object' ? Object.entries(value) : [];
  return children.flatMap(([key, child]) => [{ path: [...prefix, key], value: child }, ...pathsOf(child, [...prefix, key])]);
}
const PATHS = Object.fromEntries(MISSION_DATA_FILE_NAMES.map((name) => [name, pathsOf(ORIGINAL[name]!)]));

/** 'elementSets[2].eccentricity', as the loader writes paths. */
const pathText = (path: readonly Key[]) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

function setOwn(parent: Json, key: Key, value: Json | undefined): void {
  const node = parent as Record<Key, Json>;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(key), 1);
    else delete node[key];
  } else {
    // As JSON.parse does: an own key, even "__proto__".
    Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  }
}

function nodeAt(root: Json, path: readonly Key[]): Json {
  return path.reduce<Json>((node, key) => (node as Record<Key, Json>)[key]!, root);
}

interface Mutation {
  /** What was done, for the failure message. */
  label: string;
  /** True when no valid file can result: the loader must refuse it. */
  mustRefuse: boolean;
  /** The container changed (for added keys) or the changed field. */
  at: Key[];
  apply(root: Json): void;
}

const isIsoDate = (value: Json) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value);
const isJulianDateKey = (key: Key) => typeof key === 'string' && /Jd(Tdb|Tt)$/.test(key);

/** The mutations of one value, depending on its type; `pick` chooses among them. */
function mutationsOf(path: Key[], value: Json): Mutation[] {
  const parent = path.slice(0, -1);
  const key = path[path.length - 1]!;
  // Values are made when applied: a million-item array is not built for every candidate.
  const replace = (label: string, mustRefuse: boolean, next: Json | undefined | (() => Json)): Mutation => ({
    label: `${label} at ${pathText(path)}`, mustRefuse, at: path,
    apply: (root) => setOwn(nodeAt(root, parent), key, typeof next === 'function' ? next() : next),
  });
  const list: Mutation[] = [replace('removed', false, undefined)];
  if (typeof value === 'number') {
    list.push(
      replace('null', true, null), replace('"NaN"', true, 'NaN'), replace('the number as a string', true, String(value)),
      replace('true', true, true), replace('an object', true, {}), replace('1e308', true, 1e308), replace('-1e308', true, -1e308),
      replace('2e12', true, 2e12), replace('-1', false, -1), replace('0', false, 0), replace('1e-320', false, 1e-320),
      replace('×1.001', false, value * 1.001), replace('+360', false, value + 360),
    );
    if (isJulianDateKey(key)) list.push(replace('JD of 1900', true, 2_415_020.5), replace('JD of 9999', true, 5_373_484.5));
  } else if (typeof value === 'string') {
    list.push(
      replace('null', true, null), replace('0', true, 0), replace('false', true, false), replace('[]', true, []),
      replace('""', true, ''), replace('an over-long string', true, () => 'x'.repeat(MAX_STRING_LENGTH + 1)),
      replace('"NaN"', false, 'NaN'), replace('cut in half', false, value.slice(0, Math.floor(value.length / 2))),
    );
    if (isIsoDate(value)) {
      list.push(replace('a date in 1900', true, '1900-01-01T00:00:00Z'), replace('a date in 9999', true, '9999-12-31T00:00:00Z'),
        // A zone given to a UTC date, or to a TDB one written without a zone (a replace would leave that unchanged).
        replace('a local time', true, `${value.replace(/Z$/, '')}+08:00`));
    }
  } else if (typeof value === 'boolean') {
    list.push(replace('null', true, null), replace('"true"', true, 'true'), replace('1', true, 1), replace('negated', false, !value));
  } else if (Array.isArray(value)) {
    list.push(
      replace('null', true, null), replace('an object', true, {}), replace('42', true, 42),
      replace(`${MAX_ITEMS + 1} copies of its first item`, true, () => new Array<Json>(MAX_ITEMS + 1).fill(value[0] ?? 0)),
      replace('a million zeros', true, () => new Array<Json>(1_000_000).fill(0)),
      replace('emptied', false, []), replace('reversed', false, () => [...value].reverse()),
    );
  } else if (value !== null) {
    list.push(
      replace('null', true, null), replace('42', true, 42), replace('[]', true, []),
      replace('"illustrative"', false, 'illustrative'),
      { label: `an unknown key in ${pathText(path)}`, mustRefuse: true, at: path, apply: (root) => setOwn(nodeAt(root, path), 'zzUnknown', 1) },
      {
        label: `a "__proto__" key in ${pathText(path)}`, mustRefuse: true, at: path,
        apply: (root) => setOwn(nodeAt(root, path), '__proto__', { polluted: true }),
      },
    );
  }
  return list;
}

/** A root-level key added to the file itself. */
const rootMutations = (): Mutation[] => [
  { label: 'an unknown key at the root', mustRefuse: true, at: [], apply: (root) => setOwn(root, 'zzUnknown', 1) },
  { label: 'a "__proto__" key at the root', mustRefuse: true, at: [], apply: (root) => setOwn(root, '__proto__', { polluted: true }) },
];

function load(files: Record<string, Json>): { ok: true; data: MissionData } | { ok: false; issues: readonly MissionDataIssue[] } {
  try {
    return { ok: true, data: loadMissionData(files) };
  } catch (error) {
    if (error instanceof MissionDataError) return { ok: false, issues: error.issues };
    throw new Error(`not a MissionDataError: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

/**
 * The issue names the mutated file and a field: the mutated one, one inside it, or one it is checked against in
 * the same file (a changed semi-major axis shows at the state vector computed from it). A root-level issue counts
 * only for a change at the root or of a whole top-level field.
 */
function namesMutation(issue: MissionDataIssue, file: string, at: readonly Key[]): boolean {
  return issue.file === file && (issue.path !== '' || at.length <= 1);
}

/**
 * What accepted body data must allow: a finite start state and a propagation over the mission's span within the
 * integrator's step bound (the sampling step as propagate-small-body.ts computes it), so no accepted file hangs it.
 */
function checkPropagationIsBounded(data: MissionData, label: string): void {
  const span = missionSpanTdbSec();
  for (const body of Object.values(data.bodies)) {
    const initial = newestInitialStateEqj(body);
    const values = [initial.tdbSec, ...initial.posKm, ...initial.velKmS];
    if (!values.every(Number.isFinite)) throw new Error(`${label}: ${body.id} starts from a non-finite state`);
    const stepSec = hermiteSamplingStepSec(initial, 0.1);
    const steps = (Math.max(span.end, initial.tdbSec) - Math.min(span.start, initial.tdbSec)) / stepSec;
    if (!(steps <= MAX_PROPAGATION_STEPS)) throw new Error(`${label}: ${body.id} would need ${steps} propagation steps`);
  }
}

function checkMutation(file: string, mutation: Mutation): void {
  const files = structuredClone(ORIGINAL);
  mutation.apply(files[file]!);
  const outcome = load(files);
  if (outcome.ok) {
    if (mutation.mustRefuse) throw new Error(`${file}: ${mutation.label} was accepted`);
    if (file.startsWith('ephemeris/bodies/')) checkPropagationIsBounded(outcome.data, `${file}: ${mutation.label}`);
    return;
  }
  if (!outcome.issues.some((issue) => namesMutation(issue, file, mutation.at))) {
    throw new Error(`${file}: ${mutation.label} was refused without naming it: ${outcome.issues.map((i) => `${i.file}: ${i.path}`).join('; ')}`);
  }
}

const mutationArbitrary = (files: readonly string[]) =>
  fc.record({ file: fc.constantFrom(...files), pick: fc.nat(), kind: fc.nat() }).map(({ file, pick, kind }) => {
    const paths = PATHS[file]!;
    const choices = pick % (paths.length + 1) === paths.length ? rootMutations()
      : ((p) => mutationsOf(p.path, p.value))(paths[pick % paths.length]!);
    return { file, mutation: choices[kind % choices.length]! };
  });

describe('fuzzing the mission-data loader', () => {
  it('loads the files as they are (the baseline every mutation starts from)', () => {
    expect(load(structuredClone(ORIGINAL)).ok).toBe(true);
  });

  it('body files: 4,000 mutations, each refused with its file and field or valid and within propagation\'s bound', () => {
    fc.assert(
      fc.property(mutationArbitrary(['ephemeris/bodies/kamooalewa.json', 'ephemeris/bodies/311p.json']), ({ file, mutation }) => {
        checkMutation(file, mutation);
      }),
      { seed: 20_250_528, numRuns: 4000 },
    );
  }, 60_000);

  it('all five files: 4,000 mutations, each refused with its file and field or valid', () => {
    fc.assert(
      fc.property(mutationArbitrary(MISSION_DATA_FILE_NAMES), ({ file, mutation }) => checkMutation(file, mutation)),
      { seed: 20_261_207, numRuns: 4000 },
    );
  }, 60_000);

  it('every field of every file, every mutation that must be refused: refused (exhaustive, not sampled)', () => {
    const accepted: string[] = [];
    for (const file of MISSION_DATA_FILE_NAMES) {
      const mutations = [...rootMutations(), ...PATHS[file]!.flatMap((p) => mutationsOf(p.path, p.value))].filter((m) => m.mustRefuse);
      for (const mutation of mutations) {
        try {
          checkMutation(file, mutation);
        } catch (error) {
          accepted.push((error as Error).message);
        }
      }
    }
    expect(accepted).toEqual([]);
  }, 60_000);
});
