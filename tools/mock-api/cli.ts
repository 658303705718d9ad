/**
 * Runs the mock TikTok Shop Open API until interrupted.
 * Usage: npx tsx tools/mock-api/cli.ts [--port 8787] [--seed 20240701] [--orders-per-market 60]
 *        [--start-at 2026-03-05T09:00:00Z] [--flow] [--qps 50|off]
 */
import { MOCK_CREDENTIALS, MOCK_SHOPS, startMockApi, type MockApiOptions } from './index';

function readArgs(argv: readonly string[]): MockApiOptions {
  const options: MockApiOptions = {};
  const value = (i: number, flag: string): string => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
    return next;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    switch (flag) {
      case '--port':
        options.port = Number(value(i++, flag));
        break;
      case '--seed':
        options.seed = Number(value(i++, flag));
        break;
      case '--orders-per-market':
        options.ordersPerMarket = Number(value(i++, flag));
        break;
      case '--start-at': {
        const text = value(i++, flag);
        options.startAt = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
        if (!Number.isFinite(options.startAt)) throw new Error(`--start-at: not a time: ${text}`);
        break;
      }
      case '--flow':
        options.flow = true;
        break;
      case '--qps': {
        const text = value(i++, flag);
        options.qps = text === 'off' ? null : Number(text);
        break;
      }
      default:
        throw new Error(`unknown argument ${flag}`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const api = await startMockApi(readArgs(process.argv.slice(2)));
  console.log(`mock TikTok Shop Open API on ${api.url}`);
  console.log(`credentials: ${JSON.stringify(MOCK_CREDENTIALS)}`);
  console.log(`shops: ${MOCK_SHOPS.map((s) => `${s.market}=${s.cipher}`).join(' ')}`);
  console.log(
    `control: POST ${api.url}/__mock/{time,faults,faults/clear,expire-token,revoke-tokens,refresh-failure,seed-orders,rate-limit,requests/clear,reset}; GET ${api.url}/__mock/{state,orders,requests}`,
  );
  const stop = () => {
    void api.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
