/** A mission-data file that is not valid JSON is named with its line and column (the build runs this on each file). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MissionDataError, formatIssue } from '../../src/core/mission-data/index.ts';
import { lineAndColumn, parseMissionFileText } from '../../src/core/mission-data/parse-json-text.ts';

const problem = (text: string): string => {
  try {
    parseMissionFileText('ephemeris/x.json', text);
  } catch (error) {
    expect(error).toBeInstanceOf(MissionDataError);
    return (error as MissionDataError).issues.map(formatIssue).join('\n');
  }
  throw new Error('parsed without a problem');
};

describe('parsing mission-data text', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('names a file cut in half, where the text ends', () => {
    const text = readFileSync('ephemeris/bodies/kamooalewa.json', 'utf8');
    const cut = text.slice(0, text.lastIndexOf('}', text.length - 3));
    const { line, column } = lineAndColumn(cut, cut.length);
    expect(problem(cut)).toBe(`ephemeris/x.json: line ${line}, column ${column}: expected valid JSON, got the text ends too early (a truncated file?)`);
  });

  it('names the line of a missing comma and keeps the file\'s text out of the message', () => {
    expect(problem('{\n  "a": 1\n  "b": 2\n}')).toBe(
      'ephemeris/x.json: line 3, column 3: expected valid JSON, got Expected \',\' or \'}\' after property value');
    expect(problem('{"a": tru}')).toBe('ephemeris/x.json: (root): expected valid JSON, got Unexpected token \'}\'');
  });

  it('returns what JSON.parse returns, an own "__proto__" key included', () => {
    const value = parseMissionFileText('ephemeris/x.json', '{"__proto__": {"x": 1}}') as object;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
