/**
 * The 3D scene, rendered once its chunk (three.js, R3F and the scene) has loaded. Not React.lazy with Suspense:
 * React holds a Suspense boundary's content back until 300 ms after its fallback was shown (its fallback throttle),
 * which put the first frame up to that much later (traced: the scene mounted from that timer, ~150 ms after its chunk
 * ran). A chunk that fails to load throws here, inside the scene's error boundary.
 */
import { useEffect, useState } from 'react';
import type { SceneCanvasProps } from '../scene/SceneCanvas.tsx';

// Requested as soon as this module runs: the controls render and the worker loads its code while it downloads and compiles.
const sceneModule = import('../scene/SceneCanvas.tsx');

type Loaded = { module: Awaited<typeof sceneModule> } | { error: unknown };

export function SceneLoader(props: SceneCanvasProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    sceneModule.then(
      (module) => current && setLoaded({ module }),
      (error: unknown) => current && setLoaded({ error }),
    );
    return () => {
      current = false;
    };
  }, []);
  if (loaded === null) return null;
  if ('error' in loaded) throw loaded.error;
  return <loaded.module.SceneCanvas {...props} />;
}
