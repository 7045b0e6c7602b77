/**
 * The catalogue plus the tracks a user has imported: one lookup for names, colours, kinds and focus, so a file's
 * object is "a body like the others" without a second list of ids or names. Catalogue ids resolve to BODIES'
 * entries; `import:<slug>` ids to an entry derived from the file (its OBJECT_NAME in both languages, its colour).
 */
import { BODY_BY_ID, isBodyId, type BodyId, type CatalogueBody } from './bodies.ts';
import { isImportedBodyId, type ImportedBodyId, type ImportedTrack } from './imported-track.ts';
import type { Language } from './language.ts';

export type AnyBodyId = BodyId | ImportedBodyId;

export interface RegisteredBody extends Omit<CatalogueBody, 'id'> {
  id: AnyBodyId;
  /** The file an imported body came from; absent for the catalogue's. */
  sourceName?: string;
}

/** Drawn like a small spacecraft (the file says nothing of size): a point of this many pixels at least. */
const IMPORTED_MIN_PIXELS = 10;
/** After the catalogue's own labels: a user's track never hides the mission's. */
const IMPORTED_LABEL_PRIORITY = 100;
/** Nominal size, km: a spacecraft-like point (illustrative; only a lower bound on the drawn size uses it). */
const IMPORTED_RADIUS_KM = 0.005;

export class BodyRegistry {
  private readonly imported = new Map<ImportedBodyId, RegisteredBody>();

  constructor(tracks: readonly ImportedTrack[] = []) {
    tracks.forEach((track, index) => {
      this.imported.set(track.id, {
        id: track.id, kind: 'spacecraft', sourceName: track.sourceName,
        names: { en: track.name, zh: track.name, enFull: `${track.name} (${track.sourceName})`, zhFull: `${track.name}（${track.sourceName}）` },
        radiusKm: IMPORTED_RADIUS_KM, color: track.color, minPixels: IMPORTED_MIN_PIXELS,
        labelPriority: IMPORTED_LABEL_PRIORITY + index, focusable: true,
      });
    });
  }

  /** The entry of a catalogue or imported id; undefined for an id neither knows. */
  get(id: string): RegisteredBody | undefined {
    if (isBodyId(id)) return BODY_BY_ID[id];
    return isImportedBodyId(id) ? this.imported.get(id) : undefined;
  }

  has(id: unknown): id is AnyBodyId {
    return typeof id === 'string' && this.get(id) !== undefined;
  }

  importedIds(): ImportedBodyId[] {
    return [...this.imported.keys()];
  }

  name(id: AnyBodyId, language: Language): string {
    return (this.get(id) as RegisteredBody | undefined)?.names[language] ?? id;
  }

  color(id: AnyBodyId): string | undefined {
    return this.get(id)?.color;
  }
}
