/**
 * Throughput of `quoteAll` over every carrier of the default pack, in Node.
 * Target (issue 5): ≥ 100,000 quotes per second. Reports both quoteAll calls/s and the per-carrier
 * evaluations/s they contain, on a mix of parcels (with/without dimensions, remote and plain ZIPs,
 * estimate months, priority and rebate) so no single branch is measured alone.
 */
import { quoteAll, type Parcel, type QuoteContext } from '@/lib/fees';
import { defaultRulePack, mergeRulePacks, type RulePack } from '@/lib/rules';

/**
 * The default pack plus a USPS-style zone card (issue 15): 8 zones by ZIP3 range, bands in pounds and a
 * price per extra pound, two services, weekly fuel and a peak surcharge, so zone look-up, the card in
 * force and the exact extra-weight path are in the measured mix.
 * Benchmark figures only, not a carrier's prices.
 */
function withZoneCard(): RulePack {
  const zones = Array.from({ length: 8 }, (_, i) => ({
    zone: String(i + 1),
    rules: [
      {
        kind: 'zip3-range' as const,
        from: String(i * 125).padStart(3, '0'),
        to: String(i * 125 + 124).padStart(3, '0'),
      },
    ],
    source: 'user',
  }));
  const weightBands = zones.flatMap(({ zone }, z) =>
    [1, 2, 3].map((lb) => ({
      zone,
      maxWeightGrams: Math.floor(lb * 453.59237),
      maxWeight: { value: lb, unit: 'lb' as const },
      baseMinor: 500 + z * 60 + lb * 70,
      source: 'user',
    })),
  );
  // Rate card v2: two services of the card (each quoted), in force from a day, weekly fuel and a peak surcharge.
  const card = (id: string, name: string) => ({
    carrierId: 'usps' as const,
    market: 'US' as const,
    service: { id, name: { en: name, zh: name } },
    effectiveFrom: '2024-01-01',
    zones,
    weightBands,
    extraWeight: { step: { value: 1, unit: 'lb' as const }, perStepMinor: 95, source: 'user' },
    fuel: [
      { from: '2024-08-12', to: '2024-08-18', percent: 5, source: 'user' },
      { from: '2024-08-19', to: '2024-08-25', percent: 5.5, source: 'user' },
    ],
    surcharges: [{ kind: 'peak' as const, feeMinor: 45, from: '2024-10-06', to: '2025-01-19', source: 'user' }],
  });
  return mergeRulePacks(defaultRulePack, {
    feeTables: [card('ground-advantage', 'Ground Advantage'), card('priority', 'Priority Mail')],
  });
}

function buildCases(): Array<{ parcel: Parcel; context: QuoteContext }> {
  const zips = ['99501', '10001', '96813', '00601', '90210', '09012'];
  const dates = ['2024-08-15', '2024-09-03', '2025-01-20'];
  const cases: Array<{ parcel: Parcel; context: QuoteContext }> = [];
  for (let i = 0; i < 240; i++) {
    // Up to about 2.3 kg: every band and the extra-pound path of the zone card are hit.
    const weightGrams = 50 + ((i * 137) % 2300);
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

function measure(pack: RulePack, cases: Array<{ parcel: Parcel; context: QuoteContext }>) {
  let sink = 0;
  // Warm-up: JIT and the per-pack index (built once per pack object).
  for (let i = 0; i < 20_000; i++)
    sink += quoteAll(cases[i % cases.length]!.parcel, cases[i % cases.length]!.context, pack).eligible.length;
  // The machine is shared: report throughput per CPU-second of this process (robust to other load)
  // next to wall-clock throughput.
  const iterations = 200_000;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) {
    const c = cases[i % cases.length]!;
    sink += quoteAll(c.parcel, c.context, pack).eligible.length;
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  if (sink < 0) console.log(sink);
  return { iterations, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

export async function run(): Promise<Array<{ name: string; value: number; unit: string; note?: string }>> {
  const cases = buildCases();
  const carriers = defaultRulePack.carriers.length;
  const { iterations, wallSeconds, cpuSeconds } = measure(defaultRulePack, cases);
  const zoned = measure(withZoneCard(), cases);
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
    {
      name: 'fees.quoteAll with a zone card, calls per CPU-second',
      value: Math.round(zoned.iterations / zoned.cpuSeconds),
      unit: 'calls/s',
      note: 'default pack + USPS-style 8-zone card (2 services, weekly fuel, peak) in lb with extra pounds; target ≥ 100,000',
    },
    {
      name: 'fees.quoteAll with a zone card, carrier quotes per CPU-second',
      value: Math.round((zoned.iterations * carriers) / zoned.cpuSeconds),
      unit: 'quotes/s',
    },
  ];
}
