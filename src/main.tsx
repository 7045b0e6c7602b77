import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prepareSceneCanvas } from './scene/scene-canvas-element.ts';
import { App } from './app/App.tsx';
import { createServiceWorkerControl } from './pwa/service-worker.ts';
import { createPropagationSession } from './worker/propagation-session.ts';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/noto-sans-sc/400.css';
import './ui/global.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lacks the #root element');
const propagation = createPropagationSession();
const serviceWorker = createServiceWorkerControl();
createRoot(rootElement).render(
  <StrictMode>
    <App propagation={propagation} serviceWorker={serviceWorker} />
  </StrictMode>,
);
// The offline copy is set up once the first visit has its path (or has given up on it), so its downloads wait.
const SERVICE_WORKER_DELAY_MS = 1000;
const stopWatching = propagation.subscribe(() => {
  const { mission, problem } = propagation.getSnapshot();
  if (!mission && !problem) return;
  stopWatching();
  setTimeout(serviceWorker.register, SERVICE_WORKER_DELAY_MS);
});
// After the first render, while the scene's code is still on its way.
setTimeout(prepareSceneCanvas, 0);
