/**
 * The service worker that keeps the app working without a network (generated at build time by vite-plugin-pwa:
 * Workbox precaching every script, style, font, texture and the data bundled in the worker). Registered once the
 * page has drawn the probe path, so its precache downloads do not compete with the first visit's loading. When a
 * new version is deployed, its worker waits until the visitor accepts the update prompt, which then reloads the
 * page under it: a page never mixes two builds' files. Nothing is registered in development (`npm start`).
 */
import { Workbox } from 'workbox-window';

export interface ServiceWorkerSnapshot {
  /** A new version has been downloaded and waits for the visitor's go-ahead. */
  updateWaiting: boolean;
}

export interface ServiceWorkerControl {
  getSnapshot(): ServiceWorkerSnapshot;
  subscribe(listener: () => void): () => void;
  /** Registers the worker (once); does nothing where service workers are unavailable or in development. */
  register(): void;
  /** Activates the waiting version and reloads the page under it. */
  applyUpdate(): void;
}

export function createServiceWorkerControl(scriptUrl = '/sw.js'): ServiceWorkerControl {
  let snapshot: ServiceWorkerSnapshot = { updateWaiting: false };
  const listeners = new Set<() => void>();
  let workbox: Workbox | null = null;
  const supported = import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    register() {
      if (!supported || workbox) return;
      workbox = new Workbox(scriptUrl, { scope: '/' });
      workbox.addEventListener('waiting', () => {
        snapshot = { updateWaiting: true };
        for (const listener of listeners) listener();
      });
      // The waiting worker took over after the visitor's go-ahead: load the page it serves.
      workbox.addEventListener('controlling', (event) => {
        if (event.isUpdate) window.location.reload();
      });
      workbox.register().catch((error: unknown) => console.warn('The offline copy could not be set up:', error));
    },
    applyUpdate() {
      workbox?.messageSkipWaiting();
    },
  };
}
