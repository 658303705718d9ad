import { resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { SELLER_CENTER_MATCHES } from '../lib/seller-center/hosts';

/**
 * Builds the Seller Center feature code as an ES module with code splitting
 * (`content-scripts/seller-center/features.js` + chunks), next to the small loader content script that
 * imports it only on pages that need it (issue #11). WXT bundles content scripts as one IIFE each and
 * has no ESM content scripts yet (wxt-dev/wxt#357); this follows WXT's esm-content-script example:
 * a second Vite build with the content script's own Vite config, run when WXT's build is done, and the
 * files made web-accessible to Seller Center hosts only (dynamic `import()` from a content script needs
 * that; Firefox supports it since 89, our minimum is 115).
 */
const ENTRY = 'entrypoints/seller-center.content/features.ts';
const OUT_DIR = 'content-scripts/seller-center';
/** Entrypoints that run in Seller Center's pages (issue #11: nothing there that a page may not need). */
const PAGE_SCRIPTS: ReadonlySet<string> = new Set(['seller-center', 'order-list-relay']);
const NATIVE_BROWSER = '@wxt-dev/browser';

export default defineWxtModule((wxt) => {
  let contentConfig: InlineConfig | undefined;
  wxt.hooks.hook('vite:build:extendConfig', ([entrypoint], config) => {
    if (!entrypoint || !PAGE_SCRIPTS.has(entrypoint.name)) return;
    // Chrome MV3 and Firefox both give content scripts a promise-based `browser`/`chrome` namespace:
    // WXT's own `wxt/browser` (which picks it) instead of webextension-polyfill, ~3 KB gzip on every page.
    config.resolve ??= {};
    const alias = config.resolve.alias;
    if (Array.isArray(alias)) alias.unshift({ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER });
    else config.resolve.alias = { ...alias, 'wxt/browser': NATIVE_BROWSER };
    if (entrypoint.name === 'seller-center') contentConfig = config;
  });

  wxt.hooks.hook('build:done', async () => {
    if (!contentConfig) throw new Error('seller-center content script was not built: no config for its features');
    const { lib: _lib, rollupOptions: _rollup, ...buildOptions } = contentConfig.build ?? {};
    await build({
      ...contentConfig,
      // the IIFE footer and other per-entry plugins of the loader build do not apply to a module
      plugins: (contentConfig.plugins ?? []).filter(
        (p) => !(p && typeof p === 'object' && 'name' in p && /iife/.test(String(p.name))),
      ),
      build: {
        ...buildOptions,
        emptyOutDir: false,
        // an app build, not library mode: Vite keeps whitespace in library-mode ES output
        lib: false,
        // Vite's preload helper would add <link rel=modulepreload> to Seller Center's document for lazy chunks
        modulePreload: false,
        rollupOptions: {
          input: { features: resolve(wxt.config.root, ENTRY) },
          preserveEntrySignatures: 'strict',
          output: {
            format: 'es',
            entryFileNames: `${OUT_DIR}/[name].js`,
            chunkFileNames: `${OUT_DIR}/[name]-[hash].js`,
            assetFileNames: `${OUT_DIR}/[name]-[hash][extname]`,
          },
        },
      },
    });
    wxt.logger.success(`Built ${OUT_DIR}/features.js (Seller Center feature module)`);
  });

  wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
    manifest.web_accessible_resources ??= [];
    // MV3 form; WXT turns it into MV2's plain list for Firefox
    (manifest.web_accessible_resources as unknown[]).push({
      matches: [...SELLER_CENTER_MATCHES],
      resources: [`${OUT_DIR}/*.js`],
    });
  });

  wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
    paths.push(`${OUT_DIR}/features.js`);
  });
});
