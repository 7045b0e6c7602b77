/**
 * JSON text of a mission-data file → parsed value, or a MissionDataError naming the file, line and column.
 * The build runs every file through it (vite.config.ts), so a truncated file is named there instead of the
 * module that imports it.
 */
import { MissionDataError } from './mission-data-error.ts';

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** V8's messages carry "at position N", or say the input ended, or quote the text after a colon. */
function describeSyntaxError(text: string, message: string): { where: string; what: string } {
  const position = /at position (\d+)/.exec(message);
  // "Unterminated string" or "Expected ',' …" at the very end also mean the text stopped too soon.
  const offset = position ? Number(position[1]) : /Unexpected end of JSON input/.test(message) ? text.length : undefined;
  const ended = offset !== undefined && text.slice(offset).trim() === '';
  const where = offset === undefined ? '' : (({ line, column }) => `line ${line}, column ${column}`)(lineAndColumn(text, offset));
  const what = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/, ".*" is not valid JSON$/s, '');
  return { where, what: ended ? 'the text ends too early (a truncated file?)' : what };
}

export function parseMissionFileText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const { where, what } = describeSyntaxError(text, error instanceof Error ? error.message : String(error));
    throw new MissionDataError([{ file, path: where, expected: 'valid JSON', got: what }]);
  }
}
