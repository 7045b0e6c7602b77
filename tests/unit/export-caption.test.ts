import { describe, expect, it } from 'vitest';
import { AU_KM } from '../../src/core/constants.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import { captionDistance, captionTexts, layoutCaption, wrapCaptionText, type CaptionTexts } from '../../src/export/caption.ts';
import { clipFrameCount, frameTimes } from '../../src/export/video-export.ts';
import storyData from '../../ephemeris/story.json';

// Tianwen-2's reported arrival at Kamoʻoalewa: 2026-06-07 (planetary.org, 2026: amateur trackers' telemetry); 00:00 UTC is 08:00 in Beijing (UTC+8).
const ARRIVAL = tdbSecFromIsoUtc('2026-06-07T00:00:00Z');

/** A stand-in for canvas measureText: 0.55 em per Latin character, 1 em per CJK character. */
const measure = (text: string, fontPx: number) =>
  [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55) * fontPx, 0);

describe('caption texts', () => {
  it('English: title, UTC and Beijing dates, phase and distance, the credit line', () => {
    const texts = captionTexts({ tdbSec: ARRIVAL, language: 'en', phaseName: 'Stay at Kamoʻoalewa', distEarthKm: 43_210_987 });
    expect(texts.title).toBe('Tianwen-2 · 天问二号');
    expect(texts.date).toBe('2026-06-07 00:00 UTC · 2026-06-07 08:00 Beijing time');
    expect(texts.detail).toBe('Phase: Stay at Kamoʻoalewa · 0.289 au from Earth');
    expect(texts.credit).toBe('Trajectory illustrative, reconstructed from public event dates — Tianwen-2 explorer');
  });

  it('中文: Beijing time first, Chinese units', () => {
    const texts = captionTexts({ tdbSec: ARRIVAL, language: 'zh', phaseName: '驻留小行星', distEarthKm: 384_400 });
    expect(texts.title).toContain('天问二号');
    expect(texts.date).toBe('北京时间 2026-06-07 08:00 · 2026-06-07 00:00 UTC');
    expect(texts.detail).toBe('阶段：驻留小行星 · 距地球 384,400 公里');
    expect(texts.credit).toMatch(/示意/);
  });

  it('leaves out what is unknown (before launch: no phase, no distance)', () => {
    const texts = captionTexts({ tdbSec: ARRIVAL, language: 'en', phaseName: null, distEarthKm: Number.NaN });
    expect(texts.detail).toBeNull();
    expect(captionTexts({ tdbSec: ARRIVAL, language: 'en', phaseName: null, distEarthKm: 6657.4 }).detail).toBe('6,657 km from Earth');
  });

  it('distances: km with thousands below 0.1 au, au above', () => {
    expect(captionDistance(6657.4, 'en')).toBe('6,657 km');
    expect(captionDistance(4_321_987, 'en')).toBe('4,322,000 km');
    expect(captionDistance(2 * AU_KM, 'en')).toBe('2.00 au');
    expect(captionDistance(2 * AU_KM, 'zh')).toBe('2.00 天文单位');
  });
});

