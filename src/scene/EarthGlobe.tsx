/**
 * The Earth with its Blue Marble surface and night-side city lights, turned to the sidereal time. The images
 * load the first time the Earth is drawn larger than a dot (a dot shows the map's mean colour, which the plain
 * tint already gives), decoded off the main thread; until then, or if they never arrive, the globe is the plain
 * blue of the other planets' style. Measured before: decoding and uploading both maps during the overview's
 * first seconds was one 390 ms main-thread task, in the middle of play if the user had pressed it.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import {
  BackSide, Color, DataTexture, FrontSide, ImageBitmapLoader, MathUtils, Matrix4, MeshLambertMaterial, SRGBColorSpace, Texture, Vector3,
  type Mesh, type WebGLRenderer,
} from 'three';
import earthMapUrl from '../../assets/textures/earth-blue-marble-2048.jpg';
import earthNightUrl from '../../assets/textures/earth-night-lights-2048.jpg';
import { atmosphereMaterial, ATMOSPHERE_SHELL } from './atmosphere-material.ts';
import { BODY_BY_ID } from '../core/bodies.ts';
import { earthGlobeRotation } from './earth-orientation.ts';
import { withNightLights } from './night-lights.ts';
import type { FrameContext } from './frame-context.ts';
import { useFramePhase } from './frame-pipeline.ts';
import { setRelative } from './scene-runtime.ts';
import { DEFAULT_SPHERE, sphereForRadiusPx } from './sphere-detail.ts';

const LOOK = new Color(BODY_BY_ID.earth.color);
/**
 * Mean linear colour of the Blue Marble map (ImageMagick: -colorspace RGB, resized to one pixel); dividing the look
 * colour by it makes a small disc average the look colour.
 */
const MAP_MEAN = new Color(0.13, 0.134, 0.153);
const WHITE = new Color(1, 1, 1);
/** Drawn radius, pixels, below which the globe is the old blue dot and above which it is the plain photograph. */
const DOT_PX = 5, GLOBE_PX = 40;
/** Self-light of the night side: enough that the dot never vanishes, faint once the terminator can be seen. */
const DOT_SELF_LIGHT = 0.22, GLOBE_SELF_LIGHT = 0.03;
const ATMOSPHERE_STRENGTH = 0.8;
const NIGHT_LIGHTS_STRENGTH = 1.2;
const sunScratch = new Vector3(), earthScratch = new Vector3(), scaleScratch = new Vector3();

function pixel(value: number): DataTexture {
  const texture = new DataTexture(new Uint8Array([value, value, value, 255]), 1, 1);
  texture.colorSpace = SRGBColorSpace;
  texture.needsUpdate = true;
  return texture;
}

/**
 * Loads a map as an ImageBitmap (decoded off the main thread, flipped there: WebGL cannot flip a bitmap on
 * upload). `onLoad` runs only if it arrives; a failed load is silent, the placeholder stays.
 */
function loadMap(url: string, gl: WebGLRenderer, onLoad: (texture: Texture) => void): { dispose(): void } {
  let texture: Texture | null = null;
  let disposed = false;
  new ImageBitmapLoader().setOptions({ imageOrientation: 'flipY' }).load(url, (bitmap) => {
    if (disposed) { bitmap.close(); return; }
    texture = new Texture(bitmap);
    texture.flipY = false;
    texture.colorSpace = SRGBColorSpace;
    texture.anisotropy = Math.min(4, gl.capabilities.getMaxAnisotropy());
    texture.needsUpdate = true;
    onLoad(texture);
  }, undefined, () => {});
  return {
    dispose: () => {
      disposed = true;
      texture?.dispose();
      (texture?.image as ImageBitmap | undefined)?.close();
    },
  };
}

