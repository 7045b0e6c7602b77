import { describe, expect, it } from 'vitest';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { handleWorkerRequest, trackBuffers } from '../../src/worker/handle-request.ts';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';

function run(request: WorkerRequest, files: Record<string, unknown>) {
  const messages: { message: WorkerResponse; transfer: ArrayBuffer[] }[] = [];
  handleWorkerRequest(request, files, (message, transfer) => messages.push({ message, transfer }));
  return messages;
}

describe('the propagation worker\'s message handler', () => {
  it('answers the planets request with the planets, and the mission request with progress, then every track once as transferred buffers (the Moon with the mission)', () => {
    const planetMessages = run({ type: 'planets', requestId: 7 }, bundledMissionFiles());
    expect(planetMessages.map((m) => m.message.type)).toEqual(['progress', 'planets']);
    const messages = [...planetMessages, ...run({ type: 'mission', requestId: 7 }, bundledMissionFiles())];
    const types = messages.map((m) => m.message.type);
    expect(types.slice(2, -1).every((type) => type === 'progress')).toBe(true);
    expect(types.at(-1)).toBe('result');
    expect(messages.every((m) => 'requestId' in m.message && m.message.requestId === 7)).toBe(true);

    const fractions = messages.flatMap((m) => (m.message.type === 'progress' ? [m.message.fraction] : []));
    expect(fractions.length).toBeGreaterThan(3);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);

    const planets = messages[1]!;
    const result = messages.at(-1)!;
    if (planets.message.type !== 'planets' || result.message.type !== 'result') throw new Error('unexpected message order');
    expect(planets.message.tracks.map((t) => t.id)).toEqual(['mercury', 'venus', 'earth', 'mars', 'jupiter']);
    expect(result.message.result.tracks.map((t) => t.id)).toEqual(['probe', 'capsule', 'kamooalewa', '311p', 'moon']);
    expect(planets.transfer).toEqual(trackBuffers(planets.message.tracks));
    expect(result.transfer).toEqual(trackBuffers(result.message.result.tracks));
    expect(new Set([...planets.transfer, ...result.transfer]).size).toBe(planets.transfer.length + result.transfer.length);
  });

  it('answers broken data with one message naming the file, the field and what was expected', () => {
    const files = bundledMissionFiles();
    const kamo = structuredClone(files['ephemeris/bodies/kamooalewa.json']) as { elementSets: { eccentricity: number }[] };
    kamo.elementSets[2]!.eccentricity = 1.7;
    const messages = run({ type: 'mission', requestId: 1 }, { ...files, 'ephemeris/bodies/kamooalewa.json': kamo });
    const last = messages.at(-1)!.message;
    expect(last.type).toBe('error');
    expect(last.type === 'error' && last.message).toContain(
      'ephemeris/bodies/kamooalewa.json: elementSets[2].eccentricity: expected a number in [0, 1), got 1.7',
    );
    expect(messages.some((m) => m.message.type === 'result')).toBe(false);
  });

  it('names the stage of a failure that does not name a file (a library may throw a bare string)', () => {
    const files = bundledMissionFiles();
    // A getter that throws a string while the realisation reads the design: past validation, inside a stage.
    const messages: WorkerResponse[] = [];
    handleWorkerRequest({ type: 'mission', requestId: 2 }, files, (message) => {
      messages.push(message);
      if (message.type === 'progress' && message.stage === 'designing the probe path') throw 'a bare string';
    });
    expect(messages.at(-1)).toEqual({ type: 'error', requestId: 2, message: 'designing the probe path: a bare string' });
  });

  it('rejects an unknown request with an error message rather than silence', () => {
    const messages = run({ type: 'explode', requestId: 3 } as unknown as WorkerRequest, bundledMissionFiles());
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toEqual({ type: 'error', requestId: 3, message: 'unknown request type "explode"' });
  });
});
