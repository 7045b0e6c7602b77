/**
 * The frames a view is drawn in, with their ids: heliocentric EQJ km in, "view km" out. View axes are the same for
 * every frame and every layer above core (the camera rig, the scene, links): x = ecliptic equinox or Sun→Earth line,
 * y = ecliptic or orbital north, z = −y of the source frame (right-handed, y up, as three.js draws). Allocation-free:
 * the rotating frame's basis is set once per Earth state and applied to many points.
 */
import { OBLIQUITY_J2000_DEG, DEG } from './constants.ts';

/**
 * 'heliocentric': Sun-centred, ecliptic and equinox of J2000. 'sun-earth-rotating': Earth-centred, x from the Sun
 * through the Earth, north along the Earth's orbital angular momentum (Kamoʻoalewa's quasi-satellite loop).
 */
export const FRAME_IDS = ['heliocentric', 'sun-earth-rotating'] as const;
export type FrameId = (typeof FRAME_IDS)[number];

const COS_EPS = Math.cos(OBLIQUITY_J2000_DEG * DEG);
const SIN_EPS = Math.sin(OBLIQUITY_J2000_DEG * DEG);

type Vec3Like = ArrayLike<number>;
type Vec3Out = { [index: number]: number };

export class ViewFrame {
  mode: FrameId = 'heliocentric';
  /** Rows of the EQJ → display rotation (3×3, row-major). */
  private readonly m = new Float64Array(9);
  private readonly earthPosKm = new Float64Array(3);
  private readonly earthVelKmS = new Float64Array(3);
  /** The rotating frame's turn rate about its north axis, rad/s (0 in the heliocentric frame). */
  private omegaRadS = 0;

  constructor(mode: FrameId = 'heliocentric') {
    this.setMode(mode);
  }

  setMode(mode: FrameId): void {
    this.mode = mode;
    this.earthPosKm.fill(0);
    this.earthVelKmS.fill(0);
    this.omegaRadS = 0;
    if (mode === 'heliocentric') {
      // ecl = R(eps) eqj; display = (ecl.x, ecl.z, -ecl.y)
      this.m.set([1, 0, 0, 0, -SIN_EPS, COS_EPS, 0, -COS_EPS, -SIN_EPS]);
    }
  }

  /**
   * Rotating frame: x from the Sun through the Earth, z along the Earth's orbital angular momentum, y = z × x
   * (as helioToSunEarthRotating), displayed as (x, z, -y). No-op in the heliocentric frame.
   */
  setEarthState(earthPosKm: Vec3Like, earthVelKmS: Vec3Like): void {
    if (this.mode !== 'sun-earth-rotating') return;
    const px = earthPosKm[0] as number, py = earthPosKm[1] as number, pz = earthPosKm[2] as number;
    const vx = earthVelKmS[0] as number, vy = earthVelKmS[1] as number, vz = earthVelKmS[2] as number;
    const r = Math.hypot(px, py, pz);
    const xx = px / r, xy = py / r, xz = pz / r;
    let zx = py * vz - pz * vy, zy = pz * vx - px * vz, zz = px * vy - py * vx;
    const h = Math.hypot(zx, zy, zz);
    zx /= h; zy /= h; zz /= h;
    const yx = zy * xz - zz * xy, yy = zz * xx - zx * xz, yz = zx * xy - zy * xx;
    const m = this.m;
    m[0] = xx; m[1] = xy; m[2] = xz;
    m[3] = zx; m[4] = zy; m[5] = zz;
    m[6] = -yx; m[7] = -yy; m[8] = -yz;
    this.earthPosKm[0] = px; this.earthPosKm[1] = py; this.earthPosKm[2] = pz;
    this.earthVelKmS[0] = vx; this.earthVelKmS[1] = vy; this.earthVelKmS[2] = vz;
    this.omegaRadS = h / (r * r);
  }

  /** Turns an EQJ direction into display axes (no shift of origin): for orientations, not positions. */
  rotate(dirEqj: Vec3Like, out: Vec3Out): void {
    this.multiply(dirEqj[0] as number, dirEqj[1] as number, dirEqj[2] as number, out, 0);
  }

  /** Writes the display-km position of a heliocentric EQJ position into out[offset..offset+2]. */
  apply(posEqjKm: Vec3Like, out: Vec3Out, offset = 0): void {
    const x = (posEqjKm[0] as number) - (this.earthPosKm[0] as number);
    const y = (posEqjKm[1] as number) - (this.earthPosKm[1] as number);
    const z = (posEqjKm[2] as number) - (this.earthPosKm[2] as number);
    this.multiply(x, y, z, out, offset);
  }

  /**
   * Writes the velocity seen in this frame of a body at `posEqjKm` moving at `velEqjKm` (heliocentric EQJ): in the
   * rotating frame, relative to the Earth and less the frame's own turn (v' = R(v − v⊕) − ω × r').
   */
  applyVelocity(posEqjKm: Vec3Like, velEqjKmS: Vec3Like, out: Vec3Out, offset = 0): void {
    const vx = (velEqjKmS[0] as number) - (this.earthVelKmS[0] as number);
    const vy = (velEqjKmS[1] as number) - (this.earthVelKmS[1] as number);
    const vz = (velEqjKmS[2] as number) - (this.earthVelKmS[2] as number);
    this.multiply(vx, vy, vz, out, offset);
    if (this.omegaRadS === 0) return;
    this.apply(posEqjKm, this.scratch, 0);
    // ω along view +y (north): ω × r' = ω (z', 0, −x').
    out[offset] = (out[offset] as number) - this.omegaRadS * (this.scratch[2] as number);
    out[offset + 2] = (out[offset + 2] as number) + this.omegaRadS * (this.scratch[0] as number);
  }

  private readonly scratch = new Float64Array(3);

  private multiply(x: number, y: number, z: number, out: Vec3Out, offset: number): void {
    const m = this.m;
    out[offset] = (m[0] as number) * x + (m[1] as number) * y + (m[2] as number) * z;
    out[offset + 1] = (m[3] as number) * x + (m[4] as number) * y + (m[5] as number) * z;
    out[offset + 2] = (m[6] as number) * x + (m[7] as number) * y + (m[8] as number) * z;
  }
}
