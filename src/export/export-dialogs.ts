/** Which export dialog is open (image, video or none): a tiny store so the buttons and the P / V keys share it. */
import { createStore } from 'zustand/vanilla';

export type ExportDialogId = 'image' | 'video';

export const exportDialogs = createStore<{ open: ExportDialogId | null }>(() => ({ open: null }));

export const openExportDialog = (id: ExportDialogId): void => exportDialogs.setState({ open: id });
export const closeExportDialog = (): void => exportDialogs.setState({ open: null });

/** Saves a blob under a file name through a temporary link (the way browsers offer downloads to pages). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Fills {name} placeholders of a translated template. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
