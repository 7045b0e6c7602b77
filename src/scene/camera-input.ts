/**
 * Pointer and wheel input on the scene, turned into the camera rig's moves: drag to orbit, right-drag (or Shift,
 * or two fingers moving together) to pan, wheel or pinch to zoom in log distance. The rig damps and clamps; this
 * only measures the gestures.
 */
import { ZOOM_FACTOR_PER_STEP } from '../state/camera/body-framing.ts';
import type { CameraRig } from '../state/camera/camera-rig.ts';

/** Degrees of orbit per pixel of drag, per pixel of view height (three's OrbitControls at rotateSpeed 0.6). */
const ORBIT_DEG_PER_VIEW_HEIGHT = 360 * 0.6;
/** Wheel deltaY per zoom step (one notch of a mouse wheel in Chromium). */
const WHEEL_PX_PER_STEP = 100;
const LINE_PX = 16;

export function attachCameraInput(element: HTMLElement, rig: CameraRig, requestFrame: () => void, enabled: () => boolean): () => void {
  const pointers = new Map<number, { x: number; y: number }>();
  let mode: 'orbit' | 'pan' | null = null;
  let pinchDistance = 0;
  const height = () => Math.max(1, element.clientHeight);
  const centroid = () => {
    let x = 0, y = 0;
    for (const p of pointers.values()) { x += p.x; y += p.y; }
    return { x: x / pointers.size, y: y / pointers.size };
  };
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };

  const onPointerDown = (event: PointerEvent) => {
    if (!enabled()) return;
    element.setPointerCapture?.(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    mode = pointers.size >= 2 || event.button === 2 || event.shiftKey || event.ctrlKey || event.metaKey ? 'pan' : 'orbit';
    pinchDistance = spread();
  };
  const onPointerMove = (event: PointerEvent) => {
    const last = pointers.get(event.pointerId);
    if (!last || !enabled()) return;
    const before = centroid();
    const beforeSpread = pinchDistance;
    last.x = event.clientX;
    last.y = event.clientY;
    const after = centroid();
    const dx = after.x - before.x, dy = after.y - before.y;
    if (pointers.size >= 2) {
      pinchDistance = spread();
      if (beforeSpread > 0 && pinchDistance > 0) {
        const box = element.getBoundingClientRect();
        rig.zoomAt(Math.log(pinchDistance / beforeSpread) / Math.log(ZOOM_FACTOR_PER_STEP), after.x - box.left, after.y - box.top, box.width, box.height);
      }
      rig.panBy(dx, dy, height());
    } else if (mode === 'pan') rig.panBy(dx, dy, height());
    else if (mode === 'orbit') rig.orbitBy((ORBIT_DEG_PER_VIEW_HEIGHT * dx) / height(), (ORBIT_DEG_PER_VIEW_HEIGHT * dy) / height());
    requestFrame();
  };
  const onPointerUp = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    pinchDistance = spread();
    if (pointers.size === 0) mode = null;
  };
  const onWheel = (event: WheelEvent) => {
    if (!enabled()) return;
    event.preventDefault();
    const px = event.deltaMode === 1 ? event.deltaY * LINE_PX : event.deltaMode === 2 ? event.deltaY * height() : event.deltaY;
    rig.zoomBy(-px / WHEEL_PX_PER_STEP);
    requestFrame();
  };
  const onContextMenu = (event: Event) => event.preventDefault();

  element.addEventListener('pointerdown', onPointerDown);
  element.addEventListener('pointermove', onPointerMove);
  element.addEventListener('pointerup', onPointerUp);
  element.addEventListener('pointercancel', onPointerUp);
  element.addEventListener('wheel', onWheel, { passive: false });
  element.addEventListener('contextmenu', onContextMenu);
  return () => {
    element.removeEventListener('pointerdown', onPointerDown);
    element.removeEventListener('pointermove', onPointerMove);
    element.removeEventListener('pointerup', onPointerUp);
    element.removeEventListener('pointercancel', onPointerUp);
    element.removeEventListener('wheel', onWheel);
    element.removeEventListener('contextmenu', onContextMenu);
  };
}
