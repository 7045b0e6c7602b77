/**
 * An R3F root on a canvas it is given, in place of R3F's `<Canvas>`. The Canvas registers the whole three.js
 * namespace as JSX elements, which keeps all of three.js in the bundle; this root registers only the elements the
 * scene writes as JSX, and the rest is tree-shaken (three.js in the scene's chunk: 571 → 400 kB minified).
 */
import { Component, useCallback, useInsertionEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot, events, extend, type ReconcilerRoot, type RenderProps, type RootState } from '@react-three/fiber';
import { AmbientLight, Group, Mesh, PointLight } from 'three';

extend({ AmbientLight, Group, Mesh, PointLight });

export type SceneRootConfig = Omit<RenderProps<HTMLCanvasElement>, 'size' | 'events' | 'onCreated'> & {
  onCreated?: (state: RootState) => void;
};

/** Hands an error thrown inside the scene's own React tree to the page's tree, where the error boundaries are. */
class ErrorForwarder extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

export interface SceneRootProps {
  /** Placed in the root's wrapper; may already hold its WebGL context. */
  canvas: HTMLCanvasElement;
  config: SceneRootConfig;
  children: ReactNode;
}

export function SceneRoot({ canvas, config, children }: SceneRootProps) {
  const surfaceRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [configured, setConfigured] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const fail = useCallback((error: unknown) => setFailure({ error }), []);
  if (failure) throw failure.error;

  // An insertion effect is not replayed by StrictMode: the root (and its WebGL context) is released only when the
  // scene really leaves the page.
  useInsertionEffect(() => () => {
    rootRef.current?.unmount();
    rootRef.current = null;
  }, []);

  useLayoutEffect(() => {
    const surface = surfaceRef.current;
    if (!surface) return;
    if (canvas.parentElement !== surface) surface.appendChild(canvas);
    const configure = () => {
      const { width, height, top, left } = surface.getBoundingClientRect();
      if (width <= 0 || height <= 0) return;
      const root = (rootRef.current ??= createRoot(canvas));
      const ready = root.configure({
        ...config,
        size: { width, height, top, left },
        events,
        onCreated: (state) => {
          state.events.connect?.(surface);
          config.onCreated?.(state);
        },
      });
      // A synchronous renderer factory configures at once: the scene mounts in this commit, not a microtask later.
      if (ready.status === 'fulfilled') setConfigured(true);
      else ready.then(() => setConfigured(true), fail);
    };
    configure();
    const observer = new ResizeObserver(configure);
    observer.observe(surface);
    return () => observer.disconnect();
  }, [canvas, config, fail]);

  useLayoutEffect(() => {
    if (configured) rootRef.current?.render(<ErrorForwarder onError={fail}>{children}</ErrorForwarder>);
  });

  return <div ref={surfaceRef} className="scene-surface" />;
}
