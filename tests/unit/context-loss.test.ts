/**
 * The scene's context-loss watcher: the lost event is cancelled (a context whose loss is not cancelled is never
 * restored), the page is told, and on restore a frame is asked for — the scene draws on demand, so without that
 * request nothing would draw the restored context until something else moved.
 */
import { describe, expect, it } from 'vitest';
import { watchContextLoss } from '../../src/scene/context-loss.ts';

function setUp() {
  const canvas = new EventTarget() as HTMLCanvasElement;
  const changes: boolean[] = [];
  let frames = 0;
  const stop = watchContextLoss(canvas, { onChange: (lost) => changes.push(lost), requestFrame: () => frames++ });
  return { canvas, changes, frames: () => frames, stop };
}

describe('watchContextLoss', () => {
  it('keeps a lost context restorable and says so; asks for a frame once restored', () => {
    const { canvas, changes, frames } = setUp();
    const lost = new Event('webglcontextlost', { cancelable: true });
    canvas.dispatchEvent(lost);
    expect(lost.defaultPrevented).toBe(true);
    expect(changes).toEqual([true]);
    expect(frames()).toBe(0);
    canvas.dispatchEvent(new Event('webglcontextrestored'));
    expect(changes).toEqual([true, false]);
    expect(frames()).toBe(1);
    // A second loss is handled like the first.
    canvas.dispatchEvent(new Event('webglcontextlost', { cancelable: true }));
    canvas.dispatchEvent(new Event('webglcontextrestored'));
    expect(changes).toEqual([true, false, true, false]);
    expect(frames()).toBe(2);
  });

  it('stops listening when the scene unmounts', () => {
    const { canvas, changes, frames, stop } = setUp();
    stop();
    canvas.dispatchEvent(new Event('webglcontextlost', { cancelable: true }));
    canvas.dispatchEvent(new Event('webglcontextrestored'));
    expect(changes).toEqual([]);
    expect(frames()).toBe(0);
  });
});
