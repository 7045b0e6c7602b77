/**
 * Uses every program of a stage once, while the stage loads, without making the page wait on the GPU process.
 *
 * three queries a program synchronously the first time it draws with it (link status, uniform and attribute
 * locations). Such a query waits until the GPU process has finished everything queued before it, and in software
 * WebGL that queue can hold seconds of work: the panels' first composite, and the pipelines SwiftShader builds at
 * a program's first draw (measured: warm-ups done as plain draws held the page in tasks of up to 1.6 s while
 * loading). So the queries are made only once the GPU process is idle (a fence, polled), then each program is drawn
 * once into a single pixel: the pipelines are built then, not in a frame of play (traced before: a trail's first
 * draw when play began stalled a frame 120 ms).
 */
import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';

const FENCE_POLL_MS = 16;

/** Resolves once the GPU process has run every command issued so far; polls a fence, never blocks. */
function whenGpuIdle(renderer: WebGLRenderer): Promise<void> {
  const gl = renderer.getContext() as WebGL2RenderingContext;
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!fence) return Promise.resolve();
  gl.flush();
  return new Promise((resolve) => {
    const poll = () => {
      if (gl.isContextLost() || gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED) {
        gl.deleteSync(fence);
        resolve();
      } else setTimeout(poll, FENCE_POLL_MS);
    };
    poll();
  });
}

/** three's programs have isReady() (the non-blocking KHR_parallel_shader_compile status); its types omit it. */
interface ProgramWithStatus { isReady(): boolean; getUniforms(): unknown }

/**
 * Makes three's first-use queries for every program that has finished linking (cheap when the GPU process is
 * idle). One still linking, another stage's, is left to its own stage: its query would wait for the link.
 */
function queryPrograms(renderer: WebGLRenderer): void {
  for (const program of (renderer.info.programs ?? []) as unknown as ProgramWithStatus[]) {
    if (program.isReady()) program.getUniforms();
  }
}

/** Draws the scene once into one pixel with every object of `stage` shown and none culled. */
function drawOnce(renderer: WebGLRenderer, scene: Scene, camera: Camera, stage: Object3D): void {
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

/** Call once the stage's programs are compiled (compileAsync). `stillWanted` false after the wait: the stage is gone. */
export async function warmPrograms(
  renderer: WebGLRenderer, scene: Scene, camera: () => Camera, stage: Object3D, stillWanted: () => boolean,
): Promise<void> {
  await whenGpuIdle(renderer);
  if (!stillWanted()) return;
  queryPrograms(renderer);
  drawOnce(renderer, scene, camera(), stage);
}
