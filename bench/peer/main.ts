/**
 * The bench's peer: a plain, well-made three.js viewer of the same bodies and orbits as the app's overview, drawn
 * the way spacekit.js draws its solar-system view (the peer the issue measured): the Sun with a glow sprite,
 * Mercury to Jupiter, the Moon, Kamoʻoalewa and 311P as small lit spheres on one-pixel orbit lines, a point star
 * field, names as HTML labels, antialiasing on. It plays from the launch date at one month per second, as the
 * app's play test does. It exists only for `npm run bench:browser`, which builds it into a temporary folder.
 *
 * Orbits from osculating or mean elements (heliocentric, ecliptic J2000), propagated two-body:
 * - planets: JPL, "Approximate positions of the planets", Table 1 (1800–2050), https://ssd.jpl.nasa.gov/planets/approx_pos.html
 * - Kamoʻoalewa: JPL Horizons osculating elements at JD 2461082.5 TDB
 * - 311P/PANSTARRS: S. Nakano, elements at 2017-07-26 TT, http://www.oaa.gr.jp/~oaacs/nk/nk2770.htm
 * - the Moon: a circle of 384,400 km about the Earth with the 27.32-day sidereal month (illustrative, in the ecliptic).
 */
import {
  AdditiveBlending, AmbientLight, BufferAttribute, BufferGeometry, CanvasTexture, Color, Line, LineBasicMaterial, LineLoop,
  Mesh, MeshBasicMaterial, MeshLambertMaterial, PerspectiveCamera, PointLight, Points, PointsMaterial, Scene, SphereGeometry,
  Sprite, SpriteMaterial, Vector3, WebGLRenderer,
} from 'three';

const DEG = Math.PI / 180;
const J2000_JD = 2451545.0;
/** 2025-05-28 17:31 UTC, the launch (TDB − UTC = 69.184 s ignored at this scale). */
const START_JD = 2460824.229861;
/** One month (30.436875 days) per second of play. */
const DAYS_PER_SECOND = 30.436875;
/** Gaussian gravitational constant in degrees per day: n = K / a^1.5. */
const K_DEG_PER_DAY = 0.9856076686;
const KM_PER_AU = 149_597_870.7;

interface Elements {
  id: string;
  name: string;
  color: string;
  aAu: number; e: number; iDeg: number; nodeDeg: number; periDeg: number;
  /** Mean anomaly at epochJd, degrees; mean motion, degrees per day. */
  meanAnomalyDeg: number; epochJd: number; meanMotionDegPerDay: number;
}

/** JPL Table 1: a, e, I, L, ϖ, Ω at J2000 and L's rate per century: M = L − ϖ, ω = ϖ − Ω. */
function planet(id: string, name: string, color: string, a: number, e: number, i: number, L: number, varpi: number, node: number, lRatePerCentury: number): Elements {
  return {
    id, name, color, aAu: a, e, iDeg: i, nodeDeg: node, periDeg: varpi - node,
    meanAnomalyDeg: L - varpi, epochJd: J2000_JD, meanMotionDegPerDay: lRatePerCentury / 36525,
  };
}

const BODIES: Elements[] = [
  planet('mercury', 'Mercury', '#9a9590', 0.38709927, 0.20563593, 7.00497902, 252.2503235, 77.45779628, 48.33076593, 149472.67411175),
  planet('venus', 'Venus', '#e6cf9a', 0.72333566, 0.00677672, 3.39467605, 181.9790995, 131.60246718, 76.67984255, 58517.81538729),
  planet('earth', 'Earth', '#4f86f7', 1.00000261, 0.01671123, -0.00001531, 100.46457166, 102.93768193, 0, 35999.37244981),
  planet('mars', 'Mars', '#d2603a', 1.52371034, 0.0933941, 1.84969142, -4.55343205, -23.94362959, 49.55953891, 19140.30268499),
  planet('jupiter', 'Jupiter', '#d9b48a', 5.202887, 0.04838624, 1.30439695, 34.39644051, 14.72847983, 100.47390909, 3034.74612775),
  {
    id: 'kamooalewa', name: 'Kamoʻoalewa', color: '#b08f76', aAu: 1.000695066067779, e: 0.1023574406895593, iDeg: 7.801014560776962,
    nodeDeg: 65.62942426549203, periDeg: 304.4176116492613, meanAnomalyDeg: 127.1078806320839, epochJd: 2461082.5,
    meanMotionDegPerDay: K_DEG_PER_DAY / 1.000695066067779 ** 1.5,
  },
  {
    id: '311p', name: '311P/PANSTARRS', color: '#a6b4c4', aAu: 2.1886932, e: 0.1156469, iDeg: 4.96661, nodeDeg: 279.25823,
    periDeg: 143.98595, meanAnomalyDeg: 0, epochJd: 2457945.14354, meanMotionDegPerDay: 0.30438745,
  },
];

