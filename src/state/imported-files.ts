/**
 * The trajectory files a user has imported, kept in the browser (a FileStorage: IndexedDB on the page) until removed, and
 * the tracks read from them. The file is stored, not the tracks: it is what the user gave, it re-reads
 * identically, and a reader fix applies to it on the next load. A store the UI subscribes to.
 */
import type { ImportedTrack } from '../core/imported-track.ts';

export interface ImportedFile {
  /** Key in the store: the file's name plus the time it was added, so two files of one name both stay. */
  key: string;
  fileName: string;
  addedUtcMs: number;
  /** The file as given (a Blob: IndexedDB keeps it as is, and the worker reads it; the main thread never does). */
  content: Blob;
}

export interface ImportedFilesState {
  files: ImportedFile[];
  /** Tracks per file key, once read. */
  tracks: Record<string, ImportedTrack[]>;
  /** The file being read now and how far. */
  busy: { fileName: string; fraction: number; stage: string } | null;
  /** The last refusal (names the file, the line and what was expected). */
  problem: string | null;
}

type Listener = () => void;

export interface FileStorage {
  load(): Promise<ImportedFile[]>;
  save(file: ImportedFile): Promise<void>;
  remove(key: string): Promise<void>;
}

export class ImportedFilesStore {
  private state: ImportedFilesState = { files: [], tracks: {}, busy: null, problem: null };
  private readonly listeners = new Set<Listener>();

  constructor(readonly storage: FileStorage) {}

  getState = (): ImportedFilesState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(patch: Partial<ImportedFilesState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Every imported track, in the order the files were added. */
  allTracks(): ImportedTrack[] {
    return this.state.files.flatMap((file) => this.state.tracks[file.key] ?? []);
  }
}
