import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { ServiceWorkerControl } from '../pwa/service-worker.ts';
import type { Language, ViewStore } from '../state/view-store.ts';
import './status-panels.css';

const TEXT: Record<Language, { message: string; reload: string }> = {
  en: { message: 'A new version of the explorer is ready.', reload: 'Reload' },
  zh: { message: '探索器有新版本可用。', reload: '重新加载' },
};

/** Offers the newly deployed version; the page keeps the old one until the visitor says so. */
export function UpdatePrompt({ serviceWorker, viewStore }: { serviceWorker: ServiceWorkerControl; viewStore: ViewStore }) {
  const { updateWaiting } = useSyncExternalStore(serviceWorker.subscribe, serviceWorker.getSnapshot);
  const language = useStore(viewStore, (s) => s.language);
  if (!updateWaiting) return null;
  const text = TEXT[language];
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>{text.message}</span>
      <button type="button" className="update-prompt-reload" onClick={serviceWorker.applyUpdate}>{text.reload}</button>
    </div>
  );
}
