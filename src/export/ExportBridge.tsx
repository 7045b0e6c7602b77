/**
 * Mounted inside the R3F Canvas: hands the live renderer, scene and camera to the export dialogs (through the
 * registry in exporter.ts) and notices when the WebGL context is lost.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { useSceneRuntime } from '../scene/scene-runtime.ts';
import { registerExporter } from './exporter.ts';
import { createSceneExporter } from './scene-exporter.ts';

export function ExportBridge() {
  const get = useThree((s) => s.get);
  const gl = useThree((s) => s.gl);
  const runtime = useSceneRuntime();
  useEffect(() => {
    const exporter = createSceneExporter(get, runtime);
    const unregister = registerExporter(exporter);
    const onLost = () => exporter.markContextLost();
    gl.domElement.addEventListener('webglcontextlost', onLost);
    return () => {
      gl.domElement.removeEventListener('webglcontextlost', onLost);
      unregister();
    };
  }, [get, gl, runtime]);
  return null;
}
