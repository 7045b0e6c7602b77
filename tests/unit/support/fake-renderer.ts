import { Color, Vector2, type WebGLRenderer } from 'three';

/** Just enough of a WebGLRenderer for sizeTarget: a drawing buffer that takes whatever size is asked. */
export function fakeRenderer(width: number, height: number) {
  const size = new Vector2(width, height);
  const context = { drawingBufferWidth: width, drawingBufferHeight: height };
  let pixelRatio = 1;
  return {
    getPixelRatio: () => pixelRatio,
    setPixelRatio: (r: number) => { pixelRatio = r; },
    getSize: (target: Vector2) => target.copy(size),
    setSize: (w: number, h: number) => { size.set(w, h); context.drawingBufferWidth = w * pixelRatio; context.drawingBufferHeight = h * pixelRatio; },
    getClearColor: (target: Color) => target.set('#000000'),
    getClearAlpha: () => 1,
    setClearColor: () => {},
    getContext: () => context,
  } as unknown as WebGLRenderer;
}
