/**
 * Mounted inside the R3F Canvas: hands the live renderer, scene and camera to the export dialogs (through the
 * registry in exporter.ts), notices when the WebGL context is lost, and holds a clip's scripted camera pose.
 */
import { useEffect, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { useSceneRuntime } from '../scene/scene-runtime.ts';
import { createClipCamera } from './clip-camera.ts';
import { registerExporter } from './exporter.ts';
import { createSceneExporter } from './scene-exporter.ts';

/** After the orbit controls' update (-1), before the driver sets the depth range from the camera's distance (-0.5). */
const CLIP_CAMERA_PRIORITY = -0.75;

export function ExportBridge() {
  const get = useThree((s) => s.get);
  const gl = useThree((s) => s.gl);
  const runtime = useSceneRuntime();
  const [clipCamera] = useState(createClipCamera);
  useEffect(() => {
    const exporter = createSceneExporter(get, runtime, clipCamera);
    const unregister = registerExporter(exporter);
    const onLost = () => exporter.markContextLost();
    gl.domElement.addEventListener('webglcontextlost', onLost);
    return () => {
      gl.domElement.removeEventListener('webglcontextlost', onLost);
      unregister();
    };
  }, [get, gl, runtime, clipCamera]);
  useFrame(({ camera, controls }) => clipCamera.hold(camera as PerspectiveCamera, controls, runtime.probeEye), CLIP_CAMERA_PRIORITY);
  return null;
}
