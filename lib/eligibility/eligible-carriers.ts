/**
 * Which carriers of the rule pack may take an order, and why each other one may not — or why we
 * cannot tell. Tri-state: evidence against a carrier makes it `not-eligible`; a carrier or market with
 * nothing on file is `unknown` ("check Seller Center → Settings → Logistics"), never refused.
 * Every reason has a stable code, a source and an en/zh text; advice (`low-volume`) never blocks.
 */
import { isOwnCarrierId, resolveCarrierId, resolveMarket } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';
import type { CarrierRules, MarketRules, RulePack } from '@/lib/rules';
import { CHECK_LOGISTICS } from './messages';
import type {
  EligibilityCode,
  EligibilityOrder,
  EligibilityReason,
  EligibilityStatus,
  EligibilityVerdict,
  SellerProfile,
} from './types';

/** Text for any value in a message; never throws (objects may have a hostile `toString`). */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'symbol') return value.description ?? 'a symbol';
  if (typeof value === 'function') return 'a function';
  if (value === null || typeof value !== 'object') return String(value as number | boolean | bigint | undefined);
  return Array.isArray(value) ? 'a list' : 'an object';
}

const block = (code: EligibilityCode, source: string, text: Localized): EligibilityReason => ({
  code,
  source,
  text,
  effect: 'blocks',
  blocking: true,
});

const unknown = (code: EligibilityCode, source: string, text: Localized): EligibilityReason => ({
  code,
  source,
  text,
  effect: 'unknown',
  blocking: false,
});

const isPositiveNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

interface PackCache {
  markets: ReadonlyMap<string, MarketRules>;
  /** Reasons that depend only on carrier + market (certification, label printing), by `carrier/market`. */
  marketReasons: Map<string, readonly EligibilityReason[]>;
  /** Profile reasons that depend only on the carrier, by carrier id. */
  isvReasons: Map<string, EligibilityReason | undefined>;
  notConnectedReasons: Map<string, EligibilityReason>;
  connectedAdvice: Map<string, EligibilityReason>;
}

// Packs are immutable values: reasons that depend only on the pack are built once per pack object
// (and frozen, since callers share them) so quoteAll stays fast.
const packCaches = new WeakMap<RulePack, PackCache>();
function cacheFor(pack: RulePack): PackCache {
  let cache = packCaches.get(pack);
  if (!cache) {
    cache = {
      markets: new Map(pack.markets.map((m) => [m.code, m] as const)),
      marketReasons: new Map(),
      isvReasons: new Map(),
      notConnectedReasons: new Map(),
      connectedAdvice: new Map(),
    };
    packCaches.set(pack, cache);
  }
  return cache;
}

function memo<V>(map: Map<string, V>, key: string, build: () => V): V {
  const cached = map.get(key);
  if (cached !== undefined || map.has(key)) return cached as V;
  const value = build();
  map.set(key, value);
  return value;
}

const freezeReason = (reason: EligibilityReason): EligibilityReason =>
  Object.freeze({ ...reason, text: Object.freeze({ ...reason.text }) });

function checkParcel(order: EligibilityOrder): EligibilityReason | undefined {
  const parcel = order?.parcel;
  const dims = parcel?.dimensionsMm;
  const dimsOk =
    dims === undefined ||
    (typeof dims === 'object' && dims !== null && [dims.length, dims.width, dims.height].every(isPositiveNumber));
  if (isPositiveNumber(parcel?.weightGrams) && dimsOk) return undefined;
  return block('invalid-parcel', 'pack:eligibility', {
    en: 'The parcel needs a positive weight in grams (and, if given, three positive dimensions in mm).',
    zh: '包裹须有大于 0 的克重(如提供尺寸,须为三个大于 0 的毫米数)。',
  });
}

/**
 * A seller's own carrier (a line known only from their rate card) never has a certification on file:
 * unknown where the market requires one, advice elsewhere.
 */
