import { Component, type ReactNode } from 'react';

interface Props { fallback: ReactNode; onError?: (message: string) => void; children: ReactNode }
interface State { failed: boolean }

/**
 * Catches a scene that cannot start (no WebGL 2, a lost context) so the page shows what to do instead of going
 * blank; the page shows the message (`onError`). Creating the renderer is the test: a separate probe context costs
 * ~0.6 s in software WebGL.
 */
export class SceneErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError?.(error instanceof Error ? error.message : String(error));
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
