/**
 * The caption printed on exported images and clips: what the texts say in each language, and where they go for a
 * given image size. Pure: text width comes from an injected `measure` (canvas measureText in the browser).
 */
import { AU_KM } from '../core/constants.ts';
import { formatBeijing, formatUtc } from '../core/time.ts';
import type { Language } from '../state/view-store.ts';

export interface CaptionFacts {
  tdbSec: number;
  language: Language;
  /** Mission phase at that moment, in the caption's language; null before launch or outside the path. */
  phaseName: string | null;
  /** Probe–Earth distance, km; null or NaN where unknown. */
  distEarthKm: number | null;
  /** What the staged shot says (a tour chapter's caption), in the caption's language; absent for the usual caption. */
  story?: string | null;
}

export interface CaptionTexts {
  title: string;
  /** A tour chapter's caption, under the title; wrapped to the image's width. */
  story: string | null;
  date: string;
  detail: string | null;
  credit: string;
}

export type CaptionRole = keyof CaptionTexts;

const groupThousands = (value: number): string => Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 384,400 km · 1.23 au, or 384,400 公里 · 1.23 天文单位. */
export function captionDistance(km: number, language: Language): string {
  const zh = language === 'zh';
  if (Math.abs(km) >= 0.1 * AU_KM) {
    const au = km / AU_KM;
    return `${au < 10 ? au.toPrecision(3) : au.toFixed(1)} ${zh ? '天文单位' : 'au'}`;
  }
  const rounded = Math.abs(km) >= 1e6 ? Math.round(km / 1e3) * 1e3 : km;
  return `${groupThousands(rounded)} ${zh ? '公里' : 'km'}`;
}

/** 'YYYY-MM-DD hh:mm' of formatUtc / formatBeijing. */
const minutes = (formatted: string): string => formatted.slice(0, 16);

export function captionTexts({ tdbSec, language, phaseName, distEarthKm, story = null }: CaptionFacts): CaptionTexts {
  const utc = minutes(formatUtc(tdbSec));
  const beijing = minutes(formatBeijing(tdbSec));
  const hasDistance = distEarthKm !== null && Number.isFinite(distEarthKm);
  if (language === 'zh') {
    const parts = [
      phaseName ? `阶段：${phaseName}` : null,
      hasDistance ? `距地球 ${captionDistance(distEarthKm, 'zh')}` : null,
    ].filter((p) => p !== null);
    return {
      title: '天问二号 · Tianwen-2',
      story,
      date: `北京时间 ${beijing} · ${utc} UTC`,
      detail: parts.length ? parts.join(' · ') : null,
      credit: '轨道为示意，依据公开的任务事件日期重建 — 天问二号探索',
    };
  }
  const parts = [
    phaseName ? `Phase: ${phaseName}` : null,
    hasDistance ? `${captionDistance(distEarthKm, 'en')} from Earth` : null,
  ].filter((p) => p !== null);
  return {
    title: 'Tianwen-2 · 天问二号',
    story,
    date: `${utc} UTC · ${beijing} Beijing time`,
    detail: parts.length ? parts.join(' · ') : null,
    credit: 'Trajectory illustrative, reconstructed from public event dates — Tianwen-2 explorer',
  };
}

export interface CaptionLine {
  role: CaptionRole;
  text: string;
  fontPx: number;
  weight: number;
  /** Left edge and alphabetic baseline, image pixels. */
  x: number;
  baselineY: number;
}

export interface CaptionLayout {
  lines: CaptionLine[];
  /** Top of the darkened band behind the caption (it runs to the bottom edge). */
  bandTopY: number;
}

/** Width of `text` at `fontPx` and `weight`, pixels. */
export type MeasureText = (text: string, fontPx: number, weight: number) => number;

