/** The video dialog's camera choices and their labels, with the amounts taken from the moves themselves. */
import { CLIP_CAMERA_MOVES, type ClipCameraMoveId } from '../export/clip-camera-path.ts';
import { fillTemplate } from '../export/export-dialogs.ts';
import type { Language } from '../state/view-store.ts';
import { text } from './i18n.ts';

export const CLIP_CAMERA_OPTIONS: readonly ClipCameraMoveId[] = ['still', 'turn', 'zoomIn', 'zoomOut'];

export function clipCameraLabel(id: ClipCameraMoveId, language: Language): string {
  switch (id) {
    case 'still': return text('clipCameraStill', language);
    case 'turn': return fillTemplate(text('clipCameraTurn', language), { degrees: CLIP_CAMERA_MOVES.turn.degrees });
    case 'zoomIn': return fillTemplate(text('clipCameraZoomIn', language), { factor: 1 / CLIP_CAMERA_MOVES.zoomIn.factor });
    case 'zoomOut': return fillTemplate(text('clipCameraZoomOut', language), { factor: CLIP_CAMERA_MOVES.zoomOut.factor });
  }
}
