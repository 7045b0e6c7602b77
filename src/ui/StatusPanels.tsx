import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Language, ViewStore } from '../state/view-store.ts';
import { text } from './i18n.ts';
import './status-panels.css';
import { panelArea } from './use-screen-area.ts';

/** The first sentence says it all; short windows show only it. */
const NOTE: Record<Language, [string, string]> = {
  en: ['Illustrative path: CNSA publishes no ephemeris.',
    " Planets, Kamoʻoalewa and 311P follow published orbits; the probe's path is designed to fit the public event dates and the laws of motion."],
  zh: ['示意轨道：国家航天局未公布探测器星历。', '行星、小行星2016HO3与彗星311P按公开轨道根数计算；探测器轨道依据公开的任务节点按动力学设计。'],
};

/** The title and one line of what is shown, above the note (the brand's two names, as the mission writes them). */
const TITLE = 'Tianwen-2 · 天问二号';
const WHAT: Record<Language, string> = {
  en: "China's probe to the asteroid Kamoʻoalewa and back, then on to the comet 311P, 2025–2036.",
  zh: '中国探测器飞往小行星2016HO3采样返回，再奔赴彗星311P，2025—2036年。',
};

/**
 * The title, what the picture is, the illustrative-path note and, below them, whatever the app adds (the first
 * minute's hint, the path colours): one panel at the top of the left column.
 */
export function IllustrativeNote({ language, children }: { language: Language; children?: ReactNode }) {
  const [first, rest] = NOTE[language];
  return (
    <section ref={panelArea} className="illustrative-note title-card" aria-label={TITLE}>
      <h1 className="title-card-name">{TITLE}</h1>
      <p className="title-card-what">{WHAT[language]}</p>
      <p className="title-card-note" role="note">{first}<span className="illustrative-note-more">{rest}</span></p>
      {children}
    </section>
  );
}

export function LoadingBar({ fraction, stage }: { fraction: number; stage: string }) {
  return (
    <div className="loading-bar" role="progressbar" aria-label="Computing the probe path" aria-valuemin={0} aria-valuemax={100}
      aria-valuenow={Math.round(fraction * 100)} aria-valuetext={stage}>
      <div className="loading-bar-fill" style={{ transform: `scaleX(${fraction})` }} />
      <span className="loading-bar-text">Computing the probe path: {stage}</span>
    </div>
  );
}

export function ProblemBanner({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="problem-banner" role="alert">
      <strong>{title}</strong>
      <p>{children}</p>
      {action && <div className="problem-banner-actions">{action}</div>}
    </div>
  );
}

/** What failed in the propagation worker, with a Retry that starts a new one (the planets drawn stay). */
export function PropagationProblem({ problem, havePlanets, onRetry }: { problem: string; havePlanets: boolean; onRetry: () => void }) {
  return (
    <ProblemBanner
      title={havePlanets ? 'The probe path could not be computed' : 'The planets and the probe path could not be computed'}
      action={<button type="button" className="problem-banner-retry" data-testid="propagation-retry" onClick={onRetry}>Retry</button>}
    >
      <span className="problem-banner-message">{problem.replace(/\.+$/, '')}.</span>
      {havePlanets ? ' The planets are still shown.' : ''} Retry computes it again in a new worker; if the message comes back,
      please report it.
    </ProblemBanner>
  );
}

/** Shown while the scene's WebGL context is lost; the scene draws itself again when it is restored. */
export function ContextLostNotice({ viewStore }: { viewStore: ViewStore }) {
  const language = useStore(viewStore, (s) => s.language);
  return <ProblemBanner title={text('contextLostTitle', language)}>{text('contextLost', language)}</ProblemBanner>;
}
