import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { ViewStore } from '../state/view-store.ts';
import { LinkIcon } from './icons.tsx';
import './share-controls.css';
import { panelArea, overlayArea } from './use-screen-area.ts';

const TEXT = {
  copy: { en: 'Copy link', zh: '复制链接' },
  copied: { en: 'Link copied', zh: '链接已复制' },
  copyHint: { en: 'Copy this link to share the current view:', zh: '复制此链接以分享当前视图：' },
  ignored: { en: 'Some parts of the link were not understood and were left at their defaults:', zh: '链接中有部分参数无法识别，已使用默认值：' },
  dismiss: { en: 'Dismiss', zh: '关闭' },
  openFull: { en: 'illustrative path · open the full explorer', zh: '示意轨道 · 打开完整版' },
} as const;

/** "Copy link": the clipboard when the browser allows it, else a selected text field to copy by hand. */
export function CopyLinkButton({ viewStore, linkUrl }: { viewStore: ViewStore; linkUrl: () => string }) {
  const language = useStore(viewStore, (s) => s.language);
  const [shown, setShown] = useState<{ url: string; copied: boolean } | null>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.select(), [shown]);

  const copy = async () => {
    const url = linkUrl();
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    setShown({ url, copied });
  };

  return (
    <div className="share">
      <button type="button" className="ctl-button ctl-text hud-chip copy-link" data-testid="copy-link" onClick={copy} title={TEXT.copy[language]}>
        <LinkIcon />
        <span className="copy-link-text">{TEXT.copy[language]}</span>
      </button>
      {shown && (
        <div ref={overlayArea} className="panel share-popover" role="status">
          <p>{shown.copied ? TEXT.copied[language] : TEXT.copyHint[language]}</p>
          <input ref={field} readOnly value={shown.url} aria-label={TEXT.copy[language]} data-testid="copy-link-url" />
          <button type="button" className="ctl-button ctl-text" onClick={() => setShown(null)}>{TEXT.dismiss[language]}</button>
        </div>
      )}
    </div>
  );
}

/** The small notice for link parameters that were ignored. */
export function LinkNotice({ viewStore, problems }: { viewStore: ViewStore; problems: readonly string[] }) {
  const language = useStore(viewStore, (s) => s.language);
  const [open, setOpen] = useState(problems.length > 0);
  if (!open) return null;
  return (
    <div ref={panelArea} className="panel link-notice" role="status" data-testid="link-notice">
      <p>{TEXT.ignored[language]}</p>
      <ul>{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
      <button type="button" className="ctl-button ctl-text" onClick={() => setOpen(false)}>{TEXT.dismiss[language]}</button>
    </div>
  );
}

/** In embed mode (?embed=1) the chrome is hidden; one small link opens the full explorer. */
export function EmbedBadge({ viewStore, linkUrl }: { viewStore: ViewStore; linkUrl: () => string }) {
  const language = useStore(viewStore, (s) => s.language);
  return (
    <a className="embed-badge" href={linkUrl()} target="_blank" rel="noreferrer" data-testid="embed-badge">
      Tianwen-2 · 天问二号 — {TEXT.openFull[language]} ↗
    </a>
  );
}
