/**
 * `npm run ephemeris -- --out FILE.oem [--format oem|csv]`: writes the propagated mission as a CCSDS OEM 2.0 KVN
 * file (or CSV) for checking in GMAT, Orekit or Cosmographia.
 */
import { writeFileSync } from 'node:fs';
import { writeTrajectoryCsv } from '../src/core/formats/csv-writer.ts';
import { writeOem } from '../src/core/formats/oem-writer.ts';
import { bundledMissionFiles } from '../src/core/mission-data/bundled.ts';
import { missionOemMessage } from '../src/core/mission/ephemeris-export.ts';
import { propagateMission } from '../src/core/mission/propagate-mission.ts';

function parseArgs(argv: string[]): { out: string; format: 'oem' | 'csv' } {
  let out: string | undefined;
  let format: 'oem' | 'csv' = 'oem';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') out = argv[++i];
    else if (arg === '--format') {
      const value = argv[++i];
      if (value !== 'oem' && value !== 'csv') throw new Error(`--format must be "oem" or "csv", got "${value ?? ''}"`);
      format = value;
    } else throw new Error(`unknown argument "${arg}"; usage: npm run ephemeris -- --out FILE.oem [--format oem|csv]`);
  }
  if (!out) throw new Error('missing --out FILE; usage: npm run ephemeris -- --out FILE.oem [--format oem|csv]');
  return { out, format };
}

try {
  const { out, format } = parseArgs(process.argv.slice(2));
  const mission = propagateMission(bundledMissionFiles());
  const message = missionOemMessage(mission, new Date().toISOString().slice(0, 19) + 'Z');
  const text = format === 'oem' ? writeOem(message) : writeTrajectoryCsv(message.segments, { comments: message.header.comments });
  writeFileSync(out, text);
  const samples = message.segments.reduce((n, s) => n + s.samples.tdbSec.length, 0);
  console.log(`wrote ${out}: ${format.toUpperCase()}, ${message.segments.length} segments, ${samples} samples, ${(text.length / 1e6).toFixed(1)} MB`);
} catch (error) {
  console.error(`ephemeris export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
