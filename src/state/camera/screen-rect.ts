/** A rectangle of the view, in its CSS pixels from the top left. */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
