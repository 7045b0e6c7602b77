/** The small buttons around the edges: help (`?`), language, and clean view on/off (`C`). */
import { useStore } from 'zustand';
import { viewStore as defaultViewStore, type Language, type ViewStore } from '../state/view-store.ts';
import { text } from './i18n.ts';
import { IconButton, keepFocusAway } from './IconButton.tsx';
import { HidePanelsIcon, ShowPanelsIcon } from './icons.tsx';

export interface ViewButtonsProps {
  language: Language;
  viewStore?: ViewStore;
}

export function HelpButton({ language, viewStore = defaultViewStore }: ViewButtonsProps) {
  const helpOpen = useStore(viewStore, (s) => s.helpOpen);
  return (
    <IconButton
      label={`${text('openHelp', language)} (?)`}
      pressed={helpOpen}
      className="hud-chip"
      onClick={() => viewStore.getState().toggleHelp()}
      testId="help-button"
    >
      <span className="ctl-glyph" aria-hidden="true">?</span>
    </IconButton>
  );
}

export function LanguageButton({ language, viewStore = defaultViewStore }: ViewButtonsProps) {
  return (
    <button
      type="button"
      className="ctl-button ctl-text hud-chip"
      aria-label={text('switchLanguage', language)}
      title={text('switchLanguage', language)}
      lang={language === 'en' ? 'zh' : 'en'}
      onMouseDown={keepFocusAway}
      onClick={() => viewStore.getState().toggleLanguage()}
      data-testid="language-button"
    >
      {text('language', language)}
    </button>
  );
}

/** Hides the panels (clean view) when they are shown, and brings them back from the clean view. */
export function PanelsButton({ language, viewStore = defaultViewStore }: ViewButtonsProps) {
  const panelsVisible = useStore(viewStore, (s) => s.panelsVisible);
  return (
    <IconButton
      label={`${text(panelsVisible ? 'hidePanels' : 'showPanels', language)} (C)`}
      className={panelsVisible ? 'hud-chip' : 'hud-chip hud-restore'}
      onClick={() => viewStore.getState().togglePanels()}
      testId="panels-button"
    >
      {panelsVisible ? <HidePanelsIcon /> : <ShowPanelsIcon />}
    </IconButton>
  );
}
