/** Reads ephemeris/bodies/<id>.json (names come from the body catalogue, src/core/bodies.ts): description, physical data, element sets, published states. */
import { childPath, describeValue, type JsonObject, type JsonReader } from './json-reader.ts';
import { range, type NumberRange } from './number-range.ts';
import { checkElementSetConsistency, checkStateAgainstElements } from './orbit-consistency.ts';
import { readElementSet, readStateVector } from './read-element-set.ts';
import { readQuantity, readSource } from './read-provenance.ts';
import {
  DATE_PRECISIONS, type Body, type SmallBodyId, type Discovery, type OrbitalElementSet, type PhysicalData,
  type PublishedStateVector,
} from './types.ts';

const BODY_FIELDS = {
  required: ['id', 'kind', 'designations', 'description', 'physical', 'discovery', 'elementSets'],
  optional: ['stateVectors'],
} as const;

/**
 * Small bodies from a 1 m boulder to Ceres (939 km); rotation from the fastest known (~30 s) to slow rotators
 * (~1,000 h); H from Ceres (3.3) to the faintest catalogued near-Earth objects (~33), with room on both sides.
 */
const PHYSICAL_RANGES: Record<keyof PhysicalData, NumberRange> = {
  diameterM: range(1, 1e6),
  radiusM: range(0.5, 5e5),
  rotationPeriodMin: range(0.1, 1e5),
  rotationPeriodH: range(0.002, 2000),
  absoluteMagnitudeH: range(-2, 36),
};
/** Each body has 2-3 element sets and one state vector today; 50 leaves room for a long history. */
const MAX_ELEMENT_SETS = 50;
const MAX_STATE_VECTORS = 50;
const MAX_DESIGNATIONS = 20;

function readPhysical(r: JsonReader, o: JsonObject): PhysicalData {
  const keys = Object.keys(PHYSICAL_RANGES) as (keyof PhysicalData)[];
  const p = r.object(o.fields.physical, childPath(o.path, 'physical'), { required: [], optional: keys });
  const physical: PhysicalData = {};
  if (!p) return physical;
  for (const key of keys) {
    if (r.has(p, key)) physical[key] = readQuantity(r, p, key, PHYSICAL_RANGES[key]);
  }
  return physical;
}

function readDiscovery(r: JsonReader, o: JsonObject): Discovery {
  const d = r.object(o.fields.discovery, childPath(o.path, 'discovery'), {
    required: ['dateUtc', 'datePrecision', 'by', 'source'],
  });
  if (!d) return { dateUtc: '', utcMs: Number.NaN, datePrecision: 'approx', by: { en: '', zh: '' }, source: 'illustrative' };
  return {
    dateUtc: typeof d.fields.dateUtc === 'string' ? d.fields.dateUtc : '',
    utcMs: r.isoUtcMs(d, 'dateUtc'),
    datePrecision: r.oneOf(d, 'datePrecision', DATE_PRECISIONS),
    by: r.localizedText(d, 'by'),
    source: readSource(r, d, { requireUrl: true }),
  };
}

function readElementSets(r: JsonReader, o: JsonObject): OrbitalElementSet[] {
  const list = r.array(o, 'elementSets', { min: 1, max: MAX_ELEMENT_SETS });
  const sets: OrbitalElementSet[] = [];
  const seen = new Set<string>();
  list.items.forEach((item, i) => {
    const path = childPath(list.path, i);
    const before = r.issueCount;
    const set = readElementSet(r, item, path);
    if (!set) return;
    if (seen.has(set.id)) r.report(childPath(path, 'id'), 'an id not used by another element set', describeValue(set.id));
    seen.add(set.id);
    // Consistency is meaningful only when every number of the set was read.
    if (r.issueCount === before) checkElementSetConsistency(r, path, set);
    sets.push(set);
  });
  return sets;
}

function pickNewest(r: JsonReader, o: JsonObject, sets: readonly OrbitalElementSet[]): OrbitalElementSet | undefined {
  const path = childPath(o.path, 'elementSets');
  const marked = sets.filter((s) => s.newest);
  if (sets.length > 0 && marked.length !== 1) {
    r.report(path, 'exactly one element set with "newest": true', `${marked.length}`);
    return sets[0];
  }
  const newest = marked[0];
  const latest = sets.reduce((best, s) => (s.epochJdTdb > best.epochJdTdb ? s : best), sets[0] as OrbitalElementSet);
  if (newest && latest && newest !== latest && latest.epochJdTdb > newest.epochJdTdb) {
    r.report(path, `"newest": true on the set with the latest epoch (${latest.id})`, `"newest": true on set ${newest.id}`);
  }
  return newest;
}

function readStateVectors(r: JsonReader, o: JsonObject, sets: readonly OrbitalElementSet[], setsOk: boolean): PublishedStateVector[] {
  if (!r.has(o, 'stateVectors')) return [];
  const list = r.array(o, 'stateVectors', { max: MAX_STATE_VECTORS });
  const states: PublishedStateVector[] = [];
  list.items.forEach((item, i) => {
    const path = childPath(list.path, i);
    const before = r.issueCount;
    const state = readStateVector(r, item, path);
    if (!state) return;
    states.push(state);
    const set = sets.find((s) => s.id === state.elementSetId);
    if (!set) {
      r.report(childPath(path, 'elementSetId'), `the id of an element set (${sets.map((s) => s.id).join(', ')})`,
        describeValue(state.elementSetId));
    } else if (setsOk && r.issueCount === before) {
      checkStateAgainstElements(r, path, state, set);
    }
  });
  return states;
}

/** `expectedId` comes from the file name, so a body file copied under another name is caught. */
export function readBodyFile(r: JsonReader, json: unknown, expectedId: SmallBodyId): Body | undefined {
  const o = r.object(json, '', BODY_FIELDS);
  if (!o) return undefined;
  const id = r.oneOf(o, 'id', [expectedId]);
  const designations = r.array(o, 'designations', { min: 1, max: MAX_DESIGNATIONS });
  const setsBefore = r.issueCount;
  const elementSets = readElementSets(r, o);
  const setsOk = r.issueCount === setsBefore;
  const newest = pickNewest(r, o, elementSets);
  const body: Omit<Body, 'newestElementSet'> = {
    id,
    kind: r.oneOf(o, 'kind', ['asteroid', 'comet']),
    designations: designations.items.map((d, i) => r.stringAt(d, childPath(designations.path, i))),
    description: r.localizedText(o, 'description'),
    physical: readPhysical(r, o),
    discovery: readDiscovery(r, o),
    elementSets,
    stateVectors: readStateVectors(r, o, elementSets, setsOk),
  };
  return newest ? { ...body, newestElementSet: newest } : undefined;
}
