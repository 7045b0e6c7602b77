/**
 * Draws a scene once into a single pixel with every object of one stage shown and none culled. three queries a
 * shader program synchronously the first time it draws with it (link status, uniform locations), and the query
 * waits until the GPU process has really linked it: in software WebGL that happens at first use, even after
 * compileAsync has reported the program ready (measured: these warm-up draws wait 2.1–2.7 s in total during a
 * load). Paid here, while the stage loads, the wait cannot land in a frame of play (traced before: a trail's
 * first draw, when play began, stalled one frame 120 ms).
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
