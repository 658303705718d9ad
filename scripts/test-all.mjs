// `npm test`: typecheck, lint + format check, unit tests (vitest), then build + e2e tests (Playwright, Debian Chromium).
// Ends with one plain line "N passed, N failed" counting both; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lml-test-'));
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

if (!fs.existsSync('node_modules/.bin/wxt')) run('npm', ['ci']);

let passed = 0;
let failed = 0;
let broken = false;

// Type errors are failures too (strict TypeScript across lib, entrypoints, tests, tools and scripts).
if (run('npx', ['tsc', '--noEmit', '-p', '.']) !== 0) {
  console.log('typecheck failed');
  failed += 1;
}

// Lint and format are part of the suite: ESLint (type-aware) and Prettier's check, as `npm run lint`.
if (run('npm', ['run', '--silent', 'lint']) === 0) passed += 1;
else {
  console.log('lint failed');
  failed += 1;
}

const unitJson = path.join(tmp, 'vitest.json');
const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitJson}`,
]);
const unit = readJson(unitJson);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unitStatus !== 0 && unit.numFailedTests === 0) broken = true; // e.g. a file failed to load
} else broken = true;

ensureChromium();
if (run('npx', ['wxt', 'build']) !== 0) broken = true;
// Built before the e2e run: secrets-firefox-build.spec.ts runs this package's background (never a stale one).
const firefoxBuilt = run('npx', ['wxt', 'build', '-b', 'firefox']) === 0;
if (!firefoxBuilt) broken = true;
const e2eJson = path.join(tmp, 'playwright.json');
const e2eStatus = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
const e2e = readJson(e2eJson);
if (e2e?.stats) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  if (e2eStatus !== 0 && e2e.stats.unexpected === 0) broken = true;
} else broken = true;

// The Firefox package as addons.mozilla.org will see it (issue #16): Mozilla's linter on that fresh build.
if (firefoxBuilt) {
  if (run('node', ['scripts/lint-firefox.mjs']) === 0) passed += 1;
  else failed += 1;
}

fs.rmSync(tmp, { recursive: true, force: true });
if (broken) failed += 1; // a suite that could not run counts as a failure
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
