/**
 * The centres trajectory files name (OEM CENTER_NAME, Horizons "Center body name", a CSV column suffix), read into
 * the bodies astronomy-engine gives a heliocentric state for. Names are compared after upper-casing, dropping a
 * NAIF code in parentheses ("Mars (499)") and reading '-', '_' as spaces.
 */
import type { PlanetName } from '../planets.ts';

export type TrajectoryCentre = 'SUN' | 'SSB' | PlanetName;

/**
 * A planet's barycentre is read as the planet itself: for Mercury, Venus and Mars the offset is below 1 m (Phobos and
 * Deimos are ~2e-8 of Mars' mass); for Jupiter ... Neptune astronomy-engine models one point per planet system and
 * the offset from the planet's centre (Jupiter's: ~200 km, from the Galilean moons) is below anything drawn.
 */
const CENTRES: Record<string, TrajectoryCentre> = {
  SUN: 'SUN', 'SOLAR SYSTEM BARYCENTER': 'SSB', SSB: 'SSB',
  EARTH: 'Earth', MOON: 'Moon', 'EARTH MOON BARYCENTER': 'EMB', 'EARTH BARYCENTER': 'EMB', EMB: 'EMB',
};
for (const planet of ['Mercury', 'Venus', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune'] as const) {
  CENTRES[planet.toUpperCase()] = planet;
  CENTRES[`${planet.toUpperCase()} BARYCENTER`] = planet;
}

/** For messages: what a file may name, in a sentence. */
export const SUPPORTED_CENTRES_TEXT = 'SUN, SOLAR SYSTEM BARYCENTER (SSB), EARTH, MOON, EARTH-MOON BARYCENTER, MERCURY, VENUS, MARS, '
  + 'JUPITER, SATURN, URANUS, NEPTUNE, or a planet\'s BARYCENTER (e.g. MARS BARYCENTER)';

/** The centre a file names, or undefined when it is not one of SUPPORTED_CENTRE_NAMES. */
export function readCentre(name: string): TrajectoryCentre | undefined {
  const key = name.toUpperCase().replace(/\(\s*-?\d+\s*\)/g, ' ').replace(/[-_]/g, ' ').replace(/\s+/g, ' ').trim()
    .replace(/BARYCENTRE$/, 'BARYCENTER');
  return Object.prototype.hasOwnProperty.call(CENTRES, key) ? CENTRES[key] : undefined;
}
