/**
 * The house's layering, read from the source's own imports: core ← worker/state ← scene ← export ← ui ← app
 * (pwa, the service worker's registration, imports nothing of ours).
 * Core imports no DOM, three, React or state; the scene never imports export, ui or app; no file imports itself
 * back through others; body ids are defined once (src/core/bodies.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_IDS } from '../../src/core/bodies.ts';

const SRC = 'src';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

interface Import { from: string; specifier: string; typeOnly: boolean }

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[3] ?? match[4];
    if (specifier) found.push({ from: file, specifier, typeOnly: match[2] !== undefined });
  }
  return found;
}

/** The src-relative path an import resolves to, or the package name for a bare import. */
function target(imp: Import): { file?: string; pkg?: string } {
  if (!imp.specifier.startsWith('.')) return { pkg: imp.specifier };
  return { file: normalize(join(dirname(imp.from), imp.specifier)) };
}

const layerOf = (file: string): string => relative(SRC, file).split('/')[0]!.replace(/\.tsx?$/, '');

const files = sourceFiles(SRC);
const imports = files.flatMap(importsOf);

/** Which layers each layer may import (itself always). */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  worker: ['core'],
  /** The service worker's registration: a browser platform adapter, like the propagation worker. */
  pwa: [],
  state: ['core'],
  scene: ['core', 'state'],
  export: ['core', 'state', 'scene'],
  ui: ['core', 'state', 'export', 'worker', 'pwa'],
  app: ['core', 'state', 'scene', 'export', 'ui', 'worker', 'pwa'],
  main: ['app', 'scene', 'ui', 'worker', 'pwa'],
};

describe('layers point down', () => {
  it('every import of a file under src/ goes to its own layer or one below it', () => {
    const wrong = imports.flatMap((imp) => {
      const to = target(imp).file;
      if (!to || !to.startsWith(`${SRC}/`)) return [];
      const [fromLayer, toLayer] = [layerOf(imp.from), layerOf(to)];
      return fromLayer === toLayer || ALLOWED[fromLayer]?.includes(toLayer) ? [] : [`${imp.from} → ${to}`];
    });
    expect(wrong).toEqual([]);
  });

  it('the layers above the scene reach it only through its port (src/scene/scene-port.ts)', () => {
    const wrong = imports.flatMap((imp) => {
      const to = target(imp).file;
      if (!to?.startsWith(`${SRC}/scene/`)) return [];
      const fromLayer = layerOf(imp.from);
      if (fromLayer === 'scene' || fromLayer === 'main') return [];
      // The app also mounts the scene's canvas (its SceneLoader imports it lazily).
      const ok = to.endsWith('scene-port.ts') || (fromLayer === 'app' && to.endsWith('SceneCanvas.tsx'));
      return ok ? [] : [`${imp.from} → ${to}`];
    });
    expect(wrong).toEqual([]);
  });

  it('core imports only astronomy-engine, odex (the probe\'s ODE integrator) and itself: no DOM library, three, React, zustand or other layer', () => {
    const packages = imports.filter((imp) => layerOf(imp.from) === 'core').flatMap((imp) => target(imp).pkg ?? []);
    expect([...new Set(packages)].filter((pkg) => pkg !== 'astronomy-engine' && pkg !== 'odex')).toEqual([]);
  });

  it('state imports no three, React or R3F (zustand is its store)', () => {
    const packages = imports.filter((imp) => layerOf(imp.from) === 'state').flatMap((imp) => target(imp).pkg ?? []);
    expect([...new Set(packages)].filter((pkg) => !pkg.startsWith('zustand'))).toEqual([]);
  });

  it('no file imports itself back through others (no cycles)', () => {
    const graph = new Map<string, string[]>();
    for (const imp of imports) {
      const to = target(imp).file;
      if (to && !imp.typeOnly) graph.set(imp.from, [...(graph.get(imp.from) ?? []), to]);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('one definition of body ids', () => {
  const id = `['"](?:${BODY_IDS.join('|')})['"]`;
  /** An array literal or a union type made of three or more body ids: a second list of them. */
  const LIST = new RegExp(`\\[\\s*(?:${id}\\s*,\\s*){2,}${id}\\s*,?\\s*\\]|(?:${id}\\s*\\|\\s*){2,}${id}`, 'g');

  it('no file but the catalogue lists body ids (an array or a union of three or more)', () => {
    const offenders = files.filter((file) => !file.endsWith('core/bodies.ts'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(LIST)].map((match) => `${file}: ${match[0]}`));
    expect(offenders).toEqual([]);
  });

  it('the check finds such a list (it can fail)', () => {
    expect("const X = ['probe', 'kamooalewa', '311p'];".match(LIST)).not.toBeNull();
    expect("type T = 'sun' | 'earth' | 'moon';".match(LIST)).not.toBeNull();
    expect("const Y = { probe: 1, earth: 2, moon: 3 };".match(LIST)).toBeNull();
  });
});
