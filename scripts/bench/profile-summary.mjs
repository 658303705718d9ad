// `node scripts/bench/profile-summary.mjs <profile.cpuprofile> [built chrome-mv3 folder]`: where a tab's
// main-thread time went in a CPU profile the overlay bench wrote (LML_BENCH_PROFILE), by script and by
// source file of ours (through the build's source maps, when it was built with them: `vite: () => ({ build:
// { sourcemap: true } })` in a copy of wxt.config.ts, `wxt build -c <copy>`), natives counted
// to their nearest JS caller. Figures are wall-clock samples: on a busy machine they include time the
// thread waited for a CPU, so compare files with each other, not with the bench's thread-CPU figures.
import fs from 'node:fs';
import path from 'node:path';

// Vite's own source-map reader (a dependency of the build, not of ours): without it, scripts are named by path.
const traceMapping = await import('@jridgewell/trace-mapping').catch(() => null);

const [file, extDir] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/bench/profile-summary.mjs <profile.cpuprofile> [chrome-mv3 folder]');
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);

const maps = new Map();
/** `lib/x.ts` for a frame of our build when its source map is there, else the script's path. */
function sourceOf(frame) {
  const ours = /^chrome-extension:\/\/[a-z]+\/(.*)$/.exec(frame.url);
  if (!ours) return frame.url ? 'page scripts' : '(native)';
  if (!maps.has(ours[1])) {
    const mapFile = extDir && path.join(extDir, `${ours[1]}.map`);
    maps.set(
      ours[1],
      traceMapping && mapFile && fs.existsSync(mapFile)
        ? new traceMapping.TraceMap(fs.readFileSync(mapFile, 'utf8'))
        : null,
    );
  }
  const map = maps.get(ours[1]);
  const at = map && traceMapping.originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  return at?.source ? at.source.replace(/^(\.\.\/)+/, '') : ours[1];
}

const bySource = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  let node = nodes.get(profile.samples[i]);
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const name = node.callFrame.functionName;
  if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') {
    bySource.set(name, (bySource.get(name) ?? 0) + ms);
    continue;
  }
  while (node && !node.callFrame.url) node = nodes.get(parentOf.get(node.id));
  const key = node ? sourceOf(node.callFrame) : '(native)';
  bySource.set(key, (bySource.get(key) ?? 0) + ms);
}
for (const [source, ms] of [...bySource].sort((a, b) => b[1] - a[1])) console.log(ms.toFixed(1).padStart(9), source);
