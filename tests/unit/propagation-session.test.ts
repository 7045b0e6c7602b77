import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPropagationSession } from '../../src/worker/propagation-session.ts';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';

/** Stands in for the browser's Worker: records what the page asks and lets the test answer. */
class FakeWorker {
  static created: FakeWorker[] = [];
  readonly posted: WorkerRequest[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.created.push(this);
  }
  postMessage(request: WorkerRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: WorkerResponse) {
    this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
  }
}

beforeEach(() => {
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('the propagation session', () => {
  it('starts its worker at once but asks it nothing until asked, then asks for the planets once', () => {
    const session = createPropagationSession();
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]!.posted).toEqual([]);
    session.requestPlanets();
    session.requestPlanets();
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]!.posted.map((request) => request.type)).toEqual(['planets']);
  });

  it('asks for the mission once, after the planets, even when the mission is asked for first', () => {
    const session = createPropagationSession();
    session.requestMission();
    session.requestMission();
    session.requestPlanets();
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]!.posted.map((request) => request.type)).toEqual(['planets', 'mission']);
  });

  it('passes the worker\'s answers to the snapshot and its listeners, and stops the worker after an error', () => {
    const session = createPropagationSession();
    const heard = vi.fn();
    session.subscribe(heard);
    session.requestMission();
    const worker = FakeWorker.created[0]!;
    worker.answer({ type: 'planets', requestId: 1, tracks: [] });
    worker.answer({ type: 'progress', requestId: 1, fraction: 0.5, stage: 'probe' });
    expect(session.getSnapshot().planets).toEqual([]);
    expect(session.getSnapshot().progress).toEqual({ fraction: 0.5, stage: 'probe' });
    worker.answer({ type: 'error', requestId: 1, message: 'ephemeris/bodies/311p.json: epochUtc: expected a date' });
    expect(session.getSnapshot().problem).toBe('ephemeris/bodies/311p.json: epochUtc: expected a date');
    expect(worker.terminated).toBe(true);
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('reports a worker that never says it is ready within the load time, and one that stops answering within the progress time', () => {
    vi.useFakeTimers();
    try {
      const watchdog = { loadMs: 60_000, progressMs: 15_000 };
      const silent = createPropagationSession({ watchdog });
      vi.advanceTimersByTime(59_999);
      expect(silent.getSnapshot().problem).toBeNull();
      vi.advanceTimersByTime(1);
      expect(silent.getSnapshot().problem).toMatch(/did not start within 60 s/);
      expect(FakeWorker.created[0]!.terminated).toBe(true);

      const stalled = createPropagationSession({ watchdog });
      const worker = FakeWorker.created[1]!;
      worker.answer({ type: 'ready' });
      // Ready and not asked anything: nothing is owed, however long the scene takes to ask.
      vi.advanceTimersByTime(10 * 60_000);
      expect(stalled.getSnapshot().problem).toBeNull();
      stalled.requestMission();
      vi.advanceTimersByTime(14_000);
      worker.answer({ type: 'progress', requestId: 1, fraction: 0, stage: 'computing the planets' });
      vi.advanceTimersByTime(14_000);
      worker.answer({ type: 'planets', requestId: 1, tracks: [] });
      vi.advanceTimersByTime(14_000);
      worker.answer({ type: 'progress', requestId: 1, fraction: 0.05, stage: 'propagating' });
      expect(stalled.getSnapshot().problem).toBeNull();
      vi.advanceTimersByTime(15_000);
      expect(stalled.getSnapshot().problem).toBe('the propagation worker stopped answering: no progress for 15 s (last stage: propagating)');
      expect(worker.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('retries after a failure with a new worker, keeping the planets and asking only for the mission', () => {
    const session = createPropagationSession();
    session.requestMission();
    const first = FakeWorker.created[0]!;
    first.answer({ type: 'ready' });
    first.answer({ type: 'planets', requestId: 1, tracks: [] });
    first.answer({ type: 'error', requestId: 1, message: 'simulated' });
    const planets = session.getSnapshot().planets;
    expect(session.getSnapshot().problem).toBe('simulated');

    session.retry();
    expect(FakeWorker.created).toHaveLength(2);
    const second = FakeWorker.created[1]!;
    expect(second.posted.map((request) => request.type)).toEqual(['mission']);
    expect(session.getSnapshot()).toMatchObject({ problem: null, retries: 1, planets, mission: null });
    // The old worker's late answers are ignored.
    first.answer({ type: 'progress', requestId: 1, fraction: 0.9, stage: 'old' });
    expect(session.getSnapshot().progress.stage).toBe('starting again');
    second.answer({ type: 'ready' });
    second.answer({ type: 'result', requestId: 1, result: { tracks: [] } as never });
    expect(session.getSnapshot().mission).toEqual({ tracks: [] });
    session.retry();
    expect(FakeWorker.created).toHaveLength(2);
  });

  it('retries a failure before the planets by asking the new worker for the planets and then the mission', () => {
    const session = createPropagationSession();
    session.requestMission();
    FakeWorker.created[0]!.onerror?.({ message: 'script failed' } as ErrorEvent);
    expect(session.getSnapshot().problem).toBe('the propagation worker failed: script failed');
    session.retry();
    expect(FakeWorker.created[1]!.posted.map((request) => request.type)).toEqual(['planets', 'mission']);
  });
});
