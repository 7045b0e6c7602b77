/** A toolbar button whose accessible name is also its tooltip. */
import type { MouseEvent, ReactNode } from 'react';

/** A mouse click must not leave focus on the button: Space would then press it again instead of play/pause. */
export const keepFocusAway = (event: MouseEvent): void => event.preventDefault();

export interface IconButtonProps {
  label: string;
  onClick: () => void;
  pressed?: boolean;
  className?: string;
  children: ReactNode;
  testId?: string;
}

export function IconButton({ label, onClick, pressed, className, children, testId }: IconButtonProps) {
  return (
    <button
      type="button"
      className={`ctl-button ${className ?? ''}`}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      onMouseDown={keepFocusAway}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </button>
  );
}
