// `npm run bench`: runs every scripts/bench/*.bench.ts (each exports `run()` returning rows) and prints
// one table. Benchmarks report numbers; they never fail the build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve('scripts/bench');
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only.length || only.some((o) => f.includes(o))))
  .sort();
const rows = [];
for (const file of files) {
  const code = `import(${JSON.stringify(path.join(dir, file))}).then(async (m) => { const r = await m.run(); console.log('\\n@@BENCH@@' + JSON.stringify(r)); })`;
  const res = spawnSync('npx', ['tsx', '-e', code], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = (res.stdout ?? '').split('\n').find((l) => l.startsWith('@@BENCH@@'));
  if (!line) {
    rows.push({ bench: file, name: 'FAILED', value: NaN, unit: '', note: `exit ${res.status}` });
    continue;
  }
  for (const r of JSON.parse(line.slice(9))) rows.push({ bench: file.replace('.bench.ts', ''), ...r });
}
console.table(
  rows.map((r) => ({
    bench: r.bench,
    name: r.name,
    value: Number.isFinite(r.value) ? Number(r.value.toPrecision(6)) : r.value,
    unit: r.unit,
    note: r.note ?? '',
  })),
);
