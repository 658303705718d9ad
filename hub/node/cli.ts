/**
 * `npm run hub`: the Lastmile Lens Hub on http://127.0.0.1:$LML_HUB_PORT (default 8788), storage in
 * hub/.data (git-ignored, survives restarts). Configuration from the environment (README "Hub").
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './build-worker';
import { startHub } from './start-hub';

const DATA_DIR = process.env.LML_HUB_DATA_DIR || path.join(PROJECT_ROOT, 'hub/.data');

/** A dev secret generated once and kept in the data folder (mode 600), so restarts keep decrypting. */
function localSecret(name: string): string {
  const file = path.join(DATA_DIR, name);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const value = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${value}\n`, { mode: 0o600 });
  console.log(`hub: generated ${name} in ${file}`);
  return value;
}

async function main(): Promise<void> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const env = process.env;
  const port = Number(env.LML_HUB_PORT || 8788);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`LML_HUB_PORT is not a port: ${env.LML_HUB_PORT}`);
  if (!env.LML_HUB_APP_KEY || !env.LML_HUB_APP_SECRET)
    console.warn('hub: LML_HUB_APP_KEY / LML_HUB_APP_SECRET are not set: every webhook will be refused (401)');
  const hub = await startHub({
    port,
    appKey: env.LML_HUB_APP_KEY ?? '',
    appSecret: env.LML_HUB_APP_SECRET ?? '',
    token: env.LML_HUB_TOKEN || localSecret('dev-token'),
    kek: env.LML_HUB_KEK || localSecret('dev-kek'),
    persistDir: DATA_DIR,
    ...(env.LML_HUB_API_BASE ? { apiBase: env.LML_HUB_API_BASE } : {}),
    ...(env.LML_HUB_TOKEN_API_BASE ? { tokenApiBase: env.LML_HUB_TOKEN_API_BASE } : {}),
    testControl: env.LML_HUB_TEST_CONTROL === '1',
  });
  console.log(`hub: listening on ${hub.url} (storage ${DATA_DIR})`);
  const stop = () => void hub.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`hub: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
