/**
 * Hides its children until their shader programs are compiled, then shows them. Compiling a program takes
 * 50–500 ms in software WebGL; drawn at once, the compile blocks the page (the timeline, the buttons) for
 * seconds while the scene loads. `compileAsync` hands the work to the GPU process (KHR_parallel_shader_compile)
 * and only polls from here; each program is then used once (warmPrograms) before the stage shows. Lights must
 * live outside any stage: programs are compiled for the lights in view.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useThree } from '@react-three/fiber';
import type { Group } from 'three';
import { useSceneRuntime, type SceneStage } from './scene-runtime.ts';
import { warmPrograms } from './warm-programs.ts';

export interface CompiledStageProps {
  name: SceneStage;
  children: ReactNode;
  /** Called once the stage is shown. */
  onShown?: () => void;
}

export function CompiledStage({ name, children, onShown }: CompiledStageProps) {
  const group = useRef<Group>(null);
  const runtime = useSceneRuntime();
  const onShownRef = useRef(onShown);
  useLayoutEffect(() => {
    onShownRef.current = onShown;
  });
  // The camera is read when compiling, not a dependency: switching to the probe's arm camera must not re-hide stages.
  const { gl, scene, invalidate, get } = useThree();
  useLayoutEffect(() => {
    const stage = group.current;
    if (!stage) return;
    let mounted = true;
    stage.visible = false;
    const show = () => {
      if (!mounted) return;
      stage.visible = true;
      runtime.shownStages.add(name);
      invalidate();
      onShownRef.current?.();
    };
    gl.compileAsync(stage, get().camera, scene)
      .then(() => warmPrograms(gl, scene, () => get().camera, stage, () => mounted))
      .then(show, show);
    return () => {
      mounted = false;
      runtime.shownStages.delete(name);
    };
  }, [gl, scene, invalidate, get, runtime, name]);
  return <group ref={group}>{children}</group>;
}
