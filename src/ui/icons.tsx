/** Small stroke-and-fill icons for the buttons (inline SVG: no icon font, nothing fetched). */
const common = { width: 18, height: 18, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false } as const;

export const PlayIcon = () => (
  <svg {...common}><path d="M8 5.5v13l10.5-6.5z" fill="currentColor" /></svg>
);
export const PauseIcon = () => (
  <svg {...common}><path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" fill="currentColor" /></svg>
);
export const PreviousEventIcon = () => (
  <svg {...common}><path d="M6 5h2v14H6zM19 5.5v13L9.5 12z" fill="currentColor" /></svg>
);
export const NextEventIcon = () => (
  <svg {...common}><path d="M16 5h2v14h-2zM5 5.5v13l9.5-6.5z" fill="currentColor" /></svg>
);
export const ReverseIcon = () => (
  <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
    <path d="M4 8h14l-3.5-3.5M20 16H6l3.5 3.5" />
  </svg>
);
export const SlowerIcon = () => (
  <svg {...common}><path d="M12 6.5v11L4 12zM20 6.5v11L12 12z" fill="currentColor" /></svg>
);
export const FasterIcon = () => (
  <svg {...common}><path d="M12 6.5v11l8-5.5zM4 6.5v11l8-5.5z" fill="currentColor" /></svg>
);
export const ListIcon = () => (
  <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
    <path d="M9 7h11M9 12h11M9 17h11" /><circle cx="4.5" cy="7" r="1" fill="currentColor" />
    <circle cx="4.5" cy="12" r="1" fill="currentColor" /><circle cx="4.5" cy="17" r="1" fill="currentColor" />
  </svg>
);
export const HidePanelsIcon = () => (
  <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
    <path d="M4 9V5h4M20 9V5h-4M4 15v4h4M20 15v4h-4" />
  </svg>
);
export const ShowPanelsIcon = () => (
  <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round">
    <rect x="4" y="5" width="16" height="14" rx="1.5" /><path d="M4 15h16M9 5v10" />
  </svg>
);
export const FocusIcon = () => (
  <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
    <circle cx="12" cy="12" r="6.5" /><circle cx="12" cy="12" r="1.2" fill="currentColor" />
    <path d="M12 2.5v4M12 17.5v4M2.5 12h4M17.5 12h4" />
  </svg>
);
export const LinkIcon = () => (
  <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
    <path d="M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.2 1.2" />
    <path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2" />
  </svg>
);
export const TourIcon = () => (
  <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
    <circle cx="12" cy="12" r="8.5" /><path d="M10 8.5v7l5.5-3.5z" fill="currentColor" />
  </svg>
);
export const CloseIcon = () => (
  <svg {...common} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round"><path d="M6 6l12 12M18 6L6 18" /></svg>
);
