/**
 * Vite plugin: the ephemeris/ files are code, so a broken one fails the build with its own name. Vite's JSON
 * plugin reports a file it cannot parse as an error of the module importing it (the worker client); here each
 * file is parsed first and named with line and column, and, at build time, the whole set is validated, so a value
 * out of range stops the build with the loader's file:field message instead of reaching a visitor's page.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadMissionData, MISSION_DATA_FILE_NAMES, MissionDataError } from '../../src/core/mission-data/index.ts';
import { parseMissionFileText } from '../../src/core/mission-data/parse-json-text.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const isEphemerisJson = (file: string) => file.endsWith('.json') && relative(ROOT, file).startsWith('ephemeris/');

export function ephemerisCheck(): Plugin {
  return {
    name: 'ephemeris-check',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!isEphemerisJson(file)) return null;
      try {
        parseMissionFileText(relative(ROOT, file), readFileSync(file, 'utf8'));
      } catch (error) {
        if (error instanceof MissionDataError) this.error(error.message);
        throw error;
      }
      // Parsed: Vite's JSON plugin turns it into a module.
      return null;
    },
    buildStart() {
      if (this.meta.watchMode) return;
      try {
        const files = Object.fromEntries(MISSION_DATA_FILE_NAMES.map((name) => [
          name, parseMissionFileText(name, readFileSync(resolve(ROOT, name), 'utf8')),
        ]));
        loadMissionData(files);
      } catch (error) {
        if (error instanceof MissionDataError) this.error(error.message);
        throw error;
      }
    },
  };
}