export function EarthGlobe() {
  const { gl, invalidate } = useThree();
  const meshRef = useRef<Mesh>(null);
  const shellRef = useRef<Mesh>(null);
  const state = useMemo(() => {
    // Every map is there from the start (placeholder pixels), so an image's arrival swaps a uniform, not the shader.
    const white = pixel(255), black = pixel(0);
    const material = new MeshLambertMaterial({ map: white, emissiveMap: white });
    const night = withNightLights(material, black);
    const atmosphere = atmosphereMaterial();
    // The view frame's rotation at the time drawn (co-rotating, it turns with the Earth's orbit).
    const holder = { frame: null as FrameContext | null };
    const viewRotation = {
      rotate: (dirIcrf: readonly number[], out: number[]) => {
        const f = holder.frame;
        if (f) f.bodies.ephemeris.rotateDirection(f.frame, f.tdbSec, dirIcrf, out);
      },
    };
    return Object.assign(holder, { material, night, white, black, atmosphere, dotTint: LOOK.clone(), globeTint: LOOK.clone(), rotation: new Matrix4(), viewRotation });
  }, []);

  const maps = useRef<{ dispose(): void }[] | null>(null);
  const loadMaps = () => {
    const { material, night } = state;
    maps.current = [
      loadMap(earthMapUrl, gl, (texture) => {
        material.map = texture;
        material.emissiveMap = texture;
        state.dotTint.setRGB(LOOK.r / MAP_MEAN.r, LOOK.g / MAP_MEAN.g, LOOK.b / MAP_MEAN.b);
        state.globeTint.copy(WHITE);
        invalidate();
      }),
      loadMap(earthNightUrl, gl, (texture) => {
        night.nightMap.value = texture;
        invalidate();
      }),
    ];
  };
  useEffect(() => () => {
    for (const map of maps.current ?? []) map.dispose();
    for (const disposable of [state.white, state.black, state.material, state.atmosphere]) disposable.dispose();
  }, [state]);

  useFramePhase('objects', (frame) => {
    const mesh = meshRef.current;
    const shell = shellRef.current;
    if (!mesh || !shell) return;
    state.frame = frame;
    mesh.geometry = shell.geometry = sphereForRadiusPx(frame.drawnRadiusPx.earth * ATMOSPHERE_SHELL);
    mesh.quaternion.setFromRotationMatrix(earthGlobeRotation(state.viewRotation, frame.tdbSec, state.rotation));
    if (!maps.current && frame.drawnRadiusPx.earth > DOT_PX) loadMaps();
    const t = MathUtils.smoothstep(frame.drawnRadiusPx.earth, DOT_PX, GLOBE_PX);
    state.material.color.lerpColors(state.dotTint, state.globeTint, t);
    state.material.emissive.copy(state.material.color);
    state.material.emissiveIntensity = MathUtils.lerp(DOT_SELF_LIGHT, GLOBE_SELF_LIGHT, t);
    // City lights belong with the photograph, not on the plain fallback globe.
    state.night.nightStrength.value = state.material.map === state.white ? 0 : NIGHT_LIGHTS_STRENGTH * t;
    shell.visible = t > 0;
    if (!shell.visible) return;
    state.atmosphere.uniforms.strength!.value = ATMOSPHERE_STRENGTH * t;
    setRelative(sunScratch, frame.bodies.posKm.sun, frame.originKm);
    mesh.getWorldPosition(earthScratch);
    const sunDirView = state.night.sunDirView.value;
    sunDirView.subVectors(sunScratch, earthScratch).transformDirection(frame.view.matrixWorldInverse);
    (state.atmosphere.uniforms.sunDirection!.value as Vector3).copy(sunDirView);
    // From inside the haze (the capsule's entry at 120 km) the shell's front faces are behind the camera: draw its
    // far side, or the limb loses its air. (A second program, compiled the first time a camera goes that low.)
    mesh.getWorldScale(scaleScratch);
    const inside = frame.view.position.distanceTo(earthScratch) < ATMOSPHERE_SHELL * scaleScratch.x;
    const side = inside ? BackSide : FrontSide;
    if (state.atmosphere.side !== side) state.atmosphere.side = side;
  });

  return (
    <>
      <mesh ref={meshRef} geometry={DEFAULT_SPHERE} material={state.material} />
      <mesh ref={shellRef} geometry={DEFAULT_SPHERE} material={state.atmosphere} scale={ATMOSPHERE_SHELL} raycast={() => {}} />
    </>
  );
}
