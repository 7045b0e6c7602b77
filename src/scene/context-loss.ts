/**
 * Watches the scene's WebGL context being lost and restored (a GPU reset, a driver update, a phone reclaiming
 * memory). three.js's renderer already keeps the context restorable (it cancels the lost event's default) and, on
 * restore, starts a fresh GL state in which every texture, buffer and program is uploaded again from the objects it
 * still holds at their next draw. What it cannot know is that frames are drawn on demand: nothing asks for one, so
 * the restored canvas stayed black until the clock moved. This asks for that frame, and tells the page, which
 * says what is happening while the context is gone.
 */
export interface ContextLossHandlers {
  /** True as the context is lost, false once it is back (its first frame requested). */
  onChange: (lost: boolean) => void;
  /** Asks for a frame (the scene draws on demand). */
  requestFrame: () => void;
}

/** Listens on the canvas; returns the function that stops listening. */
export function watchContextLoss(canvas: HTMLCanvasElement, { onChange, requestFrame }: ContextLossHandlers): () => void {
  const onLost = (event: Event) => {
    // three.js cancels it too; doing it here keeps the context restorable whatever the listeners' order.
    event.preventDefault();
    onChange(true);
  };
  // three.js's own listener, added when its renderer was made (before this one), has reset its state by now.
  const onRestored = () => {
    onChange(false);
    requestFrame();
  };
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);
  return () => {
    canvas.removeEventListener('webglcontextlost', onLost);
    canvas.removeEventListener('webglcontextrestored', onRestored);
  };
}
