import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a Seller Center order page loads of the extension (issue #11), from a built `chrome-mv3`
 * folder: every content script the manifest lists (the MAIN-world order-list relay and the loader),
 * plus the feature module the loader imports and the chunks it imports statically. Chunks loaded by a
 * dynamic `import()` (the upload check, only when Seller Center's upload dialog appears) are listed apart.
 * Shared by the size guard (tests/e2e/content-script-size.spec.ts) and `npm run bench overlay`.
 */
export interface ScriptSize {
  file: string;
  min: number;
  gzip: number;
}

export interface PageScriptSizes {
  /** Content scripts the manifest lists, each on every Seller Center page. */
  manifest: ScriptSize[];
  /** The feature module and its static imports (order pages only). */
  features: ScriptSize[];
  /** Feature chunks loaded only on demand. */
  lazy: ScriptSize[];
}

export const FEATURE_MODULE = 'content-scripts/seller-center/features.js';

function sizeOf(extDir: string, file: string): ScriptSize {
  const bytes = fs.readFileSync(path.join(extDir, file));
  return { file, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function pageScriptSizes(extDir: string): PageScriptSizes {
  const manifest = JSON.parse(fs.readFileSync(path.join(extDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file) || !fs.existsSync(path.join(extDir, file))) return;
    loaded.add(file);
    const code = fs.readFileSync(path.join(extDir, file), 'utf8');
    // static imports and re-exports only: dynamic import() chunks load when their feature needs them
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+)["']/g))
      visit(path.posix.join(path.posix.dirname(file), m[1]!));
  };
  visit(FEATURE_MODULE);
  const featureDir = path.posix.dirname(FEATURE_MODULE);
  const all = fs.existsSync(path.join(extDir, featureDir))
    ? fs.readdirSync(path.join(extDir, featureDir)).map((f) => path.posix.join(featureDir, f))
    : [];
  return {
    manifest: scripts.map((f) => sizeOf(extDir, f)),
    features: [...loaded].map((f) => sizeOf(extDir, f)),
    lazy: all.filter((f) => f.endsWith('.js') && !loaded.has(f)).map((f) => sizeOf(extDir, f)),
  };
}

export function total(sizes: readonly ScriptSize[]): { min: number; gzip: number } {
  return sizes.reduce((sum, s) => ({ min: sum.min + s.min, gzip: sum.gzip + s.gzip }), { min: 0, gzip: 0 });
}
