/**
 * tools/mock-api — a faithful local mock of the TikTok Shop Open API for tests, e2e and the demo.
 * Start it with `startMockApi()` in-process or `npx tsx tools/mock-api/cli.ts --port 8787`.
 */
export {
  startMockApi,
  MOCK_CREDENTIALS,
  MOCK_AUTH_CODE,
  MOCK_SHOPS,
  MOCK_ERROR_CODES,
  MOCK_NOT_FOUND_CODE,
  type MockApi,
  type MockApiOptions,
  type MockControl,
  type MockCredentials,
  type MockOrderSummary,
  type RecordedRequest,
} from './server';
export { FAULT_KINDS, WRONG_SHAPES, type FaultKind, type FaultRule, type WrongShape } from './faults';
export {
  TRAIL_SCENARIOS,
  type SeedOrderInput,
  type TrailScenario,
  type OrderScenario,
  type TimeInput,
} from './shop-data';
export { MOCK_MARKETS, type MockMarket } from './carriers';
export { computeSignature } from './signature';
