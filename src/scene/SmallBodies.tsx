/**
 * Kamoʻoalewa and 311P/PANSTARRS's nucleus as rocks at their catalogue sizes (true scale up close, a few pixels at
 * least when bodies are drawn larger than life), lit by the Sun, spinning; and 311P's dust tails (CometTails).
 */
import { useEffect, useMemo, useRef } from 'react';
import { MeshLambertMaterial, type BufferGeometry, type Mesh } from 'three';
import type { BodyId } from '../core/bodies.ts';
import { BodyMarker } from './BodyMarker.tsx';
import { CometTails } from './CometTails.tsx';
import { useFramePhase } from './frame-pipeline.ts';
import { FINE_ROCK, rockGeometry } from './rock-geometry.ts';
import { COMET_311P_SPIN_SEC, KAMOOALEWA_SPIN_SEC } from './small-body-spin.ts';

/** Above this drawn radius, px, a rock shows its craters (the fine geometry, built the first time it is needed). */
const FINE_ROCK_ABOVE_PX = 24;

interface RockLook {
  seed: number;
  elongation: number;
  lobes: number;
  color: string;
  emissive: string;
}

/**
 * Shapes are illustrative (no shape model of either is published). Kamoʻoalewa: elongated 1.35 : 1 : 0.9, its
 * longest axis the catalogue's 70 m (inside the published 40–100 m diameter), reddish like the lunar rock its
 * spectrum resembles. 311P: a rounder dark nucleus, its longest radius the catalogue's 190 m (190 ± 30 m,
 * Jewitt et al. 2018, AJ 155, 231; a binary companion, possible there, is not drawn).
 */
const LOOKS: Record<'kamooalewa' | '311p', RockLook> = {
  kamooalewa: { seed: 20_160_427, elongation: 1.35, lobes: 7, color: '#a38b72', emissive: '#3a3028' },
  '311p': { seed: 311, elongation: 1.15, lobes: 5, color: '#8e98a3', emissive: '#2a3340' },
};

function Rock({ id, spinPeriodSec }: { id: 'kamooalewa' | '311p'; spinPeriodSec: number }) {
  const look = LOOKS[id];
  const coarse = useMemo(() => ({
    geometry: rockGeometry(look.seed, look.elongation, look.lobes),
    material: new MeshLambertMaterial({ color: look.color, emissive: look.emissive, emissiveIntensity: 0.5 }),
  }), [look]);
  const fine = useRef<{ geometry: BufferGeometry; material: MeshLambertMaterial } | null>(null);
  const mesh = useRef<Mesh>(null);
  useEffect(() => () => {
    coarse.geometry.dispose();
    coarse.material.dispose();
    fine.current?.geometry.dispose();
    fine.current?.material.dispose();
    fine.current = null;
  }, [coarse]);
  useFramePhase('objects', (frame) => {
    if (!mesh.current) return;
    const close = frame.drawnRadiusPx[id as BodyId] > FINE_ROCK_ABOVE_PX * frame.pixelScale;
    if (close && !fine.current) {
      fine.current = {
        geometry: rockGeometry(look.seed, look.elongation, look.lobes, FINE_ROCK),
        // Up close the Sun does the lighting: a fainter self-light than the dot's, enough that the night side is a
        // dim rock rather than a hole in the stars, faint enough that the terminator and the spin read.
        material: new MeshLambertMaterial({ color: look.color, emissive: look.emissive, emissiveIntensity: 0.3 }),
      };
    }
    const drawn = close && fine.current ? fine.current : coarse;
    mesh.current.geometry = drawn.geometry;
    mesh.current.material = drawn.material;
  });
  return (
    <BodyMarker id={id} spinPeriodSec={spinPeriodSec}>
      <mesh ref={mesh} geometry={coarse.geometry} material={coarse.material} />
    </BodyMarker>
  );
}

export function SmallBodies() {
  return (
    <>
      <Rock id="kamooalewa" spinPeriodSec={KAMOOALEWA_SPIN_SEC} />
      <Rock id="311p" spinPeriodSec={COMET_311P_SPIN_SEC} />
      <CometTails />
    </>
  );
}
