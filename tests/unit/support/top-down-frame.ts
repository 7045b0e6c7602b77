/** The label tests' view: looking straight down on the scene's x–z plane from 10 units up (~110 px per unit at 900 px high). */
import { PerspectiveCamera } from 'three';
import { createFrameContext, type FrameContext } from '../../../src/scene/frame-context.ts';

export const TOP_DOWN_WIDTH = 1600, TOP_DOWN_HEIGHT = 900;

export function topDownCamera(): PerspectiveCamera {
  const camera = new PerspectiveCamera(45, TOP_DOWN_WIDTH / TOP_DOWN_HEIGHT, 0.1, 100);
  camera.position.set(0, 10, 0);
  camera.up.set(0, 0, -1);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  return camera;
}

/** A frame seen through `topDownCamera`, sized 1600×900. */
export function topDownFrame(): FrameContext {
  const frame = createFrameContext(undefined, topDownCamera());
  frame.widthPx = TOP_DOWN_WIDTH;
  frame.heightPx = TOP_DOWN_HEIGHT;
  return frame;
}