describe('caption layout', () => {
  const texts: CaptionTexts = captionTexts({ tdbSec: ARRIVAL, language: 'en', phaseName: 'Stay at Kamoʻoalewa', distEarthKm: 43_210_987 });

  for (const [width, height] of [[1920, 1080], [3840, 2160], [1080, 1920], [2048, 2048], [640, 200]] as const) {
    it(`${width}×${height}: lines stacked top to bottom, inside the image, none wider than it`, () => {
      const { lines, bandTopY } = layoutCaption(texts, width, height, measure);
      expect(lines.map((l) => l.role)).toEqual(['title', 'date', 'detail', 'credit']);
      for (let i = 1; i < lines.length; i++) {
        // Each baseline is below the previous one by at least the line's own height.
        expect(lines[i]!.baselineY - lines[i - 1]!.baselineY).toBeGreaterThanOrEqual(lines[i]!.fontPx);
      }
      for (const line of lines) {
        expect(line.x).toBeGreaterThan(0);
        expect(line.x + measure(line.text, line.fontPx)).toBeLessThanOrEqual(width - line.x + 1e-6);
        expect(line.baselineY - line.fontPx).toBeGreaterThan(bandTopY);
        expect(line.baselineY).toBeLessThan(height);
      }
      expect(bandTopY).toBeGreaterThanOrEqual(0);
    });
  }

  // The arrival shot's caption (ephemeris/story.json), as a clip of that tour chapter prints it.
  const arrival = storyData.shots.find((shot) => shot.id === 'kamooalewa-arrival')!.caption;
  for (const [language, story] of [['en', arrival.en], ['zh', arrival.zh]] as const) {
    for (const [width, height] of [[1280, 720], [3840, 2160], [1080, 1920], [640, 200]] as const) {
      it(`${language} ${width}×${height}: a tour chapter's caption goes under the title in at most three lines, each within 70 % of the width, words whole`, () => {
        const withStory = captionTexts({ tdbSec: ARRIVAL, language, phaseName: 'Stay', distEarthKm: 43_210_987, story });
        const { lines, bandTopY } = layoutCaption(withStory, width, height, measure);
        const roles = lines.map((l) => l.role);
        const storyLines = lines.filter((l) => l.role === 'story');
        expect(roles[0]).toBe('title');
        expect(roles.slice(1, 1 + storyLines.length).every((r) => r === 'story')).toBe(true);
        expect(roles.slice(1 + storyLines.length)).toEqual(['date', 'detail', 'credit']);
        expect(storyLines.length).toBeGreaterThanOrEqual(1);
        expect(storyLines.length).toBeLessThanOrEqual(3);
        // Nothing lost or cut: the lines put together are the story.
        expect(storyLines.map((l) => l.text).join('').replace(/\s/g, '')).toBe(story.replace(/\s/g, ''));
        // Words whole: each line's Latin words and numbers are words of the story.
        const words = new Set(story.split(/\s+/));
        for (const line of storyLines) for (const word of line.text.split(/\s+/).slice(1, -1)) expect(words.has(word), word).toBe(true);
        for (let i = 1; i < storyLines.length; i++) {
          const joined = `${storyLines[i - 1]!.text} ${storyLines[i]!.text}`;
          const tight = `${storyLines[i - 1]!.text}${storyLines[i]!.text}`;
          expect(story.includes(joined) || story.includes(tight), `break ${i}`).toBe(true);
        }
        for (const line of storyLines) expect(measure(line.text, line.fontPx)).toBeLessThanOrEqual(0.7 * width + 1e-6);
        for (let i = 1; i < lines.length; i++) expect(lines[i]!.baselineY - lines[i - 1]!.baselineY).toBeGreaterThanOrEqual(lines[i]!.fontPx);
        expect(lines[0]!.baselineY - lines[0]!.fontPx).toBeGreaterThan(bandTopY);
        expect(bandTopY).toBeGreaterThanOrEqual(0);
      });
    }
  }

  it('the usual caption has no story line', () => {
    expect(layoutCaption(texts, 1920, 1080, measure).lines.some((l) => l.role === 'story')).toBe(false);
  });

  it('wraps at spaces, or between Chinese characters, and keeps a word wider than the line whole', () => {
    expect(wrapCaptionText('aa bb cc', 10, 400, 0.55 * 10 * 5, measure)).toEqual(['aa bb', 'cc']);
    expect(wrapCaptionText('天问二号', 10, 400, 20, measure)).toEqual(['天问', '二号']);
    expect(wrapCaptionText('约2000公里', 10, 400, 30, measure)).toEqual(['约', '2000', '公里']);
    expect(wrapCaptionText('Kamoʻoalewa is', 10, 400, 20, measure)).toEqual(['Kamoʻoalewa', 'is']);
  });

  it('scales with the image: the 4K title is twice the HD one', () => {
    const hd = layoutCaption(texts, 1920, 1080, measure).lines[0]!.fontPx;
    const uhd = layoutCaption(texts, 3840, 2160, measure).lines[0]!.fontPx;
    expect(uhd / hd).toBeCloseTo(2, 12);
  });
});

describe('clip frames', () => {
  it('2 s at 30 fps is 60 frames from the start to the end, evenly spaced', () => {
    const n = clipFrameCount(2, 30);
    expect(n).toBe(60);
    const times = frameTimes(100, 700, n);
    expect(times[0]).toBe(100);
    expect(times[n - 1]).toBe(700);
    for (let i = 1; i < n; i++) expect(times[i]! - times[i - 1]!).toBeCloseTo(600 / 59, 9);
  });
});
