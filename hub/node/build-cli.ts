/** `npm run hub:build`: the Worker bundle `wrangler deploy --config hub/wrangler.jsonc` uploads (hub/dist/worker.js). */
import path from 'node:path';
import { buildWorker, PROJECT_ROOT } from './build-worker';

buildWorker(path.join(PROJECT_ROOT, 'hub/dist'))
  .then((file) => console.log(`hub: built ${path.relative(PROJECT_ROOT, file)}`))
  .catch((error: unknown) => {
    console.error(`hub: build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
