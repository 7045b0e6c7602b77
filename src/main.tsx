import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prepareSceneCanvas } from './scene/scene-canvas-element.ts';
import { App } from './app/App.tsx';
import { createPropagationSession } from './worker/propagation-session.ts';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/noto-sans-sc/400.css';
import './ui/global.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lacks the #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App propagation={createPropagationSession()} />
  </StrictMode>,
);
// After the first render, while the scene's code is still on its way.
setTimeout(prepareSceneCanvas, 0);
