/**
 * Bundles the hub Worker (hub/src/worker.ts and the lib/ it imports) into one ES module for workerd,
 * with esbuild (already a dependency of the build tools). `@/…` resolves through the project tsconfig.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Example: `await buildWorker('/tmp/x')` → `'/tmp/x/worker.js'`. */
export async function buildWorker(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'worker.js');
  await build({
    entryPoints: [path.join(PROJECT_ROOT, 'hub/src/worker.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    tsconfig: path.join(PROJECT_ROOT, 'tsconfig.json'),
    logLevel: 'warning',
    legalComments: 'none',
  });
  return outfile;
}
