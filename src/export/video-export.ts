/**
 * Video clips: frames rendered at fixed simulation steps (never wall-clock), encoded in the browser with WebCodecs
 * through mediabunny, MP4 (H.264) when the browser can, else WebM (VP9/VP8/AV1).
 */
import {
  BufferTarget, CanvasSource, getFirstEncodableVideoCodec, Mp4OutputFormat, Output, QUALITY_HIGH, WebMOutputFormat,
  type OutputFormat, type VideoCodec,
} from 'mediabunny';
import type { Language } from '../state/view-store.ts';
import type { CaptionTexts } from './caption.ts';
import type { ClipCameraMove } from './clip-camera-path.ts';
import type { SceneExporter } from './exporter.ts';
import { ExportError } from './export-error.ts';

export interface ClipSettings {
  startTdbSec: number;
  endTdbSec: number;
  durationSec: number;
  fps: number;
  width: number;
  height: number;
  captionAt: ((tdbSec: number) => CaptionTexts) | null;
  labelLanguage: Language;
  cameraMove: ClipCameraMove;
}

export interface EncodedClip {
  blob: Blob;
  extension: string;
  codec: VideoCodec;
  frames: number;
  durationSec: number;
  /** Frames rendered and encoded per wall-clock second. */
  framesPerSecond: number;
}

/** Frame i's simulation time: start and end both shown, evenly spaced between. */
export function frameTimes(startTdbSec: number, endTdbSec: number, frameCount: number): number[] {
  if (frameCount <= 1) return [startTdbSec];
  return Array.from({ length: frameCount }, (_, i) => startTdbSec + ((endTdbSec - startTdbSec) * i) / (frameCount - 1));
}

export const clipFrameCount = (durationSec: number, fps: number): number => Math.max(1, Math.round(durationSec * fps));

interface Choice { format: OutputFormat; codec: VideoCodec; extension: string }

/** The first container and codec this browser can encode at the size, MP4 first (it plays everywhere). */
export async function chooseEncoding(width: number, height: number): Promise<Choice> {
  if (typeof VideoEncoder === 'undefined') {
    throw new ExportError('no-encoder', 'WebCodecs (VideoEncoder) is not available here');
  }
  const formats: { format: OutputFormat; extension: string }[] = [
    { format: new Mp4OutputFormat({ fastStart: 'in-memory' }), extension: 'mp4' },
    { format: new WebMOutputFormat(), extension: 'webm' },
  ];
  for (const { format, extension } of formats) {
    const codec = await getFirstEncodableVideoCodec(format.getSupportedVideoCodecs(), { width, height, bitrate: QUALITY_HIGH });
    if (codec) return { format, codec, extension };
  }
  throw new ExportError('no-encoder', `no video codec can encode ${width}×${height}`);
}

export async function exportClip(
  exporter: SceneExporter,
  settings: ClipSettings,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<EncodedClip> {
  const { width, height, fps } = settings;
  const { format, codec, extension } = await chooseEncoding(width, height);
  const times = frameTimes(settings.startTdbSec, settings.endTdbSec, clipFrameCount(settings.durationSec, fps));
  const renderer = await exporter.openClip({
    width, height, captionAt: settings.captionAt, labelLanguage: settings.labelLanguage, cameraMove: settings.cameraMove, frameCount: times.length,
  });
  const output = new Output({ format, target: new BufferTarget() });
  const started = performance.now();
  try {
    const source = new CanvasSource(renderer.canvas, { codec, bitrate: QUALITY_HIGH, keyFrameInterval: 2 });
    output.addVideoTrack(source, { frameRate: fps });
    await output.start();
    for (let i = 0; i < times.length; i++) {
      if (signal.aborted) throw new ExportError('cancelled', 'cancelled');
      renderer.renderFrame(times[i]!, i);
      await source.add(i / fps, 1 / fps);
      onProgress(i + 1, times.length);
    }
    await output.finalize();
  } catch (error) {
    if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel().catch(() => {});
    throw error;
  } finally {
    renderer.close();
  }
  const buffer = output.target.buffer;
  if (!buffer) throw new ExportError('no-encoder', 'the encoder produced no data');
  return {
    blob: new Blob([buffer], { type: format.mimeType }),
    extension,
    codec,
    frames: times.length,
    durationSec: times.length / fps,
    framesPerSecond: times.length / ((performance.now() - started) / 1000),
  };
}
