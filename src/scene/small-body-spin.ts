/**
 * Kamoʻoalewa turns in 28.3 minutes (ephemeris/bodies/kamooalewa.json, from
 * https://en.wikipedia.org/wiki/469219_Kamo%CA%BBoalewa). Its spin axis is not published: the axis BodyMarker
 * tilts it to is illustrative.
 */
export const KAMOOALEWA_SPIN_SEC = 28.3 * 60;
