/**
 * Fault injection: rules that make the next N matching requests fail the ways the real platform and
 * real networks do (reference §3–§4), so the client's retries, backoff and quarantine can be tested.
 */

export const FAULT_KINDS = ['rate-limit', 'server-error', 'slow', 'truncated', 'wrong-shape', 'reset'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * - `list-as-object`: the response's list (e.g. `data.tracking`) becomes an object.
 * - `missing-field`: one item loses its key field (`id`, `update_time_millis`, `cipher`…).
 * - `id-as-number`: one item's id arrives as a JSON number.
 * - `numbers-as-strings`: integer fields of the items arrive as strings (the client must accept this).
 * - `not-envelope`: the body is JSON but not `{ code, message, request_id, data }`.
 */
export const WRONG_SHAPES = [
  'list-as-object',
  'missing-field',
  'id-as-number',
  'numbers-as-strings',
  'not-envelope',
] as const;
export type WrongShape = (typeof WRONG_SHAPES)[number];

export interface FaultRule {
  kind: FaultKind;
  /** How many matching requests it affects. Default 1. */
  count?: number;
  /** Only requests whose path contains this text (e.g. `/tracking`). Default: every Open API request. */
  pathIncludes?: string;
  /** `server-error`: HTTP status, default 503. */
  status?: number;
  /** `slow`: added delay in ms, default 2000. */
  delayMs?: number;
  /** `wrong-shape`: which distortion; default `list-as-object`. */
  shape?: WrongShape;
  /** `wrong-shape`: which list item to break; default 0. */
  itemIndex?: number;
}

export interface ActiveFault extends Required<Pick<FaultRule, 'kind'>> {
  id: number;
  rule: FaultRule;
  remaining: number;
}

export function validateFaultRule(input: unknown): FaultRule {
  if (typeof input !== 'object' || input === null) throw new RangeError('fault: expected an object');
  const rule = input as Record<string, unknown>;
  if (!(FAULT_KINDS as readonly unknown[]).includes(rule.kind))
    throw new RangeError(`fault.kind: expected one of ${FAULT_KINDS.join(', ')}`);
  if (rule.count !== undefined && !(Number.isInteger(rule.count) && (rule.count as number) > 0))
    throw new RangeError('fault.count: expected a positive integer');
  if (rule.shape !== undefined && !(WRONG_SHAPES as readonly unknown[]).includes(rule.shape))
    throw new RangeError(`fault.shape: expected one of ${WRONG_SHAPES.join(', ')}`);
  if (
    rule.status !== undefined &&
    !(Number.isInteger(rule.status) && (rule.status as number) >= 500 && (rule.status as number) <= 599)
  ) {
    throw new RangeError('fault.status: expected a 5xx status');
  }
  return rule as unknown as FaultRule;
}

export function createFaultQueue() {
  let nextId = 1;
  let faults: ActiveFault[] = [];
  return {
    add(rule: FaultRule): number {
      const id = nextId++;
      faults.push({ id, kind: rule.kind, rule, remaining: rule.count ?? 1 });
      return id;
    },
    clear(): void {
      faults = [];
    },
    list(): ActiveFault[] {
      return faults.map((f) => ({ ...f }));
    },
    /** Takes (consumes one use of) the first fault of one of `kinds` that matches `path`. */
    take(path: string, kinds: readonly FaultKind[]): FaultRule | undefined {
      const fault = faults.find(
        (f) => kinds.includes(f.kind) && (f.rule.pathIncludes === undefined || path.includes(f.rule.pathIncludes)),
      );
      if (!fault) return undefined;
      fault.remaining -= 1;
      if (fault.remaining <= 0) faults = faults.filter((f) => f !== fault);
      return fault.rule;
    },
  };
}

const KEY_FIELDS = ['id', 'package_id', 'cipher', 'update_time_millis', 'doc_url'];
const INTEGER_FIELDS = [
  'create_time',
  'update_time',
  'paid_time',
  'rts_sla_time',
  'tts_sla_time',
  'shipping_due_time',
  'update_time_millis',
  'total_count',
];

/** Applies a wrong-shape distortion to a successful response's `data`; returns the new body object. */
export function distortData(
  data: Record<string, unknown>,
  shape: WrongShape,
  itemIndex: number,
): Record<string, unknown> {
  const listKey = Object.keys(data).find((key) => Array.isArray(data[key]));
  const copy: Record<string, unknown> = structuredClone(data);
  const list = listKey ? (copy[listKey] as Array<Record<string, unknown>>) : undefined;
  const target = list ? list[Math.min(itemIndex, list.length - 1)] : copy;
  switch (shape) {
    case 'list-as-object':
      if (listKey) copy[listKey] = { items: data[listKey] };
      return copy;
    case 'missing-field': {
      const key = target ? KEY_FIELDS.find((k) => k in target) : undefined;
      if (target && key) delete target[key];
      return copy;
    }
    case 'id-as-number': {
      const key = target ? ['id', 'package_id'].find((k) => typeof target[k] === 'string') : undefined;
      if (target && key) target[key] = Number(target[key]);
      return copy;
    }
    case 'numbers-as-strings': {
      const items = list ?? [copy];
      for (const item of items)
        for (const key of INTEGER_FIELDS) if (typeof item[key] === 'number') item[key] = String(item[key]);
      return copy;
    }
    case 'not-envelope':
      return copy;
  }
}
