/**
 * Reading, keeping and removing the user's trajectory files: each file goes to the import worker; what it reads is
 * kept in the store (and the file in IndexedDB); a refused file is not kept, and its message is shown.
 */
import type { ImportClient } from '../worker/import-client.ts';
import type { ImportedFile, ImportedFilesStore } from '../state/imported-files.ts';

/** Larger files are refused before reading (the tab's memory, not the parser, is the limit). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export class ImportedFilesController {
  constructor(private readonly store: ImportedFilesStore, private readonly client: ImportClient) {}

  /** Re-reads the files kept from earlier visits. */
  async restore(): Promise<void> {
    const files = await this.store.storage.load();
    for (const file of files) await this.read(file, false);
  }

  async add(file: File): Promise<void> {
    if (file.size > MAX_IMPORT_BYTES) {
      this.store.update({ problem: `${file.name}: ${Math.round(file.size / 1e6)} MB is more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB this page reads` });
      return;
    }
    const addedUtcMs = Date.now();
    await this.read({ key: `${file.name}@${addedUtcMs}`, fileName: file.name, addedUtcMs, content: file }, true);
  }

  async remove(key: string): Promise<void> {
    const { files, tracks } = this.store.getState();
    const rest = { ...tracks };
    delete rest[key];
    this.store.update({ files: files.filter((f) => f.key !== key), tracks: rest });
    await this.store.storage.remove(key).catch(() => {});
  }

  /** Writes the mission's OEM or CSV in the worker and hands it to the browser as a download. */
  async downloadMission(format: 'oem' | 'csv'): Promise<void> {
    this.store.update({ busy: { fileName: `tianwen-2.${format}`, fraction: 0, stage: 'writing' }, problem: null });
    const outcome = await this.client.exportMission(format, `${new Date().toISOString().slice(0, 19)}Z`);
    this.store.update({ busy: null });
    if (!outcome.ok) {
      this.store.update({ problem: outcome.message });
      return;
    }
    const url = URL.createObjectURL(new Blob([outcome.text], { type: format === 'oem' ? 'text/plain' : 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `tianwen-2-illustrative.${format}`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  dismissProblem(): void {
    this.store.update({ problem: null });
  }

  private async read(file: ImportedFile, save: boolean): Promise<void> {
    const taken = this.store.allTracks().map((t) => t.id);
    this.store.update({ busy: { fileName: file.fileName, fraction: 0, stage: 'reading' }, problem: null });
    const outcome = await this.client.importFile(file.fileName, file.content, taken, taken.length, (fraction, stage) => {
      this.store.update({ busy: { fileName: file.fileName, fraction, stage } });
    });
    if (!outcome.ok) {
      this.store.update({ busy: null, problem: outcome.message });
      return;
    }
    const { files, tracks } = this.store.getState();
    this.store.update({ busy: null, files: [...files, file], tracks: { ...tracks, [file.key]: outcome.tracks } });
    if (save) {
      await this.store.storage.save(file).catch((error: unknown) => {
        this.store.update({ problem: `${file.fileName} is shown but could not be kept for the next visit (${String(error)})` });
      });
    }
  }
}
