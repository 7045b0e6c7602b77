/**
 * The modal frame both export dialogs share: backdrop, title, close button. Keys typed inside stay inside (the
 * global shortcuts must not play or seek behind it); Escape closes unless an export is running.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Language } from '../state/view-store.ts';
import { closeExportDialog } from '../export/export-dialogs.ts';
import { text } from './i18n.ts';
import './export-dialog.css';

export interface ExportDialogFrameProps {
  title: string;
  language: Language;
  testId: string;
  /** While true, Escape and the backdrop do not close (cancel is the dialog's own button). */
  busy: boolean;
  children: ReactNode;
}

export function ExportDialogFrame({ title, language, testId, busy, children }: ExportDialogFrameProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.focus();
    return () => previouslyFocused?.focus();
  }, []);
  return (
    <div className="export-backdrop" onClick={(event) => { if (event.target === event.currentTarget && !busy) closeExportDialog(); }}>
      <div
        ref={dialogRef}
        tabIndex={-1}
        className="panel export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        lang={language === 'zh' ? 'zh-CN' : 'en'}
        data-testid={testId}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape' && !busy) closeExportDialog();
        }}
      >
        <div className="export-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="ctl-button" aria-label={text('close', language)} disabled={busy} onClick={closeExportDialog}>×</button>
        </div>
        {children}
      </div>
    </div>
  );
}
