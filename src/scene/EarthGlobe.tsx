/**
 * The Earth with its Blue Marble surface and night-side city lights, turned to the sidereal time. The images
 * load after the first frame; until then, or if they never arrive, the globe is the plain blue of the other
 * planets' style.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import {
  Color, DataTexture, MathUtils, Matrix4, MeshLambertMaterial, SRGBColorSpace, TextureLoader, Vector3,
  type BufferGeometry, type Mesh, type Texture, type WebGLRenderer,
} from 'three';
import earthMapUrl from '../../assets/textures/earth-blue-marble-2048.jpg';
import earthNightUrl from '../../assets/textures/earth-night-lights-2048.jpg';
import { atmosphereMaterial, ATMOSPHERE_SHELL } from './atmosphere-material.ts';
import { BODY_LOOK_BY_ID } from './body-catalog.ts';
import { earthGlobeRotation } from './earth-orientation.ts';
import { withNightLights } from './night-lights.ts';
import { setRelative, useSceneRuntime } from './scene-runtime.ts';

const LOOK = new Color(BODY_LOOK_BY_ID.earth.color);
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
const sunScratch = new Vector3(), earthScratch = new Vector3();

function pixel(value: number): DataTexture {
  const texture = new DataTexture(new Uint8Array([value, value, value, 255]), 1, 1);
  texture.colorSpace = SRGBColorSpace;
  texture.needsUpdate = true;
  return texture;
}

/** Starts loading a map; `onLoad` runs only if it arrives. A failed load is silent: the placeholder stays. */
function loadMap(url: string, gl: WebGLRenderer, onLoad: (texture: Texture) => void): Texture {
  const texture = new TextureLoader().load(url, onLoad, undefined, () => {});
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = Math.min(4, gl.capabilities.getMaxAnisotropy());
  return texture;
}

export function EarthGlobe({ geometry }: { geometry: BufferGeometry }) {
  const runtime = useSceneRuntime();
  const { gl, invalidate } = useThree();
  const meshRef = useRef<Mesh>(null);
  const shellRef = useRef<Mesh>(null);
  const state = useMemo(() => {
    // Every map is there from the start (placeholder pixels), so an image's arrival swaps a uniform, not the shader.
    const white = pixel(255), black = pixel(0);
    const material = new MeshLambertMaterial({ map: white, emissiveMap: white });
    const night = withNightLights(material, black);
    const atmosphere = atmosphereMaterial();
    return { material, night, white, black, atmosphere, dotTint: LOOK.clone(), globeTint: LOOK.clone(), rotation: new Matrix4() };
  }, []);

  useEffect(() => {
    let disposed = false;
    const { material, night } = state;
    const day = loadMap(earthMapUrl, gl, (texture) => {
      if (disposed) return;
      material.map = texture;
      material.emissiveMap = texture;
      state.dotTint.setRGB(LOOK.r / MAP_MEAN.r, LOOK.g / MAP_MEAN.g, LOOK.b / MAP_MEAN.b);
      state.globeTint.copy(WHITE);
      invalidate();
    });
    const lights = loadMap(earthNightUrl, gl, (texture) => {
      if (disposed) return;
      night.nightMap.value = texture;
      invalidate();
    });
    return () => {
      disposed = true;
      for (const disposable of [day, lights, state.white, state.black, material, state.atmosphere]) disposable.dispose();
    };
  }, [state, gl, invalidate]);

  useFrame(({ camera }) => {
    const mesh = meshRef.current;
    const shell = shellRef.current;
    if (!mesh || !shell) return;
    mesh.quaternion.setFromRotationMatrix(earthGlobeRotation(runtime.bodies.frame, runtime.tdbSec, state.rotation));
    const t = MathUtils.smoothstep(runtime.drawnRadiusPx.earth, DOT_PX, GLOBE_PX);
    state.material.color.lerpColors(state.dotTint, state.globeTint, t);
    state.material.emissive.copy(state.material.color);
    state.material.emissiveIntensity = MathUtils.lerp(DOT_SELF_LIGHT, GLOBE_SELF_LIGHT, t);
    // City lights belong with the photograph, not on the plain fallback globe.
    state.night.nightStrength.value = state.material.map === state.white ? 0 : NIGHT_LIGHTS_STRENGTH * t;
    shell.visible = t > 0;
    if (!shell.visible) return;
    state.atmosphere.uniforms.strength!.value = ATMOSPHERE_STRENGTH * t;
    setRelative(sunScratch, runtime.bodies.posKm.sun, runtime.originKm);
    mesh.getWorldPosition(earthScratch);
    const sunDirView = state.night.sunDirView.value;
    sunDirView.subVectors(sunScratch, earthScratch).transformDirection(camera.matrixWorldInverse);
    (state.atmosphere.uniforms.sunDirection!.value as Vector3).copy(sunDirView);
  });

  return (
    <>
      <mesh ref={meshRef} geometry={geometry} material={state.material} />
      <mesh ref={shellRef} geometry={geometry} material={state.atmosphere} scale={ATMOSPHERE_SHELL} raycast={() => {}} />
    </>
  );
}
