/**
 * Parses API lists item by item: one malformed order must not cost the seller the other 49.
 * A bad item is handed to a quarantine callback with the field path that failed, then skipped.
 */
import type { z } from 'zod';

export interface QuarantinedItem {
  /** Client endpoint name, e.g. `orders.search`. */
  endpoint: string;
  /** Where the first problem is, e.g. `data.orders[3].id`. */
  path: string;
  /** What is wrong there, e.g. `expected the id as a string`. */
  issue: string;
  /** The item (or data object) as received, for later inspection. */
  payload: unknown;
}

export type QuarantineHandler = (item: QuarantinedItem) => void;

/**
 * Formats a zod issue path like the JSON it points into.
 * Example: `formatIssuePath(['data', 'orders', 3, 'id']) === 'data.orders[3].id'`.
 */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/**
 * Keeps the items that match `schema`, quarantining the rest.
 * Example: `parseListItems('orders.search', 'data.orders', [{ id: 1 }, good], orderSchema, onQuarantine)`
 * → `{ items: [good], quarantinedCount: 1 }` after reporting `data.orders[0].id`.
 */
export function parseListItems<S extends z.ZodType>(
  endpoint: string,
  basePath: string,
  items: readonly unknown[],
  schema: S,
  onQuarantine: QuarantineHandler,
): { items: Array<z.output<S>>; quarantinedCount: number } {
  const parsed: Array<z.output<S>> = [];
  let quarantinedCount = 0;
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      parsed.push(result.data);
      return;
    }
    quarantinedCount += 1;
    const issue = result.error.issues[0];
    onQuarantine({
      endpoint,
      path: `${basePath}[${index}]${issue && issue.path.length > 0 ? pathSuffix(issue.path) : ''}`,
      issue: issue?.message ?? 'does not match the expected shape',
      payload: item,
    });
  });
  return { items: parsed, quarantinedCount };
}

function pathSuffix(path: ReadonlyArray<PropertyKey>): string {
  const formatted = formatIssuePath(path);
  return formatted.startsWith('[') ? formatted : `.${formatted}`;
}