function checkOwnCarrier(carrier: CarrierRules, market: MarketRules): EligibilityReason {
  const required = market.certifiedCarrierRequired;
  const text: Localized = {
    en: `Your own carrier — no certification on file: ${carrier.name.en} comes from your rate card${required ? ` and ${market.name.en} requires a certified carrier since ${required.since}` : ''}; ${CHECK_LOGISTICS.en} whether the shop can use it.`,
    zh: `你自己的承运商 — 没有认证记录:${carrier.name.zh}来自你的价目表${required ? `,${market.name.zh}自 ${required.since} 起要求认证承运商` : ''};${CHECK_LOGISTICS.zh}店铺能否使用。`,
  };
  return required
    ? unknown('own-carrier', required.source, text)
    : { code: 'own-carrier', source: 'user', text, effect: 'advice', blocking: false };
}

function checkMarket(carrier: CarrierRules, market: MarketRules): EligibilityReason | undefined {
  if (isOwnCarrierId(carrier.id)) return checkOwnCarrier(carrier, market);
  const entry = carrier.markets.find((m) => m.market === market.code);
  const required = market.certifiedCarrierRequired;
  const certification = entry?.certification;
  if (required && certification?.status === 'not-certified') {
    const since = required.since;
    return block('not-certified-in-market', certification.source, {
      en: `${carrier.name.en} is on file as not certified for TikTok Shop last mile in ${market.name.en}; since ${since} the market requires a certified carrier, and other shipments are intercepted.`,
      zh: `记录显示${carrier.name.zh}在${market.name.zh}未获 TikTok Shop 尾程认证;自 ${since} 起该市场要求使用认证承运商,否则订单会被拦截。`,
    });
  }
  if (!entry) {
    return unknown('not-on-file-in-market', 'pack:carriers', {
      en: `Unknown — nothing on file about ${carrier.name.en} in ${market.name.en}: ${CHECK_LOGISTICS.en} whether the shop can use it.`,
      zh: `未知 — 没有${carrier.name.zh}在${market.name.zh}的记录:${CHECK_LOGISTICS.zh}店铺能否使用。`,
    });
  }
  if (required && certification?.status !== 'certified') {
    return unknown('certification-unknown', required.source, {
      en: `Unknown — no TikTok Shop certification on file for ${carrier.name.en} in ${market.name.en} (the market requires one since ${required.since}): ${CHECK_LOGISTICS.en} whether it is on the certified list.`,
      zh: `未知 — 没有${carrier.name.zh}在${market.name.zh}的 TikTok Shop 认证记录(该市场自 ${required.since} 起要求认证):${CHECK_LOGISTICS.zh}它是否在认证名单上。`,
    });
  }
  return undefined;
}

function checkLimits(carrier: CarrierRules, market: MarketRules, order: EligibilityOrder): EligibilityReason[] {
  const limits = carrier.markets.find((m) => m.market === market.code)?.limits;
  if (!limits) return [];
  const reasons: EligibilityReason[] = [];
  const weight = order.parcel.weightGrams;
  const where = { en: `${carrier.name.en} (${market.name.en})`, zh: `${carrier.name.zh}(${market.name.zh})` };
  if (limits.minWeightGrams && weight < limits.minWeightGrams.value) {
    reasons.push(
      block('below-min-weight', limits.minWeightGrams.source, {
        en: `${where.en} takes parcels of at least ${limits.minWeightGrams.value} g; this one weighs ${weight} g.`,
        zh: `${where.zh}要求单票不低于 ${limits.minWeightGrams.value} 克;本包裹 ${weight} 克。`,
      }),
    );
  }
  if (limits.maxWeightGrams && weight > limits.maxWeightGrams.value) {
    reasons.push(
      block('over-max-weight', limits.maxWeightGrams.source, {
        en: `${where.en} takes parcels of at most ${limits.maxWeightGrams.value} g; this one weighs ${weight} g.`,
        zh: `${where.zh}单票上限 ${limits.maxWeightGrams.value} 克;本包裹 ${weight} 克。`,
      }),
    );
  }
  const dims = order.parcel.dimensionsMm;
  if (dims) {
    const [longest = 0, middle = 0, shortest = 0] = [dims.length, dims.width, dims.height].sort((a, b) => b - a);
    const girthTotal = longest + 2 * (middle + shortest);
    if (limits.maxLongestSideMm && longest > limits.maxLongestSideMm.value) {
      reasons.push(
        block('over-max-size', limits.maxLongestSideMm.source, {
          en: `${where.en} takes a longest side of at most ${limits.maxLongestSideMm.value} mm; this parcel's is ${longest} mm.`,
          zh: `${where.zh}最长边上限 ${limits.maxLongestSideMm.value} 毫米;本包裹为 ${longest} 毫米。`,
        }),
      );
    } else if (limits.maxLengthPlusGirthMm && girthTotal > limits.maxLengthPlusGirthMm.value) {
      reasons.push(
        block('over-max-size', limits.maxLengthPlusGirthMm.source, {
          en: `${where.en} takes length + girth of at most ${limits.maxLengthPlusGirthMm.value} mm; this parcel's is ${girthTotal} mm.`,
          zh: `${where.zh}长度 + 周长上限 ${limits.maxLengthPlusGirthMm.value} 毫米;本包裹为 ${girthTotal} 毫米。`,
        }),
      );
    }
  }
  return reasons;
}

