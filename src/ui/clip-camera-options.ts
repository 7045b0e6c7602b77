/** The video dialog's camera choices: the kinds of move and their amounts, labelled in either language. */
import type { ClipCameraKind } from '../export/clip-camera-path.ts';
import { fillTemplate } from '../export/export-dialogs.ts';
import type { Language } from '../state/view-store.ts';
import { text, type TextId } from './i18n.ts';

export const CLIP_CAMERA_KINDS: readonly ClipCameraKind[] = ['still', 'turn', 'zoomIn', 'zoomOut'];

const KIND_TEXT: Record<ClipCameraKind, TextId> = {
  still: 'clipCameraStill', turn: 'clipCameraTurn', zoomIn: 'clipCameraZoomIn', zoomOut: 'clipCameraZoomOut',
};

export const clipCameraKindLabel = (kind: ClipCameraKind, language: Language): string => text(KIND_TEXT[kind], language);

/** "90°" for a turn, "×8" / "8 倍" for a zoom (large factors grouped: "×1,000,000"). */
export function clipCameraAmountLabel(kind: ClipCameraKind, amount: number, language: Language): string {
  const factor = amount >= 10_000 ? amount.toLocaleString('en-US') : String(amount);
  return kind === 'turn' ? `${amount}°` : fillTemplate(text('clipCameraFactor', language), { factor });
}
