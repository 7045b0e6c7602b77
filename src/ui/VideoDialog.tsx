/**
 * "Video clip" (key V): a span (the tour chapter shown, a mission phase or two dates), length, frame rate, resolution, camera move and
 * caption language; renders frames at fixed simulation steps and encodes them in the browser, with progress and
 * Cancel. Says so plainly where the browser cannot encode video. The clock and camera are put back afterwards.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { tdbSecFromIsoUtc, utcMsFromTdbSec } from '../core/time.ts';
import type { Clock } from '../state/clock.ts';
import type { GetProbeReadout } from '../state/probe-readout.ts';
import { viewStore, type Language } from '../state/view-store.ts';
import type { MissionPhase } from '../core/mission/mission-result.ts';
import { captionSource } from '../export/caption-source.ts';
import { CLIP_CAMERA_AMOUNTS, CLIP_CAMERA_DEFAULT_AMOUNT, clipCameraMove, type ClipCameraKind } from '../export/clip-camera-path.ts';
import { clampExportSize } from '../export/clamp-size.ts';
import { closeExportDialog, downloadBlob, exportDialogs, fillTemplate } from '../export/export-dialogs.ts';
import { getExporter } from '../export/exporter.ts';
import { clipFileName } from '../export/file-name.ts';
import { ExportError } from '../export/export-error.ts';
import { CaptionLanguageSelect } from './CaptionLanguageSelect.tsx';
import { CLIP_CAMERA_KINDS, clipCameraAmountLabel, clipCameraKindLabel } from './clip-camera-options.ts';
import { ExportDialogFrame } from './ExportDialogFrame.tsx';
import { text, type TextId } from './i18n.ts';
import { useStory } from './story-context.ts';

export const CLIP_RESOLUTIONS = [
  { width: 1280, height: 720 }, { width: 1920, height: 1080 }, { width: 3840, height: 2160 }, { width: 1080, height: 1920 },
] as const;
export const CLIP_FRAME_RATES = [24, 30, 60] as const;

const DAY_SEC = 86_400;
/** The span option of the tour chapter shown. */
const TOUR_CHAPTER = 'tour-chapter';
const toInput = (tdbSec: number): string => new Date(Math.round(utcMsFromTdbSec(tdbSec) / 60_000) * 60_000).toISOString().slice(0, 16);
const fromInput = (value: string): number | null => {
  try {
    return /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(value) ? tdbSecFromIsoUtc(`${value}:00Z`) : null;
  } catch {
    return null;
  }
};

export interface VideoDialogProps {
  language: Language;
  clock: Clock;
  phases: readonly MissionPhase[];
  getProbeReadout: GetProbeReadout;
}

type Status = { kind: 'idle' | 'busy' | 'done' | 'error'; message: string };

export function VideoDialog(props: VideoDialogProps) {
  const open = useStore(exportDialogs, (s) => s.open === 'video');
  return open ? <VideoDialogBody {...props} /> : null;
}

