import { describe, expect, it } from 'vitest';
import { CLIP_CAMERA_AMOUNTS } from '../../src/export/clip-camera-path.ts';
import { CLIP_CAMERA_KINDS, clipCameraAmountLabel, clipCameraKindLabel } from '../../src/ui/clip-camera-options.ts';

describe('video dialog camera choices', () => {
  it('offers every kind of move, still first (the default, as clips were before)', () => {
    expect([...CLIP_CAMERA_KINDS].sort()).toEqual(Object.keys(CLIP_CAMERA_AMOUNTS).sort());
    expect(CLIP_CAMERA_KINDS[0]).toBe('still');
  });

  it('labels are distinct in each language and name the amounts', () => {
    for (const language of ['en', 'zh'] as const) {
      const labels = CLIP_CAMERA_KINDS.map((kind) => clipCameraKindLabel(kind, language));
      expect(new Set(labels).size).toBe(labels.length);
    }
    expect(clipCameraKindLabel('zoomIn', 'en')).toBe('Zoom in');
    expect(clipCameraKindLabel('zoomIn', 'zh')).toBe('推近');
    expect(clipCameraAmountLabel('turn', 90, 'zh')).toBe('90°');
    expect(clipCameraAmountLabel('zoomOut', 1000, 'en')).toBe('×1000');
    expect(clipCameraAmountLabel('zoomOut', 1000, 'zh')).toBe('1000 倍');
    expect(clipCameraAmountLabel('zoomOut', 1_000_000, 'en')).toBe('×1,000,000');
  });
});
