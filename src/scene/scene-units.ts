/** One scene unit is a million km: 1 au ≈ 150 units, and every Object3D position is relative to the focus origin. */
export const KM_PER_UNIT = 1e6;
