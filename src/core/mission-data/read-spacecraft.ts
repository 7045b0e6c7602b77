/** Reads ephemeris/spacecraft.json: Tianwen-2's names, size, power, propulsion and payload. */
import { childPath, describeValue, type JsonObject, type JsonReader } from './json-reader.ts';
import { POSITIVE, range } from './number-range.ts';
import { readQuantity, readSource } from './read-provenance.ts';
import type { NamedItem, Spacecraft } from './types.ts';

const SPACECRAFT_FIELDS = {
  required: [
    'id', 'names', 'description', 'builder', 'launchVehicle', 'launchSite', 'launchMassKg', 'bodySizeM',
    'capsuleDiameterM', 'solarWings', 'solarArraySpanM', 'propulsion', 'instrumentCount', 'instruments',
    'instrumentNamesNote', 'downlink', 'sampleMassG', 'samplingMethods',
  ],
} as const;

const HAN = { regex: /\p{Script=Han}/u, description: 'Chinese text (at least one Chinese character)' };
const ITEM_ID = { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, description: 'a kebab-case id' };
/** Radio frequencies from 1 MHz to 100 GHz: catches GHz or Hz typed where MHz belongs. */
const RADIO_FREQUENCY_MHZ = range(1, 100_000);

function readNamedItems(r: JsonReader, o: JsonObject, key: string): NamedItem[] {
  const list = r.array(o, key, 1);
  const items: NamedItem[] = [];
  list.items.forEach((value, i) => {
    const item = r.object(value, childPath(list.path, i), { required: ['id', 'names'] });
    if (item) items.push({ id: r.string(item, 'id', ITEM_ID), names: r.localizedText(item, 'names') });
  });
  return items;
}

function readPropulsion(r: JsonReader, o: JsonObject): Spacecraft['propulsion'] {
  const list = r.array(o, 'propulsion', 1);
  return list.items.flatMap((value, i) => {
    const p = r.object(value, childPath(list.path, i), { required: ['kind', 'role'] });
    return p ? [{ kind: r.oneOf(p, 'kind', ['solar-electric', 'chemical']), role: r.localizedText(p, 'role') }] : [];
  });
}

function readSolarWings(r: JsonReader, o: JsonObject): Spacecraft['solarWings'] {
  const w = r.object(o.fields.solarWings, childPath(o.path, 'solarWings'), {
    required: ['count', 'diameterM', 'shape', 'source'],
  });
  if (!w) return { count: Number.NaN, diameterM: Number.NaN, shape: { en: '', zh: '' }, source: 'illustrative' };
  return {
    count: r.integer(w, 'count', range(1, 16)),
    diameterM: r.number(w, 'diameterM', POSITIVE),
    shape: r.localizedText(w, 'shape'),
    source: readSource(r, w),
  };
}

function readDownlink(r: JsonReader, o: JsonObject): Spacecraft['downlink'] {
  const d = r.object(o.fields.downlink, childPath(o.path, 'downlink'), { required: ['band', 'frequencyMHz', 'source'] });
  if (!d) return { band: '', frequencyMHz: Number.NaN, source: 'illustrative' };
  return { band: r.string(d, 'band'), frequencyMHz: r.number(d, 'frequencyMHz', RADIO_FREQUENCY_MHZ), source: readSource(r, d) };
}

export function readSpacecraftFile(r: JsonReader, json: unknown): Spacecraft | undefined {
  const o = r.object(json, '', SPACECRAFT_FIELDS);
  if (!o) return undefined;
  const names = r.object(o.fields.names, 'names', { required: ['en', 'zh', 'formerEn', 'formerZh'] });
  const spacecraft: Spacecraft = {
    id: r.string(o, 'id', ITEM_ID),
    names: names
      ? { en: r.string(names, 'en'), zh: r.string(names, 'zh', HAN), formerEn: r.string(names, 'formerEn'), formerZh: r.string(names, 'formerZh', HAN) }
      : { en: '', zh: '', formerEn: '', formerZh: '' },
    description: r.localizedText(o, 'description'),
    builder: r.localizedText(o, 'builder'),
    launchVehicle: r.localizedText(o, 'launchVehicle'),
    launchSite: r.localizedText(o, 'launchSite'),
    launchMassKg: readQuantity(r, o, 'launchMassKg', POSITIVE),
    bodySizeM: readQuantity(r, o, 'bodySizeM', POSITIVE),
    capsuleDiameterM: readQuantity(r, o, 'capsuleDiameterM', POSITIVE),
    solarWings: readSolarWings(r, o),
    solarArraySpanM: readQuantity(r, o, 'solarArraySpanM', POSITIVE),
    propulsion: readPropulsion(r, o),
    instrumentCount: readQuantity(r, o, 'instrumentCount', POSITIVE),
    instruments: readNamedItems(r, o, 'instruments'),
    instrumentNamesNote: r.string(o, 'instrumentNamesNote'),
    downlink: readDownlink(r, o),
    sampleMassG: readQuantity(r, o, 'sampleMassG', POSITIVE),
    samplingMethods: readNamedItems(r, o, 'samplingMethods'),
  };
  const ids = new Set<string>();
  spacecraft.instruments.forEach((item, i) => {
    if (ids.has(item.id)) r.report(childPath(childPath('instruments', i), 'id'), 'an id not used by another instrument', describeValue(item.id));
    ids.add(item.id);
  });
  return spacecraft;
}