function checkLabelPrinting(carrier: CarrierRules, market: MarketRules): EligibilityReason | undefined {
  const printing = carrier.markets.find((m) => m.market === market.code)?.apiLabelPrinting;
  if (!printing || printing.value) return undefined;
  return block('no-api-label-printing', printing.source, {
    en: `${carrier.name.en} cannot print labels from Seller Center through the Logistics API; channels that need manual label upload were removed from the certified list (June 2024).`,
    zh: `${carrier.name.zh}不支持通过物流 API 在后台一键打印面单;需手动上传面单的渠道已于 2024 年 6 月移出认证名单。`,
  });
}

function buildIsvReason(carrier: CarrierRules): EligibilityReason | undefined {
  const direct = carrier.individualMayConnectDirectly;
  if (!direct || direct.value) return undefined;
  return block('individual-needs-isv', direct.source, {
    en: `Individual businesses cannot connect ${carrier.name.en} directly: connect through a certified ISV (e.g. Dianxiaomi, Mabang).`,
    zh: `个体工商户不能直连${carrier.name.zh}:须通过认证 ISV(如店小秘、马帮)接入。`,
  });
}

function buildConnectedAdvice(carrier: CarrierRules): EligibilityReason {
  return {
    code: 'connected-in-seller-center',
    source: 'user',
    effect: 'advice',
    blocking: false,
    text: {
      en: `You listed ${carrier.name.en} as connected in Seller Center → Settings → Logistics, which offers only certified carriers (S11).`,
      zh: `你在选项中填写了已在 Seller Center → 设置 → 物流中连接${carrier.name.zh};该处只提供认证承运商(S11)。`,
    },
  };
}

function buildNotConnectedReason(carrier: CarrierRules): EligibilityReason {
  return block('not-connected', 'seed:S11', {
    en: `${carrier.name.en} is not connected in this shop (Seller Center → Settings → Logistics → Select Carrier → Connect).`,
    zh: `本店铺未绑定${carrier.name.zh}(Seller Center → 设置 → 物流 → 选择承运商 → 连接)。`,
  });
}

function checkProfile(
  carrier: CarrierRules,
  profile: SellerProfile | undefined,
  connected: ReadonlySet<string> | undefined,
  cache: PackCache,
): EligibilityReason[] {
  if (!profile) return [];
  const reasons: EligibilityReason[] = [];
  if (profile.businessType === 'individual' && profile.viaIsv !== true) {
    const isv = memo(cache.isvReasons, carrier.id, () => {
      const reason = buildIsvReason(carrier);
      return reason && freezeReason(reason);
    });
    if (isv) reasons.push(isv);
  }
  if (connected && !connected.has(carrier.id))
    reasons.push(memo(cache.notConnectedReasons, carrier.id, () => freezeReason(buildNotConnectedReason(carrier))));
  return reasons;
}

/** Certification and label-printing reasons: they depend only on carrier + market, so they are built once per pack. */
function checkCarrierInMarket(
  carrier: CarrierRules,
  market: MarketRules,
  cache: PackCache,
): readonly EligibilityReason[] {
  return memo(cache.marketReasons, `${carrier.id}/${market.code}`, () =>
    [checkMarket(carrier, market), checkLabelPrinting(carrier, market)]
      .filter((r): r is EligibilityReason => r !== undefined)
      .map(freezeReason),
  );
}

