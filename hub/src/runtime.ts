/**
 * The slice of the Cloudflare Workers runtime the hub uses, typed here so the project's one tsconfig
 * (DOM + Node types for the extension) can check the worker without pulling in a second global lib.
 */
export type SqlValue = string | number | null | ArrayBuffer;

export interface SqlCursor<T> extends Iterable<T> {
  toArray(): T[];
  one(): T;
  readonly rowsWritten: number;
}

export interface SqlStorage {
  exec<T = Record<string, SqlValue>>(query: string, ...bindings: SqlValue[]): SqlCursor<T>;
}

export interface DurableObjectStorage {
  sql: SqlStorage;
  /** Runs `fn` as one SQLite transaction: all of its writes or none. */
  transactionSync<T>(fn: () => T): T;
  setAlarm(scheduledTime: number): Promise<void>;
  getAlarm(): Promise<number | null>;
}

export interface DurableObjectState {
  storage: DurableObjectStorage;
  blockConcurrencyWhile<T>(fn: () => Promise<T>): Promise<T>;
}

export interface DurableObjectStub {
  fetch(input: string, init?: RequestInit): Promise<Response>;
}

export interface DurableObjectNamespace {
  idFromName(name: string): unknown;
  get(id: unknown): DurableObjectStub;
}

/** The Worker's per-request context: work that may finish after the answer is sent. */
export interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

export interface Queue<T> {
  send(body: T): Promise<void>;
}

export interface QueueMessage<T> {
  readonly body: T;
  ack(): void;
  retry(): void;
}

export interface MessageBatch<T> {
  readonly messages: readonly QueueMessage<T>[];
}
