// Makes sure Debian's Chromium is present for the e2e tests and the demo (Playwright cannot download
// browsers here). Installs it with apt-get when missing and we are root; otherwise explains what to do.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

export function ensureChromium() {
  const bin = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(bin)) return bin;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium not found at ${bin}. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  console.log('Installing Debian chromium (apt-get)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  return bin;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
