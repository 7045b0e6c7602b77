/** How the camera looks: orbiting a focus (or the overview), or from the probe's arm camera back at the Earth or at its target. */
export const CAMERA_MODES = ['orbit', 'probe-back-to-earth', 'probe-to-target'] as const;
export type CameraMode = (typeof CAMERA_MODES)[number];
