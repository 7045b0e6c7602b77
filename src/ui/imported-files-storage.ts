/**
 * The imported files' storage on the page: IndexedDB through idb-keyval (a ~600-byte, widely used wrapper by a
 * browser engineer: promises over IndexedDB's request/event API, one object store, no schema code of our own).
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { FileStorage, ImportedFile } from '../state/imported-files.ts';

/** IndexedDB storage; an unavailable IndexedDB (a private window in some browsers) keeps files for this visit only. */
export function indexedDbStorage(): FileStorage {
  let store: UseStore | undefined;
  const db = (): UseStore => (store ??= createStore('tianwen2-explorer-imports', 'files'));
  return {
    async load() {
      try {
        return (await entries<string, ImportedFile>(db())).map(([, file]) => file).sort((a, b) => a.addedUtcMs - b.addedUtcMs);
      } catch {
        return [];
      }
    },
    async save(file) {
      await set(file.key, file, db());
    },
    async remove(key) {
      await del(key, db());
    },
  };
}

