/**
 * The page's one propagation, started as this module is evaluated. main.tsx imports it first, so the worker is
 * created before React and the app's modules are evaluated (~0.1–0.2 s sooner on a slow machine).
 */
import { startPropagationSession } from './propagation-session.ts';

export const propagation = startPropagationSession();
