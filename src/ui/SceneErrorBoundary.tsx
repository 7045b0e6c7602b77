import { Component, type ReactNode } from 'react';

interface Props { fallback: (message: string) => ReactNode; onError?: () => void; children: ReactNode }
interface State { message: string | null }

/**
 * Catches a scene that cannot start (no WebGL 2, a lost context) so the page shows what to do instead of going
 * blank. Creating the renderer is the test: a separate probe context costs ~0.6 s in software WebGL.
 */
export class SceneErrorBoundary extends Component<Props, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch() {
    this.props.onError?.();
  }

  override render() {
    return this.state.message === null ? this.props.children : this.props.fallback(this.state.message);
  }
}
