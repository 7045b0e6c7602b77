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
});