/** Heliocentric ecliptic position, au, written into `out` as three.js coordinates (ecliptic north = +y). */
function positionAt(body: Elements, jd: number, out: Vector3): Vector3 {
  const M = ((body.meanAnomalyDeg + body.meanMotionDegPerDay * (jd - body.epochJd)) % 360) * DEG;
  let E = M + body.e * Math.sin(M);
  for (let k = 0; k < 8; k++) E -= (E - body.e * Math.sin(E) - M) / (1 - body.e * Math.cos(E));
  const xv = body.aAu * (Math.cos(E) - body.e), yv = body.aAu * Math.sqrt(1 - body.e * body.e) * Math.sin(E);
  return fromOrbitPlane(body, xv, yv, out);
}

function fromOrbitPlane(body: Elements, xv: number, yv: number, out: Vector3): Vector3 {
  const w = body.periDeg * DEG, o = body.nodeDeg * DEG, i = body.iDeg * DEG;
  const cw = Math.cos(w), sw = Math.sin(w), co = Math.cos(o), so = Math.sin(o), ci = Math.cos(i), si = Math.sin(i);
  const x = xv * (co * cw - so * sw * ci) - yv * (co * sw + so * cw * ci);
  const y = xv * (so * cw + co * sw * ci) - yv * (so * sw - co * cw * ci);
  const z = xv * (sw * si) + yv * (cw * si);
  return out.set(x, z, -y);
}

function orbitLine(body: Elements, segments = 360): LineLoop {
  const positions = new Float32Array(segments * 3);
  const p = new Vector3();
  for (let k = 0; k < segments; k++) {
    const E = (2 * Math.PI * k) / segments;
    fromOrbitPlane(body, body.aAu * (Math.cos(E) - body.e), body.aAu * Math.sqrt(1 - body.e * body.e) * Math.sin(E), p);
    positions.set([p.x, p.y, p.z], 3 * k);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  return new LineLoop(geometry, new LineBasicMaterial({ color: new Color(body.color).multiplyScalar(0.8), transparent: true, opacity: 0.75 }));
}

function glowTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 128;
  const g = canvas.getContext('2d')!;
  const gradient = g.createRadialGradient(64, 64, 0, 64, 64, 64);
  gradient.addColorStop(0, 'rgba(255, 250, 230, 1)');
  gradient.addColorStop(0.15, 'rgba(255, 220, 150, 0.8)');
  gradient.addColorStop(0.45, 'rgba(255, 170, 60, 0.18)');
  gradient.addColorStop(1, 'rgba(255, 140, 40, 0)');
  g.fillStyle = gradient;
  g.fillRect(0, 0, 128, 128);
  return new CanvasTexture(canvas);
}

function starField(count = 4000): Points {
  const positions = new Float32Array(count * 3);
  const colors = new Float32Array(count * 3);
  let seed = 12345;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let k = 0; k < count; k++) {
    const z = 2 * random() - 1, phi = 2 * Math.PI * random(), r = Math.sqrt(1 - z * z);
    positions.set([800 * r * Math.cos(phi), 800 * z, 800 * r * Math.sin(phi)], 3 * k);
    const shade = 0.35 + 0.65 * random() ** 3;
    colors.set([shade, shade, shade * (0.9 + 0.2 * random())], 3 * k);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('color', new BufferAttribute(colors, 3));
  return new Points(geometry, new PointsMaterial({ size: 1.6, sizeAttenuation: false, vertexColors: true }));
}

