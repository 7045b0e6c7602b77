/**
 * "Save image" (key P): size presets or a custom size, caption on/off and its language, transparent background.
 * Renders the current view at exactly the chosen size (clamped, with a message, to what the browser can draw)
 * and downloads a PNG named after the moment and the size.
 */
import { useId, useState } from 'react';
import { useStore } from 'zustand';
import type { GetProbeReadout } from '../state/probe-readout.ts';
import type { Language } from '../state/view-store.ts';
import type { MissionPhase } from '../core/mission/mission-result.ts';
import { captionSource } from '../export/caption-source.ts';
import { clampExportSize, parseSide } from '../export/clamp-size.ts';
import { closeExportDialog, downloadBlob, exportDialogs, fillTemplate } from '../export/export-dialogs.ts';
import { getExporter } from '../export/exporter.ts';
import { imageFileName } from '../export/file-name.ts';
import { ExportError } from '../export/export-error.ts';
import { CaptionLanguageSelect } from './CaptionLanguageSelect.tsx';
import { ExportDialogFrame } from './ExportDialogFrame.tsx';
import { text } from './i18n.ts';
import './export-dialog.css';

export const IMAGE_PRESETS = [
  { width: 1920, height: 1080, note: 'presetHd' },
  { width: 3840, height: 2160, note: 'preset4k' },
  { width: 1080, height: 1920, note: 'presetVertical' },
  { width: 2048, height: 2048, note: 'presetSquare' },
] as const;

export interface SaveImageDialogProps {
  language: Language;
  phases: readonly MissionPhase[];
  getProbeReadout: GetProbeReadout;
}

type Status = { kind: 'idle' | 'busy' | 'done' | 'error'; message: string; notice?: string };

export function SaveImageDialog({ language, phases, getProbeReadout }: SaveImageDialogProps) {
  const open = useStore(exportDialogs, (s) => s.open === 'image');
  const [preset, setPreset] = useState<number | 'custom'>(1);
  const [customWidth, setCustomWidth] = useState('3000');
  const [customHeight, setCustomHeight] = useState('2000');
  const [caption, setCaption] = useState(true);
  const [captionLanguage, setCaptionLanguage] = useState<Language | null>(null);
  const [transparent, setTransparent] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle', message: '' });
  const id = useId();
  if (!open) return null;
  const t = (key: Parameters<typeof text>[0]) => text(key, language);
  const chosenCaptionLanguage = captionLanguage ?? language;

  const save = async () => {
    const requested = preset === 'custom'
      ? { width: parseSide(customWidth), height: parseSide(customHeight) }
      : IMAGE_PRESETS[preset]!;
    if (requested.width === null || requested.height === null) {
      setStatus({ kind: 'error', message: t('exportInvalidSize') });
      return;
    }
    const exporter = getExporter();
    if (!exporter) return setStatus({ kind: 'error', message: t('exportNotReady') });
    if (exporter.contextLost) return setStatus({ kind: 'error', message: t('exportContextLost') });
    const limits = exporter.limits();
    const size = clampExportSize(requested.width, requested.height, limits);
    const notice = size.clamped
      ? fillTemplate(t('exportClamped'), {
        requested: `${requested.width}×${requested.height}`,
        limit: size.limit === 'pixels'
          ? `${(limits.maxPixels / 1e6).toFixed(1)} MP`
          : `${Math.min(limits.maxViewportWidth, limits.maxRenderbufferSize)}×${Math.min(limits.maxViewportHeight, limits.maxRenderbufferSize)}`,
        size: `${size.width}×${size.height}`,
      })
      : undefined;
    setStatus({ kind: 'busy', message: t('exportRendering'), notice });
    try {
      const image = await exporter.exportImage({
        width: size.width,
        height: size.height,
        transparent,
        captionAt: caption ? captionSource(phases, getProbeReadout, chosenCaptionLanguage) : null,
        labelLanguage: caption ? chosenCaptionLanguage : language,
      });
      const file = imageFileName(image.tdbSec, image.width, image.height);
      downloadBlob(image.blob, file);
      (window as { __twLastExport?: unknown }).__twLastExport = { file, renderMs: image.renderMs, stepsMs: image.stepsMs };
      setStatus({ kind: 'done', message: fillTemplate(t('exportSaved'), { file, ms: Math.round(image.renderMs) }), notice });
    } catch (error) {
      const message = error instanceof ExportError && error.kind === 'context-lost'
        ? t('exportContextLost')
        : fillTemplate(t('exportFailed'), { why: error instanceof Error ? error.message : String(error) });
      setStatus({ kind: 'error', message, notice });
    }
  };

  return (
    <ExportDialogFrame title={t('saveImageTitle')} language={language} testId="save-image-dialog" busy={status.kind === 'busy'}>
      <fieldset className="export-field">
        <legend>{t('exportSize')}</legend>
        <div className="export-presets">
          {IMAGE_PRESETS.map((p, index) => (
            <label key={index} className="export-choice">
              <input type="radio" name={`${id}-size`} checked={preset === index} onChange={() => setPreset(index)} />
              <span>{p.width}×{p.height}</span> <span className="export-note">{t(p.note)}</span>
            </label>
          ))}
          <label className="export-choice">
            <input type="radio" name={`${id}-size`} checked={preset === 'custom'} onChange={() => setPreset('custom')} />
            <span>{t('customSize')}</span>
          </label>
        </div>
        {preset === 'custom' && (
          <div className="export-custom">
            <label>{t('exportWidth')} <input inputMode="numeric" value={customWidth} onChange={(e) => setCustomWidth(e.target.value)} data-testid="export-width" /></label>
            <span aria-hidden="true">×</span>
            <label>{t('exportHeight')} <input inputMode="numeric" value={customHeight} onChange={(e) => setCustomHeight(e.target.value)} data-testid="export-height" /></label>
          </div>
        )}
      </fieldset>
      <label className="export-check">
        <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} /> {t('exportCaption')}
      </label>
      <CaptionLanguageSelect language={language} value={chosenCaptionLanguage} disabled={!caption} onChange={setCaptionLanguage} />
      <label className="export-check">
        <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} /> {t('transparentBackground')}
      </label>
      {status.notice && <p className="export-notice" role="alert" data-testid="export-clamped">{status.notice}</p>}
      {status.message && (
        <p className={`export-status export-status-${status.kind}`} role="status" data-testid="export-status">{status.message}</p>
      )}
      <div className="export-actions">
        <button type="button" className="export-secondary" onClick={closeExportDialog}>{t('close')}</button>
        <button type="button" className="export-primary" disabled={status.kind === 'busy'} onClick={() => void save()} data-testid="export-save">
          {t('savePng')}
        </button>
      </div>
    </ExportDialogFrame>
  );
}
