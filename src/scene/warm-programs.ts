/**
 * Draws a scene once into a single pixel with every object of one stage shown and none culled. three queries a
 * shader program synchronously the first time it draws with it (link status, uniform locations), and such a
 * query waits behind whatever the GPU process is busy with: in software WebGL, compiling a pipeline for some
 * other page element takes 100–500 ms (traced: a trail's first draw, when play began, stalled one frame 120 ms).
 * Done while the stage loads, that wait cannot land in a frame of play.
 */
import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';

export function warmPrograms(renderer: WebGLRenderer, scene: Scene, camera: Camera, stage: Object3D): void {
  const saved: { object: Object3D; visible: boolean; frustumCulled: boolean }[] = [];
  stage.traverse((object) => {
    saved.push({ object, visible: object.visible, frustumCulled: object.frustumCulled });
    object.visible = true;
    object.frustumCulled = false;
  });
  const scissorTest = renderer.getScissorTest();
  renderer.setScissor(0, 0, 1, 1);
  renderer.setScissorTest(true);
  try {
    renderer.render(scene, camera);
  } finally {
    renderer.setScissorTest(scissorTest);
    for (const { object, visible, frustumCulled } of saved) {
      object.visible = visible;
      object.frustumCulled = frustumCulled;
    }
  }
}