const width = window.innerWidth, height = window.innerHeight;
// Antialiasing on, as spacekit.js renders by default; ?antialias=0 turns it off to see what it costs.
const renderer = new WebGLRenderer({ antialias: new URLSearchParams(location.search).get('antialias') !== '0' });
renderer.setPixelRatio(1);
renderer.setSize(width, height);
document.body.appendChild(renderer.domElement);
const scene = new Scene();
const camera = new PerspectiveCamera(45, width / height, 0.001, 2000);
// The app's overview: from ~50° above the ecliptic, the inner system out to 311P's orbit filling the height.
const ELEVATION = 50 * DEG, DISTANCE_AU = 5.6;
camera.position.set(0, DISTANCE_AU * Math.sin(ELEVATION), DISTANCE_AU * Math.cos(ELEVATION));
camera.lookAt(0, 0, 0);

scene.add(new AmbientLight('#ffffff', 0.08), new PointLight('#fff6e8', 3, 0, 0), starField());
const sun = new Mesh(new SphereGeometry(1, 32, 16), new MeshBasicMaterial({ color: '#fff3c4' }));
const glow = new Sprite(new SpriteMaterial({ map: glowTexture(), blending: AdditiveBlending, depthWrite: false, transparent: true }));
scene.add(sun, glow);

const sphere = new SphereGeometry(1, 24, 12);
interface Drawn { body: Elements; mesh: Mesh; label: HTMLDivElement; at: Vector3 }
const makeLabel = (text: string) => {
  const label = document.createElement('div');
  label.className = 'label';
  label.textContent = text;
  document.body.appendChild(label);
  return label;
};
const drawn: Drawn[] = BODIES.map((body) => {
  const mesh = new Mesh(sphere, new MeshLambertMaterial({ color: body.color, emissive: body.color, emissiveIntensity: 0.15 }));
  scene.add(mesh, orbitLine(body));
  return { body, mesh, label: makeLabel(body.name), at: new Vector3() };
});
const moon = new Mesh(sphere, new MeshLambertMaterial({ color: '#bfbab2' }));
const moonOrbit = new Line(new BufferGeometry(), new LineBasicMaterial({ color: '#6f7379' }));
{
  const ring = new Float32Array(65 * 3);
  const r = 384_400 / KM_PER_AU;
  for (let k = 0; k <= 64; k++) ring.set([r * Math.cos((2 * Math.PI * k) / 64), 0, r * Math.sin((2 * Math.PI * k) / 64)], 3 * k);
  moonOrbit.geometry.setAttribute('position', new BufferAttribute(ring, 3));
}
scene.add(moon, moonOrbit);
const moonLabel = makeLabel('Moon');
const sunLabel = makeLabel('Sun');

const projected = new Vector3();
function placeLabel(label: HTMLDivElement, world: Vector3, dxPx = 8): void {
  projected.copy(world).project(camera);
  const x = ((projected.x + 1) / 2) * width + dxPx, y = ((1 - projected.y) / 2) * height - 8;
  label.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
}

/** World units per pixel at `world`'s distance from the camera. */
const unitsPerPx = (world: Vector3) => (2 * Math.tan((camera.fov * DEG) / 2) * camera.position.distanceTo(world)) / height;

const peer = { frames: 0, jd: START_JD };
(window as unknown as { __peer: typeof peer }).__peer = peer;
const earthAt = drawn.find((d) => d.body.id === 'earth')!.at;
let last = performance.now();
let logged = false;
function frame(now: number): void {
  peer.jd += ((now - last) / 1000) * DAYS_PER_SECOND;
  last = now;
  for (const d of drawn) {
    positionAt(d.body, peer.jd, d.at);
    d.mesh.position.copy(d.at);
    d.mesh.scale.setScalar(3.5 * unitsPerPx(d.at));
    placeLabel(d.label, d.at);
  }
  const moonAngle = (2 * Math.PI * (peer.jd - START_JD)) / 27.321661;
  const r = 384_400 / KM_PER_AU;
  moon.position.set(earthAt.x + r * Math.cos(moonAngle), earthAt.y, earthAt.z + r * Math.sin(moonAngle));
  moon.scale.setScalar(2 * unitsPerPx(moon.position));
  moonOrbit.position.copy(earthAt);
  placeLabel(moonLabel, moon.position, -40);
  const sunPx = unitsPerPx(sun.position);
  sun.scale.setScalar(Math.max(696_000 / KM_PER_AU, 6 * sunPx));
  glow.scale.setScalar(150 * sunPx);
  placeLabel(sunLabel, sun.position, 14);
  renderer.render(scene, camera);
  peer.frames++;
  if (!logged) {
    logged = true;
    requestAnimationFrame(() => console.info('peer: loaded'));
  }
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);
