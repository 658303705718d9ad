import { defineConfig } from 'wxt';
import { SELLER_CENTER_MATCHES } from './lib/seller-center/hosts';
import { OPEN_API_HOST_PERMISSIONS } from './lib/tiktok/hosts';

// Minimum permissions (issue #3): storage, alarms, notifications, sidePanel; hosts = Seller Center + Open API.
export default defineConfig({
  // A separate output folder lets parallel builds (several engineers, CI) not overwrite each other.
  outDir: process.env.LML_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...SELLER_CENTER_MATCHES, ...OPEN_API_HOST_PERMISSIONS],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lastmile-lens@lastmile-lens.dev',
              // 140: the first Firefox with built-in data consent (and the current ESR line)
              strict_min_version: '140.0',
              // Firefox's built-in data consent (docs/store/permissions.md): nothing is collected; the only
              // data that leaves the browser is the seller's own shop credentials, sent to the TikTok Shop
              // Open API (or the seller's own hub) after they choose to connect — optional, asked then.
              data_collection_permissions: { required: ['none'], optional: ['authenticationInfo'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