/** Sizes in hundredths of the image's shorter side: 1080 px → title 37 px, date 22 px, credit 15 px. */
const STYLE: Record<CaptionRole, { size: number; weight: number; gapBefore: number }> = {
  title: { size: 3.4, weight: 600, gapBefore: 0 },
  story: { size: 2.4, weight: 400, gapBefore: 0.9 },
  date: { size: 2.1, weight: 600, gapBefore: 1.1 },
  detail: { size: 2.1, weight: 400, gapBefore: 0.7 },
  credit: { size: 1.4, weight: 400, gapBefore: 1.3 },
};
const MARGIN = 3.2;
/** A story longer than this many lines at its size is set smaller until it fits in them. */
const STORY_MAX_LINES = 3;
/** The story's lines take at most this share of the image's width, so that a clip's subject stays in view. */
const STORY_WIDTH_SHARE = 0.7;

/** A Chinese character (each may end a line), a run of other letters (a word, kept whole), or a run of spaces. */
const WRAP_UNIT = /[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g;

/**
 * Breaks `text` into lines no wider than `available` at `fontPx`: at spaces, or before or after any Chinese
 * character (Chinese has no spaces); a word wider than the line stands alone on its line.
 */
export function wrapCaptionText(text: string, fontPx: number, weight: number, available: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of text.match(WRAP_UNIT) ?? []) {
    const candidate = line + unit;
    if (line.trim() && !/^\s+$/.test(unit) && measure(candidate.trimEnd(), fontPx, weight) > available) {
      lines.push(line.trimEnd());
      line = unit;
    } else if (line || !/^\s+$/.test(unit)) line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Stacks the lines in the bottom-left corner; a line too wide for the image is set smaller until it fits. */
export function layoutCaption(texts: CaptionTexts, width: number, height: number, measure: MeasureText): CaptionLayout {
  const unit = Math.min(width, height) / 100;
  const margin = MARGIN * unit;
  const available = width - 2 * margin;
  const roles: CaptionRole[] = ['title', 'story', 'date', 'detail', 'credit'];
  const sized = roles.flatMap((role): { role: CaptionRole; text: string; fontPx: number; weight: number; gap: number }[] => {
    const text = texts[role];
    if (!text) return [];
    const style = STYLE[role];
    let fontPx = style.size * unit;
    if (role === 'story') {
      const storyWidth = Math.min(available, STORY_WIDTH_SHARE * width);
      let wrapped = wrapCaptionText(text, fontPx, style.weight, storyWidth, measure);
      while (wrapped.length > STORY_MAX_LINES) {
        fontPx *= 0.9;
        wrapped = wrapCaptionText(text, fontPx, style.weight, storyWidth, measure);
      }
      const widest = Math.max(...wrapped.map((line) => measure(line, fontPx, style.weight)));
      const size = widest > available ? fontPx * available / widest : fontPx;
      return wrapped.map((line, index) => ({ role, text: line, fontPx: size, weight: style.weight, gap: index === 0 ? style.gapBefore * unit : 0.15 * size }));
    }
    const measured = measure(text, fontPx, style.weight);
    if (measured > available) fontPx *= available / measured;
    return [{ role, text, fontPx, weight: style.weight, gap: style.gapBefore * unit }];
  });
  // From the bottom up: each baseline sits one descent (~0.25 em) above the line below's top.
  const lines: CaptionLine[] = [];
  let bottom = height - margin;
  for (let i = sized.length - 1; i >= 0; i--) {
    const line = sized[i]!;
    const baselineY = bottom - 0.25 * line.fontPx;
    lines.unshift({ role: line.role, text: line.text, fontPx: line.fontPx, weight: line.weight, x: margin, baselineY });
    bottom = baselineY - 0.95 * line.fontPx - line.gap;
  }
  return { lines, bandTopY: Math.max(0, bottom - 2 * margin) };
}

export const CAPTION_FONT_FAMILY = `Inter, 'Noto Sans SC', system-ui, sans-serif`;

export function captionFont(line: Pick<CaptionLine, 'fontPx' | 'weight'>): string {
  return `${line.weight} ${line.fontPx.toFixed(2)}px ${CAPTION_FONT_FAMILY}`;
}
