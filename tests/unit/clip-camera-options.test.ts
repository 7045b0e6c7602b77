import { describe, expect, it } from 'vitest';
import { CLIP_CAMERA_MOVES } from '../../src/export/clip-camera-path.ts';
import { CLIP_CAMERA_OPTIONS, clipCameraLabel } from '../../src/ui/clip-camera-options.ts';

describe('video dialog camera choices', () => {
  it('offers every move, still first (the default, as clips were before)', () => {
    expect([...CLIP_CAMERA_OPTIONS].sort()).toEqual(Object.keys(CLIP_CAMERA_MOVES).sort());
    expect(CLIP_CAMERA_OPTIONS[0]).toBe('still');
  });

  it('labels name the amounts the moves use, distinct in each language, no placeholder left', () => {
    for (const language of ['en', 'zh'] as const) {
      const labels = CLIP_CAMERA_OPTIONS.map((id) => clipCameraLabel(id, language));
      expect(new Set(labels).size).toBe(labels.length);
      for (const label of labels) expect(label).not.toMatch(/[{}]/);
    }
    expect(clipCameraLabel('turn', 'en')).toBe('Turn 90° around the focus');
    expect(clipCameraLabel('zoomIn', 'en')).toBe('Zoom in ×8');
    expect(clipCameraLabel('zoomOut', 'zh')).toBe('拉远 8 倍');
  });
});
