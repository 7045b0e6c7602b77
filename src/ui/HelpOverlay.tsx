/**
 * The help overlay (key `?`): every keyboard shortcut, read from the same table the key handler uses, and the
 * mouse and touch controls. A modal dialog: focus moves in on open and back on close; Escape or a click outside
 * closes it.
 */
import { useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import { viewStore as defaultViewStore, type Language, type ViewStore } from '../state/view-store.ts';
import { text, type TextId } from './i18n.ts';
import { SHORTCUTS, type Shortcut } from './keyboard-shortcut-map.ts';
import './help-overlay.css';

export interface HelpOverlayProps {
  language: Language;
  viewStore?: ViewStore;
}

/** Shortcuts sharing a description ("Previous / next event") become one line with both keys. */
function groupedShortcuts(): Array<{ description: TextId; keys: Shortcut['keyLabel'][] }> {
  const groups: Array<{ description: TextId; keys: Shortcut['keyLabel'][] }> = [];
  for (const shortcut of SHORTCUTS) {
    const group = groups.find((g) => g.description === shortcut.description);
    if (group) group.keys.push(shortcut.keyLabel);
    else groups.push({ description: shortcut.description, keys: [shortcut.keyLabel] });
  }
  return groups;
}

const POINTER_HELP: TextId[] = ['dragTimeline', 'clickEvent', 'orbitCamera', 'clickBody'];

export function HelpOverlay({ language, viewStore = defaultViewStore }: HelpOverlayProps) {
  const open = useStore(viewStore, (s) => s.helpOpen);
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => previouslyFocused?.focus();
  }, [open]);

  if (!open) return null;
  const close = () => viewStore.getState().setHelpOpen(false);
  return (
    <div className="help-backdrop" onClick={(event) => { if (event.target === event.currentTarget) close(); }}>
      <div
        className="panel help-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="help-overlay"
        onKeyDown={(event) => {
          // The close button is the dialog's only control: Tab stays on it rather than wandering behind the dialog.
          if (event.key === 'Tab') {
            event.preventDefault();
            closeRef.current?.focus();
          }
        }}
      >
        <header className="help-header">
          <h2 id={titleId}>{text('helpTitle', language)}</h2>
          <button ref={closeRef} type="button" className="ctl-button" aria-label={text('close', language)} title={`${text('close', language)} (Esc)`} onClick={close}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="help-columns">
          <section>
            <h3>{text('keyboardHeading', language)}</h3>
            <dl className="help-keys">
              {groupedShortcuts().map((group) => (
                <div key={group.description} className="help-row">
                  <dt>
                    {group.keys.map((key, index) => (
                      <kbd key={index}>{typeof key === 'string' ? key : text(key.textId, language)}</kbd>
                    ))}
                  </dt>
                  <dd>{text(group.description, language)}</dd>
                </div>
              ))}
            </dl>
            <p className="help-note">{text('sliderKeys', language)}</p>
          </section>
          <section>
            <h3>{text('mouseHeading', language)}</h3>
            <ul className="help-pointer">
              {POINTER_HELP.map((id) => <li key={id}>{text(id, language)}</li>)}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
