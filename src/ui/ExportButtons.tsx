/** Top-right buttons that open the export dialogs: save image (P) and video clip (V). */
import type { Language } from '../state/view-store.ts';
import { openExportDialog } from '../export/export-dialogs.ts';
import { text } from './i18n.ts';
import { IconButton } from './IconButton.tsx';
import './export-dialog.css';

function CameraIcon() {
  return (
    <svg className="ctl-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
      <path d="M4 8h3l2-2.5h6L17 8h3v11H4z" strokeLinejoin="round" />
      <circle cx="12" cy="13.2" r="3.4" />
    </svg>
  );
}

function FilmIcon() {
  return (
    <svg className="ctl-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
      <rect x="3.5" y="6" width="12" height="12" rx="1.5" />
      <path d="M15.5 10.5 20.5 7.5v9l-5-3z" strokeLinejoin="round" />
    </svg>
  );
}

export function SaveImageButton({ language }: { language: Language }) {
  return (
    <IconButton label={`${text('saveImage', language)} (P)`} className="hud-chip" onClick={() => openExportDialog('image')} testId="save-image-button">
      <CameraIcon />
    </IconButton>
  );
}

export function VideoClipButton({ language }: { language: Language }) {
  return (
    <IconButton label={`${text('videoClip', language)} (V)`} className="hud-chip" onClick={() => openExportDialog('video')} testId="video-clip-button">
      <FilmIcon />
    </IconButton>
  );
}
