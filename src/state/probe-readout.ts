/** What the readouts show about the probe at one time; the app computes it from the sampled tracks. */
export interface ProbeReadout {
  distEarthKm: number;
  distSunKm: number;
  distTargetKm: number;
  /** Display name of the body the probe is heading for or staying at, in the current language. */
  targetName: string;
  /** Heliocentric speed. */
  speedKmS: number;
  /** Current phase's display name, in the current language. */
  phaseName: string;
}

/** Returns null before the path is ready or outside the path's span. Called at most ~10 times a second. */
export type GetProbeReadout = (tdbSec: number) => ProbeReadout | null;
