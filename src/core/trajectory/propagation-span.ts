/** The span over which bodies are propagated and tracks sampled: launch month to a little after the mission's end. */
export const PROPAGATION_SPAN = { startUtc: '2025-05-01T00:00:00Z', endUtc: '2036-06-01T00:00:00Z' } as const;
