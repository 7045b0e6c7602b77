/** Reference constants (IAU 2012 and 2015 resolutions, IERS Conventions 2010, as cited on each). */

/** IAU 2012 Resolution B2: the astronomical unit, exactly. */
export const AU_KM = 149_597_870.7;
export const DAY_S = 86_400;
/** Julian year of 365.25 days. */
export const JULIAN_YEAR_S = 365.25 * DAY_S;
/** J2000.0 = JD 2451545.0 TDB. */
export const J2000_JD = 2_451_545.0;
/** Gaussian gravitational constant k; GM_sun = k^2 au^3/d^2 (the value JPL osculating elements are given with). */
export const GAUSS_K = 0.01720209895;
export const MU_SUN_AU3_D2 = GAUSS_K * GAUSS_K;
export const MU_SUN_KM3_S2 = (MU_SUN_AU3_D2 * AU_KM ** 3) / DAY_S ** 2;
/** Earth GM, km^3/s^2 (IERS Conventions 2010, TT-compatible value). */
export const MU_EARTH_KM3_S2 = 398_600.4418;
/** Earth equatorial radius, km (IERS Conventions 2010). */
export const EARTH_RADIUS_KM = 6_378.1366;
/** Obliquity of the J2000 ecliptic, degrees (IAU 1976, as used by JPL for "Ecliptic of J2000.0"). */
export const OBLIQUITY_J2000_DEG = 23.4392911;
export const SPEED_OF_LIGHT_KM_S = 299_792.458;
export const DEG = Math.PI / 180;