function adviseVolume(profile: SellerProfile | undefined, pack: RulePack): EligibilityReason | undefined {
  const floor = pack.sellerGuidance?.notRecommendedBelowDailyOrders;
  const daily = profile?.dailyOrders;
  if (!floor || typeof daily !== 'number' || !(daily < floor.value)) return undefined;
  return {
    code: 'low-volume',
    source: floor.source,
    effect: 'advice',
    blocking: false,
    text: {
      en: `Certified last mile is not recommended under ${floor.value} orders a day (you have ${daily}): minimums and integration cost weigh more.`,
      zh: `日单量低于 ${floor.value} 单(当前 ${daily} 单)不建议使用认证尾程:起订量门槛与对接成本较高。`,
    },
  };
}

function statusOf(reasons: readonly EligibilityReason[]): EligibilityStatus {
  if (reasons.some((r) => r.effect === 'blocks')) return 'not-eligible';
  return reasons.some((r) => r.effect === 'unknown') ? 'unknown' : 'eligible';
}

function readConnected(profile: SellerProfile | undefined): ReadonlySet<string> | undefined {
  const listed = profile?.connectedCarriers;
  if (!Array.isArray(listed) || listed.length === 0) return undefined;
  return new Set(
    listed.map((name) => resolveCarrierId(name)).filter((id): id is NonNullable<typeof id> => id !== undefined),
  );
}

/**
 * For each carrier of the pack: may it take this order, and if not, why (contract: architecture.md).
 * Blocking codes (evidence → `not-eligible`): `not-certified-in-market` (the pack records it as not
 * certified, S2/S11), `below-min-weight` (S16), `over-max-weight` / `over-max-size` (only when the pack
 * has a sourced limit), `individual-needs-isv` (S14), `no-api-label-printing` (S9), `not-connected`
 * (when the profile lists connected carriers), `invalid-parcel`. Unknown codes (nothing on file →
 * `unknown`, `eligible: false`): `certification-unknown`, `not-on-file-in-market`, `unknown-market`; a
 * carrier the profile lists as connected in Seller Center settles them (`connected-in-seller-center`).
 * Advisory: `low-volume` (S15) keeps the carrier eligible.
 * `profile` may be omitted (no seller checks). Pure; never throws.
 * Example: `eligibleCarriers({ market: 'TH', parcel: { weightGrams: 1200 } }, { businessType: 'company' }, defaultRulePack)`
 * → Ninja Van `{ eligible: false, reasons: [{ code: 'below-min-weight', source: 'seed:S16', … }] }`.
 */
export function eligibleCarriers(
  order: EligibilityOrder,
  profile: SellerProfile | undefined,
  pack: RulePack,
): EligibilityVerdict[] {
  const cache = cacheFor(pack);
  const parcelProblem = checkParcel(order);
  const code = resolveMarket(order?.market);
  const market = code ? cache.markets.get(code) : undefined;
  const connected = readConnected(profile);
  const advice = adviseVolume(profile, pack);
  return pack.carriers.map((carrier) => {
    const reasons: EligibilityReason[] = [];
    if (parcelProblem) reasons.push(parcelProblem);
    if (!market) {
      reasons.push(
        unknown('unknown-market', 'pack:markets', {
          en: `Unknown — the rule pack has no records for market "${describeValue(order?.market)}": ${CHECK_LOGISTICS.en} for the carriers the shop may use.`,
          zh: `未知 — 规则包中没有市场“${describeValue(order?.market)}”的记录:${CHECK_LOGISTICS.zh}店铺可用的承运商。`,
        }),
      );
    } else {
      reasons.push(...checkCarrierInMarket(carrier, market, cache));
      if (!parcelProblem) reasons.push(...checkLimits(carrier, market, order));
    }
    const seller = checkProfile(carrier, profile, connected, cache);
    // Seller Center → Settings → Logistics offers only certified carriers (S11): a carrier the seller
    // says is connected there answers the "unknown" the pack could not.
    const connectedThere = connected?.has(carrier.id) === true;
    const kept = connectedThere ? reasons.filter((r) => r.effect !== 'unknown') : reasons;
    if (connectedThere && kept.length < reasons.length)
      kept.push(memo(cache.connectedAdvice, carrier.id, () => freezeReason(buildConnectedAdvice(carrier))));
    kept.push(...seller);
    const status = statusOf(kept);
    if (advice) kept.push(advice);
    return { carrierId: carrier.id, eligible: status === 'eligible', status, reasons: kept };
  });
}
