/**
 * A deterministic model of "print on a thermal printer, then scan", applied to an ideal printer
 * bitmap. It exists so tests can show with a real decoder why 1 dot per module at 203 dpi fails while
 * 3 dots per module reads, instead of asserting it. Pure: randomness comes from the seed.
 *
 * What happens to a barcode between the bitmap and the decoder, and how it is modelled:
 * 1. Dot gain. A direct-thermal head darkens paper by heating a row of resistor dots; the heat spreads
 *    past each dot's edge, so every black run prints wider than its nominal dots and every white gap
 *    narrower. Modelled as each black run growing by `dotGainDots` in total (half on each edge).
 * 2. Scanner sampling. The scanner does not see printer dots: its sensor samples the label at its own
 *    pitch (`scannerDpi` pixels per inch on the paper), at an arbitrary phase. Each pixel integrates
 *    the reflectance over its footprint (area sampling).
 * 3. Optics. Lens blur and motion spread each pixel over its neighbours: a Gaussian of `blurPx` pixels.
 * 4. Contrast and noise. Thermal black is not perfectly black nor label stock perfectly white
 *    (`blackLevel`, `whiteLevel`), and the sensor adds noise (`noise`, a fraction of full scale).
 *
 * The model is one-dimensional across the bars (a linear barcode's bars are vertical, so vertical
 * spread changes nothing a scan line sees): rows are resampled vertically by nearest row, and each
 * output row gets its own noise, as successive scan lines of a real scanner do.
 */
import type { LabelBitmap } from './label-bitmap';

export interface ThermalPrintModel {
  /** Resolution of the input bitmap (the printer), dots per inch. */
  dpi: number;
  /** Total widening of each black run, in printer dots (half per edge). 0 = ideal print. */
  dotGainDots: number;
  /** Scanner sampling pitch on the label, pixels per inch. */
  scannerDpi: number;
  /** Standard deviation of additive sensor noise as a fraction of full scale (0.05 = ±13 grey levels). */
  noise: number;
  /** Seed of the deterministic noise and sampling phase. */
  seed: number;
  /** Optical blur, Gaussian sigma in scanner pixels. Default 0.5. */
  blurPx?: number;
  /** Grey level of printed black, 0–255. Default 30. */
  blackLevel?: number;
  /** Grey level of bare label stock, 0–255. Default 225. */
  whiteLevel?: number;
}

/**
 * The parameters tests and the test-label page use as "a realistic print and scan" (plus `dpi` and
 * `seed`). These are modelling assumptions, stated with their reasoning, not carrier specifications:
 * - `scannerDpi: 200` — the reading device sees the whole barcode at once: a handheld imager with a
 *   sensor of ~640–750 pixels framing a ~90 mm barcode samples ~7–8 px/mm (≈ 180–210 ppi); a
 *   conveyor line camera spreading ~4000 pixels over a ~600 mm belt samples ~6.7 px/mm (≈ 170 ppi).
 * - `dotGainDots: 0.3` — a black run prints about a third of a dot wider than nominal; darkness
 *   settings move this either way.
 * - `blurPx: 0.5`, `noise: 0.03` (σ ≈ 8 grey levels), black 30 / white 225 — a focused, decently
 *   lit, slightly noisy capture.
 * tests/lib/label/verify-scan.test.ts sweeps dot gain 0–0.5, scanner 180–250 ppi, noise 0.02–0.04 and
 * blur 0.3–0.8, so no conclusion hangs on one exact value. The model also shows where the
 * conclusion would change: with no dot gain and a scanner sampling ≥ 400 ppi (close-range, high-
 * resolution), 1-dot modules start to read on some lines — which is why they are fragile, not illegal.
 */
export const REALISTIC_SCAN = {
  dotGainDots: 0.3,
  scannerDpi: 200,
  noise: 0.03,
  blurPx: 0.5,
  blackLevel: 30,
  whiteLevel: 225,
} as const;

