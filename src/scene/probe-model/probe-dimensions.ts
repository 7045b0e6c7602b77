/**
 * The figures the Tianwen-2 model is built to, in metres, in the model's frame: +z towards the Sun (the wings' cell
 * side), x along the wing axis, +y the deck normal (where the return capsule sits), -y the sampling face. Origin at
 * the centre of the main body.
 *
 * Published (CNSA has released no drawings; these are the figures quoted in the press):
 * - main body "more than 2 m on a side", return capsule 0.75 m across, two round ten-sided flexible solar wings
 *   4.7 m across, a 15 m span (a Xinhua figure), ion engines plus a chemical main engine:
 *   https://cloud.kepuchina.cn/newSearch/imgText?from=1&id=7327721944568922112&is_self=2 ;
 *   https://en.wikipedia.org/wiki/Tianwen-2
 * - the "cosmic snapshot" (2025-10-01) was taken by the monitoring camera at the end of the robotic arm and shows
 *   the flag on the arm, the white return capsule and the distant blue Earth: http://www.xyk126.net/html/2025-10/974409.html ;
 *   one of the ion engines is in the same picture:
 *   https://killbait.com/en/tianwen-2-mission-after-125-days-in-space-progress-and-secrecy
 * - sampling by touch-and-go and by anchor-and-attach (four legs with drills):
 *   https://www.planetary.org/articles/tianwen-2-chinas-near-earth-asteroid-and-comet-double-header
 *
 * Everything marked "illustrative" is invented to look plausible: where the parts sit, their shapes and every
 * size not listed above.
 */

/** Main body, full lengths along x, y, z: each above the published "more than 2 m"; the exact values illustrative. */
export const BODY_SIZE_M = { x: 2.2, y: 2.2, z: 2.3 } as const;
export const BODY_HALF_M = { x: BODY_SIZE_M.x / 2, y: BODY_SIZE_M.y / 2, z: BODY_SIZE_M.z / 2 } as const;

/** Published: each wing is 4.7 m across; read here as the ten-sided outline's corner-to-corner diameter. */
export const WING_DIAMETER_M = 4.7;
export const WING_RADIUS_M = WING_DIAMETER_M / 2;
/** Published: ten-sided. */
export const WING_SIDES = 10;
/** Published: the tip-to-tip span quoted by Xinhua. */
export const SPAN_QUOTED_M = 15;
/**
 * Boom from the body's side to the wing's edge. Illustrative: chosen so the span comes out at the quoted 15 m
 * (2 × (body half-width + boom + wing diameter)).
 */
export const WING_BOOM_M = SPAN_QUOTED_M / 2 - BODY_HALF_M.x - WING_DIAMETER_M;
/** Wing hub centre on the x axis. */
export const WING_CENTRE_X_M = BODY_HALF_M.x + WING_BOOM_M + WING_RADIUS_M;
/** The wings' gores lean back from the hub to the rim by this much (a shallow umbrella). Illustrative. */
export const WING_DISH_DEPTH_M = 0.1;

/** Published: the return capsule is 0.75 m across. Its height and bell shape are illustrative. */
export const CAPSULE_DIAMETER_M = 0.75;
export const CAPSULE_HEIGHT_M = 0.5;
/** Where the capsule's base sits on the deck (x, z); illustrative. */
export const CAPSULE_DECK_XZ_M: readonly [number, number] = [0.2, 0.15];
/** The ring the capsule stands on; illustrative. */
export const CAPSULE_ADAPTER_HEIGHT_M = 0.08;

/** High-gain antenna dish on the anti-Sun face; illustrative size and place. */
export const HGA_DIAMETER_M = 1.1;

/**
 * Robotic arm on the deck's -x edge: shoulder, elbow and wrist points in the snapshot pose (the upper link stands
 * up from the deck, the forearm reaches back and up, the camera at the wrist looks back over the upper link and
 * the flag on it, across the capsule); illustrative.
 */
export const ARM_SHOULDER_M: readonly [number, number, number] = [-0.8, BODY_HALF_M.y, -0.35];
export const ARM_ELBOW_M: readonly [number, number, number] = [-1.05, BODY_HALF_M.y + 1.2, -0.5];
export const ARM_WRIST_M: readonly [number, number, number] = [-2.1, BODY_HALF_M.y + 1.5, 1.3];
/** What the arm camera looks at in that pose: past the capsule, across the deck. Illustrative. */
export const ARM_CAMERA_TARGET_M: readonly [number, number, number] = [1.4, BODY_HALF_M.y + 0.25, 0.1];
/**
 * Where the snapshot's subject (the distant Earth) sits in the arm camera's view: this far right of and above the
 * view's centre, radians, with the capsule near the middle and the flag to the left. Illustrative composition.
 */
export const ARM_CAMERA_SUBJECT_OFFSET_RAD = { right: 0.42, up: 0.24 } as const;
/** The arm camera's vertical field of view for that composition, degrees; illustrative. */
export const ARM_CAMERA_FOV_DEG = 60;
/** The flag plate on the arm's upper link, 3:2, this wide; illustrative (published: the flag is on the arm). */
export const FLAG_WIDTH_M = 0.42;
/** How far along the upper link (shoulder 0 → elbow 1) the flag is mounted; illustrative. */
export const FLAG_ALONG_UPPER_ARM = 0.55;

/** Four anchoring legs under the sampling face (published: four, with drills); reach and stance illustrative. */
export const LEG_HIP_INSET_M = 0.22;
export const LEG_FOOT_OUT_M = 0.45;
export const LEG_DROP_M = 0.95;
/** The touch-and-go sampler's boom below the sampling face; illustrative. */
export const TAG_BOOM_M = 1.15;

/** Ion engines on the deck's rear edge, thrusting along -y (beam along +y); illustrative place and size. */
export const ION_ENGINE_RADIUS_M = 0.17;
/** Chemical main engine's nozzle exit radius, on the anti-Sun face; illustrative. */
export const MAIN_ENGINE_EXIT_RADIUS_M = 0.2;

/** The far variant is meant for a probe this few pixels across or fewer: its parts below a pixel anyway. */
export const FAR_MODEL_BELOW_PX = 48;

/** Tip to tip along x, and the largest distance of any part from the origin (for scaling to a drawn size). */
export const HALF_SPAN_M = WING_CENTRE_X_M + WING_RADIUS_M;
