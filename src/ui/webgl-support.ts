/** True when the browser can create a WebGL 2 context (three.js r187 needs it). */
export function hasWebGl2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