function VideoDialogBody({ language, clock, phases, getProbeReadout }: VideoDialogProps) {
  const t = (key: TextId) => text(key, language);
  // Opened during the tour, the clip is the chapter shown, from its camera: the tour holds still meanwhile.
  const tour = useStory()?.tour ?? null;
  const [chapterClip] = useState(() => tour?.chapterClip() ?? null);
  useEffect(() => { if (chapterClip) tour?.pause(); }, [chapterClip, tour]);
  const [phaseId, setPhaseId] = useState(chapterClip ? TOUR_CHAPTER : 'custom');
  const [from, setFrom] = useState(() => toInput(chapterClip?.startTdbSec ?? clock.currentTdbSec));
  const [to, setTo] = useState(() => toInput(chapterClip?.endTdbSec ?? Math.min(clock.stopTdbSec, clock.currentTdbSec + 60 * DAY_SEC)));
  const [durationSec, setDurationSec] = useState(chapterClip ? String(chapterClip.durationSec) : '10');
  const [fps, setFps] = useState<number>(30);
  const [resolution, setResolution] = useState(1);
  const [cameraKind, setCameraKind] = useState<ClipCameraKind>('still');
  // The probe's-eye views keep their own camera on the probe's arm: there is no orbit camera to move.
  const onProbeArm = useStore(viewStore, (s) => s.cameraMode !== 'orbit');
  const [cameraAmount, setCameraAmount] = useState(0);
  const [caption, setCaption] = useState(true);
  const [captionLanguage, setCaptionLanguage] = useState<Language | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle', message: '' });
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const abort = useRef<AbortController | null>(null);
  const chosenCaptionLanguage = captionLanguage ?? language;

  const chooseCameraKind = (kind: ClipCameraKind) => {
    setCameraKind(kind);
    setCameraAmount(CLIP_CAMERA_DEFAULT_AMOUNT[kind]);
  };

  const choosePhase = (id: string) => {
    setPhaseId(id);
    if (id === TOUR_CHAPTER && chapterClip) {
      setFrom(toInput(chapterClip.startTdbSec));
      setTo(toInput(chapterClip.endTdbSec));
      setDurationSec(String(chapterClip.durationSec));
      return;
    }
    const phase = phases.find((p) => p.id === id);
    if (phase) {
      setFrom(toInput(Math.max(clock.startTdbSec, phase.startTdbSec)));
      setTo(toInput(Math.min(clock.stopTdbSec, phase.endTdbSec)));
    }
  };

  const start = async () => {
    const startTdbSec = fromInput(from), endTdbSec = fromInput(to);
    const seconds = Number(durationSec);
    if (startTdbSec === null || endTdbSec === null || !(endTdbSec > startTdbSec)
      || startTdbSec < clock.startTdbSec - 60 || endTdbSec > clock.stopTdbSec + 60) {
      return setStatus({ kind: 'error', message: t('clipBadSpan') });
    }
    if (!(seconds >= 0.5 && seconds <= 600)) return setStatus({ kind: 'error', message: `${t('clipDuration')}: 0.5–600` });
    const exporter = getExporter();
    if (!exporter) return setStatus({ kind: 'error', message: t('exportNotReady') });
    if (exporter.contextLost) return setStatus({ kind: 'error', message: t('exportContextLost') });
    const wanted = CLIP_RESOLUTIONS[resolution]!;
    const size = clampExportSize(wanted.width, wanted.height, exporter.limits());
    // Encoders want even sides.
    const width = size.width & ~1, height = size.height & ~1;
    // A clip of the tour's chapter says what the chapter says, under the title.
    const story = phaseId === TOUR_CHAPTER ? chapterClip?.caption ?? null : null;
    const captionAt = caption ? captionSource(phases, getProbeReadout, chosenCaptionLanguage, story) : null;
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'busy', message: '' });
    setProgress([0, 1]);
    try {
      // The encoder library loads only when a clip is made.
      const { exportClip } = await import('../export/video-export.ts');
      const clip = await exportClip(exporter, {
        startTdbSec: Math.max(clock.startTdbSec, startTdbSec),
        endTdbSec: Math.min(clock.stopTdbSec, endTdbSec),
        durationSec: seconds, fps, width, height,
        captionAt,
        labelLanguage: caption ? chosenCaptionLanguage : language,
        cameraMove: onProbeArm ? clipCameraMove('still', 0) : clipCameraMove(cameraKind, cameraAmount),
      }, (done, total) => setProgress([done, total]), controller.signal);
      const file = clipFileName(startTdbSec, endTdbSec, width, height, clip.extension);
      downloadBlob(clip.blob, file);
      (window as { __twLastExport?: unknown }).__twLastExport = {
        file, frames: clip.frames, framesPerSecond: clip.framesPerSecond, caption: captionAt?.(startTdbSec) ?? null,
      };
      setStatus({
        kind: 'done',
        message: fillTemplate(t('clipSaved'), {
          file, frames: clip.frames, seconds: clip.durationSec.toFixed(2), codec: clip.codec, fps: clip.framesPerSecond.toFixed(1),
        }),
      });
    } catch (error) {
      const kind = error instanceof ExportError ? error.kind : null;
      const why = error instanceof Error ? error.message : String(error);
      setStatus({
        kind: 'error',
        message: kind === 'cancelled' ? t('clipCancelled')
          : kind === 'no-encoder' ? fillTemplate(t('clipNoEncoder'), { why })
            : kind === 'context-lost' ? t('exportContextLost')
              : fillTemplate(t('exportFailed'), { why }),
      });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const busy = status.kind === 'busy';
  return (
    <ExportDialogFrame title={t('videoClipTitle')} language={language} testId="video-dialog" busy={busy}>
      <fieldset className="export-field" disabled={busy}>
        <label className="export-row">
          {t('clipSpan')}
          <select value={phaseId} onChange={(e) => choosePhase(e.target.value)} data-testid="clip-phase">
            {chapterClip && tour && (
              <option value={TOUR_CHAPTER}>
                {fillTemplate(t('clipTourChapter'), { n: chapterClip.chapter + 1, title: tour.chapters[chapterClip.chapter]?.title[language] ?? '' })}
              </option>
            )}
            <option value="custom">{t('clipCustomSpan')}</option>
            {phases.map((p) => <option key={p.id} value={p.id}>{language === 'zh' ? p.nameZh : p.nameEn}</option>)}
          </select>
        </label>
        <label className="export-row">
          {t('clipFrom')}
          <input type="datetime-local" value={from} onChange={(e) => { setFrom(e.target.value); setPhaseId('custom'); }} data-testid="clip-from" />
        </label>
        <label className="export-row">
          {t('clipTo')}
          <input type="datetime-local" value={to} onChange={(e) => { setTo(e.target.value); setPhaseId('custom'); }} data-testid="clip-to" />
        </label>
        <label className="export-row">
          {t('clipDuration')}
          <input inputMode="decimal" value={durationSec} onChange={(e) => setDurationSec(e.target.value)} data-testid="clip-duration" />
        </label>
        <label className="export-row">
          {t('clipFrameRate')}
          <select value={fps} onChange={(e) => setFps(Number(e.target.value))} data-testid="clip-fps">
            {CLIP_FRAME_RATES.map((rate) => <option key={rate} value={rate}>{rate}</option>)}
          </select>
        </label>
        <label className="export-row">
          {t('clipResolution')}
          <select value={resolution} onChange={(e) => setResolution(Number(e.target.value))} data-testid="clip-resolution">
            {CLIP_RESOLUTIONS.map((r, index) => <option key={index} value={index}>{r.width}×{r.height}</option>)}
          </select>
        </label>
        <label className="export-row">
          {t('clipCamera')}
          {onProbeArm
            ? <span data-testid="clip-camera-fixed">{t('clipCameraOnArm')}</span>
            : (
              <select value={cameraKind} onChange={(e) => chooseCameraKind(e.target.value as ClipCameraKind)} data-testid="clip-camera">
                {CLIP_CAMERA_KINDS.map((kind) => <option key={kind} value={kind}>{clipCameraKindLabel(kind, language)}</option>)}
              </select>
            )}
        </label>
        {cameraKind !== 'still' && !onProbeArm && (
          <label className="export-row">
            {t('clipCameraBy')}
            <select value={cameraAmount} onChange={(e) => setCameraAmount(Number(e.target.value))} data-testid="clip-camera-amount">
              {CLIP_CAMERA_AMOUNTS[cameraKind].map((amount) => (
                <option key={amount} value={amount}>{clipCameraAmountLabel(cameraKind, amount, language)}</option>
              ))}
            </select>
          </label>
        )}
        <label className="export-check">
          <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} /> {t('exportCaption')}
        </label>
        <CaptionLanguageSelect
          language={language} value={chosenCaptionLanguage} disabled={!caption} onChange={setCaptionLanguage} testId="clip-caption-language"
        />
      </fieldset>
      {progress && (
        <>
          <progress className="export-progress" max={progress[1]} value={progress[0]} data-testid="clip-progress" />
          <p className="export-status" role="status">{fillTemplate(t('clipProgress'), { done: progress[0], total: progress[1] })}</p>
        </>
      )}
      {status.message && (
        <p className={`export-status export-status-${status.kind}`} role="status" data-testid="export-status">{status.message}</p>
      )}
      <div className="export-actions">
        {busy
          ? <button type="button" onClick={() => abort.current?.abort()} data-testid="clip-cancel">{t('cancel')}</button>
          : <button type="button" className="export-secondary" onClick={closeExportDialog}>{t('close')}</button>}
        <button type="button" className="export-primary" disabled={busy} onClick={() => void start()} data-testid="clip-export">
          {t('clipExport')}
        </button>
      </div>
    </ExportDialogFrame>
  );
}