/** mulberry32: a small, well-mixed 32-bit PRNG; deterministic for a seed. Returns [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal deviates (Box–Muller) from a uniform source. */
function drawGaussian(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * 4096 standard normal deviates drawn once from a fixed seed. Per-pixel noise picks from this table
 * with the caller's seeded generator: one cheap draw per pixel instead of a logarithm and a cosine,
 * which keeps a full 4×6 in label capture to a few milliseconds.
 */
const NORMAL_TABLE_BITS = 12;
const NORMAL_TABLE = (() => {
  const random = createRandom(0x5eed);
  return Float64Array.from({ length: 1 << NORMAL_TABLE_BITS }, () => drawGaussian(random));
})();

/** Black runs of one bitmap row as [start, end) in dots, each widened by `gain`, overlaps merged. */
function findPrintedRuns(data: Uint8Array, offset: number, width: number, gain: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let x = 0;
  while (x < width) {
    if (data[offset + x]! >= 128) {
      x++;
      continue;
    }
    const start = x;
    while (x < width && data[offset + x]! < 128) x++;
    const a = start - gain / 2;
    const b = x + gain / 2;
    const last = runs.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else runs.push([a, b]);
  }
  return runs;
}

/** Fraction of each scanner pixel covered by printed black (exact area sampling). */
function sampleCoverage(
  runs: Array<[number, number]>,
  outWidth: number,
  dotsPerPixel: number,
  phase: number,
): Float64Array {
  const coverage = new Float64Array(outWidth);
  for (const [a, b] of runs) {
    const from = a / dotsPerPixel - phase;
    const to = b / dotsPerPixel - phase;
    const first = Math.max(0, Math.floor(from));
    const last = Math.min(outWidth - 1, Math.ceil(to) - 1);
    for (let i = first; i <= last; i++) coverage[i]! += Math.min(to, i + 1) - Math.max(from, i);
  }
  return coverage;
}

function blurProfile(profile: Float64Array, sigma: number): Float64Array {
  if (sigma <= 0) return profile;
  const radius = Math.ceil(3 * sigma);
  const kernel: number[] = [];
  let total = 0;
  for (let k = -radius; k <= radius; k++) {
    const w = Math.exp(-(k * k) / (2 * sigma * sigma));
    kernel.push(w);
    total += w;
  }
  const out = new Float64Array(profile.length);
  for (let i = 0; i < profile.length; i++) {
    let sum = 0;
    for (let k = -radius; k <= radius; k++) {
      const j = i + k;
      // Beyond the bitmap is label stock: coverage 0.
      if (j >= 0 && j < profile.length) sum += kernel[k + radius]! * profile[j]!;
    }
    out[i] = sum / total;
  }
  return out;
}

function isSameRow(data: Uint8Array, a: number, b: number, width: number): boolean {
  for (let x = 0; x < width; x++) if (data[a + x] !== data[b + x]) return false;
  return true;
}

/**
 * Degrades an ideal printer bitmap (0 = black, 255 = white, at `model.dpi`) into what a scanner
 * captures at `model.scannerDpi`. Throws RangeError on an unusable model (verifyScan reports it instead). Example: a 561 × 152 bitmap at 203 dpi scanned at 200 ppi becomes
 * 553 × 150 pixels with softened, widened bars and noise. Deterministic for a given seed.
 */
export function simulateThermalPrint(bitmap: LabelBitmap, model: ThermalPrintModel): LabelBitmap {
  const isPositive = (v: number) => Number.isFinite(v) && v > 0;
  if (!isPositive(model.dpi) || !isPositive(model.scannerDpi) || !(model.dotGainDots >= 0) || !(model.noise >= 0)) {
    // A test or UI configuration error, not seller data: verifyScan checks the model before calling.
    throw new RangeError('simulateThermalPrint: dpi and scannerDpi must be > 0, dotGainDots and noise ≥ 0');
  }
  const blurPx = model.blurPx ?? REALISTIC_SCAN.blurPx;
  const black = model.blackLevel ?? REALISTIC_SCAN.blackLevel;
  const white = model.whiteLevel ?? REALISTIC_SCAN.whiteLevel;
  const dotsPerPixel = model.dpi / model.scannerDpi;
  const outWidth = Math.max(1, Math.round(bitmap.width / dotsPerPixel));
  const outHeight = Math.max(1, Math.round(bitmap.height / dotsPerPixel));
  const random = createRandom(model.seed);
  // Where the sensor's pixel grid falls relative to the printer's dot grid is chance.
  const phase = random();
  const noiseLevels = model.noise * 255;
  const shift = 32 - NORMAL_TABLE_BITS;

  const data = new Uint8Array(outWidth * outHeight);
  let cachedRow = -1;
  // Grey level of each pixel of the current scan row before noise (rows of a 1-D barcode repeat).
  const base = new Float64Array(outWidth);
  for (let y = 0; y < outHeight; y++) {
    const sourceRow = Math.min(bitmap.height - 1, Math.floor((y + 0.5) * dotsPerPixel));
    const offset = sourceRow * bitmap.width;
    if (
      cachedRow < 0 ||
      (cachedRow !== sourceRow && !isSameRow(bitmap.data, cachedRow * bitmap.width, offset, bitmap.width))
    ) {
      const runs = findPrintedRuns(bitmap.data, offset, bitmap.width, model.dotGainDots);
      const profile = blurProfile(sampleCoverage(runs, outWidth, dotsPerPixel, phase), blurPx);
      for (let x = 0; x < outWidth; x++) base[x] = white - Math.min(1, profile[x]!) * (white - black);
      cachedRow = sourceRow;
    }
    const rowOffset = y * outWidth;
    for (let x = 0; x < outWidth; x++) {
      const noise = noiseLevels > 0 ? NORMAL_TABLE[(random() * 4294967296) >>> shift]! * noiseLevels : 0;
      const level = base[x]! + noise;
      data[rowOffset + x] = level <= 0 ? 0 : level >= 255 ? 255 : (level + 0.5) | 0;
    }
  }
  return { width: outWidth, height: outHeight, data };
}
