/**
 * Kamoʻoalewa turns in 28.3 minutes (ephemeris/bodies/kamooalewa.json, from
 * https://en.wikipedia.org/wiki/469219_Kamo%CA%BBoalewa). Its spin axis is not published: the axis BodyMarker
 * tilts it to is illustrative.
 */
export const KAMOOALEWA_SPIN_SEC = 28.3 * 60;

/**
 * 311P's nucleus turns in at least 5.4 h (a lower bound: Jewitt et al. 2018, AJ 155, 231, in
 * ephemeris/bodies/311p.json); drawn turning at that bound, which is illustrative.
 */
export const COMET_311P_SPIN_SEC = 5.4 * 3600;
