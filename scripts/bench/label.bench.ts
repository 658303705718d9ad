// Label render + scan-verify cost per label (issue 4, part 5). Target: < 30 ms per render-and-verify.
// Each case: render with bwip-js at printer resolution, then decode with ZXing (15 scan lines);
// the "print model" rows also run the thermal print-and-scan model before decoding.
// Wall-clock mean and p95 are what a user waits; CPU time per label (process.cpuUsage) is reported
// too because the machine running the bench is often shared, which inflates wall time.
import {
  printCheck,
  REALISTIC_SCAN,
  renderLabelBarcode,
  verifyScan,
  type RenderLabelBarcodeOptions,
} from '@/lib/label';

interface Row {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const LABELS = 200;
const WARMUP = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function measure(name: string, text: string, options: RenderLabelBarcodeOptions, withPrintModel: boolean): Row[] {
  const times: number[] = [];
  let failures = 0;
  let cpu = process.cpuUsage();
  for (let i = 0; i < WARMUP + LABELS; i++) {
    if (i === WARMUP) cpu = process.cpuUsage();
    const start = performance.now();
    const bitmap = renderLabelBarcode(text, options);
    if (bitmap.kind !== 'bitmap') throw new Error(`render failed for ${text}`);
    const result = verifyScan(bitmap, {
      expected: text,
      ...(withPrintModel ? { printModel: { ...REALISTIC_SCAN, dpi: options.dpi, seed: i + 1 } } : {}),
    });
    const elapsed = performance.now() - start;
    if (!result.matches) failures++;
    if (i >= WARMUP) times.push(elapsed);
  }
  const cpuUsed = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const note = `${LABELS} labels, ${failures} failed to verify`;
  return [
    { name: `${name} mean`, value: mean, unit: 'ms/label', note },
    { name: `${name} p95`, value: percentile(times, 95), unit: 'ms/label', note },
    { name: `${name} CPU mean`, value: (cpuUsed.user + cpuUsed.system) / 1000 / LABELS, unit: 'ms/label' },
  ];
}

export async function run(): Promise<Row[]> {
  const impb = '9400111206206406260787';
  const ups = '1Z5R89390357567127';
  const rows = [
    ...measure('render+verify IMpb 22, 203 dpi × 3 dots', impb, { dpi: 203, dotsPerModule: 3 }, false),
    ...measure('render+verify UPS 1Z, 300 dpi (auto dots)', ups, { dpi: 300 }, false),
    ...measure('render+print model+verify IMpb 22, 203 dpi × 3 dots', impb, { dpi: 203, dotsPerModule: 3 }, true),
    ...measure('render+print model+verify UPS 1Z, 300 dpi (auto dots)', ups, { dpi: 300 }, true),
  ];
  const checks = 20_000;
  const start = performance.now();
  for (let i = 0; i < checks; i++) printCheck({ text: i % 2 ? impb : ups, dpi: 203, labelWidthMm: 101.6 });
  rows.push({ name: 'printCheck throughput', value: (checks / (performance.now() - start)) * 1000, unit: 'checks/s' });
  return rows;
}
