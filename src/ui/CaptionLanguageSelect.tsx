/** The export dialogs' caption language: follows the UI language until the user picks one. */
import type { Language } from '../state/view-store.ts';
import { text } from './i18n.ts';

export interface CaptionLanguageSelectProps {
  language: Language;
  value: Language;
  disabled: boolean;
  onChange(language: Language): void;
  testId?: string;
}

export function CaptionLanguageSelect({ language, value, disabled, onChange, testId }: CaptionLanguageSelectProps) {
  return (
    <label className="export-row">
      {text('captionLanguage', language)}
      <select value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as Language)} data-testid={testId}>
        <option value="en">English</option>
        <option value="zh">中文</option>
      </select>
    </label>
  );
}
