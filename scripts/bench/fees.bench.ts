/**
 * Throughput of `quoteAll` over every carrier of the default pack, in Node.
 * Target (issue 5): ≥ 100,000 quotes per second. Reports both quoteAll calls/s and the per-carrier
 * evaluations/s they contain, on a mix of parcels (with/without dimensions, remote and plain ZIPs,
 * estimate months, priority and rebate) so no single branch is measured alone.
 */
import { quoteAll, type Parcel, type QuoteContext } from '@/lib/fees';
import { defaultRulePack } from '@/lib/rules';

function buildCases(): Array<{ parcel: Parcel; context: QuoteContext }> {
  const zips = ['99501', '10001', '96813', '00601', '90210', '09012'];
  const dates = ['2024-08-15', '2024-09-03', '2025-01-20'];
  const cases: Array<{ parcel: Parcel; context: QuoteContext }> = [];
  for (let i = 0; i < 240; i++) {
    const weightGrams = 50 + ((i * 37) % 480);
    const parcel: Parcel = {
      weightGrams,
      destination: { country: 'US', postcode: zips[i % zips.length]! },
      ...(i % 3 === 0 ? { dimensionsMm: { length: 200 + (i % 200), width: 150, height: 100 + (i % 90) } } : {}),
    };
    cases.push({
      parcel,
      context: { market: 'US', date: dates[i % dates.length]!, priority: i % 4 === 0, monthlyParcels: (i % 5) * 4000 },
    });
  }
  return cases;
}

export async function run(): Promise<Array<{ name: string; value: number; unit: string; note?: string }>> {
  const cases = buildCases();
  const carriers = defaultRulePack.carriers.length;
  let sink = 0;
  // Warm-up: JIT and the per-pack index (built once per pack object).
  for (let i = 0; i < 20_000; i++)
    sink += quoteAll(cases[i % cases.length]!.parcel, cases[i % cases.length]!.context, defaultRulePack).eligible
      .length;

  // The machine is shared: report throughput per CPU-second of this process (robust to other load)
  // next to wall-clock throughput.
  const iterations = 200_000;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) {
    const c = cases[i % cases.length]!;
    sink += quoteAll(c.parcel, c.context, defaultRulePack).eligible.length;
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (sink < 0) console.log(sink);
  return [
    {
      name: 'fees.quoteAll calls per CPU-second',
      value: Math.round(iterations / cpuSeconds),
      unit: 'calls/s',
      note: `${carriers} carriers each (default pack), target ≥ 100,000`,
    },
    {
      name: 'fees.quoteAll carrier quotes per CPU-second',
      value: Math.round((iterations * carriers) / cpuSeconds),
      unit: 'quotes/s',
      note: 'eligibility + quote or no-rate per carrier',
    },
    {
      name: 'fees.quoteAll calls per wall-clock second',
      value: Math.round(iterations / wallSeconds),
      unit: 'calls/s',
      note: 'includes time lost to other processes on a shared machine',
    },
    {
      name: 'fees.quoteAll mean CPU time per call',
      value: Number(((cpuSeconds * 1e6) / iterations).toFixed(2)),
      unit: 'µs',
    },
  ];
}
