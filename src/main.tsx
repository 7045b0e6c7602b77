import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { startPropagationSession } from './worker/propagation-session.ts';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/noto-sans-sc/400.css';
import './ui/global.css';

// Started first: the worker loads and propagates while React and the scene boot.
const propagation = startPropagationSession();
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lacks the #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App propagation={propagation} />
  </StrictMode>,
);
