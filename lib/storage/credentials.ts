import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { ZodError } from 'zod';
import { credentialsSchema, legacyCredentialsSetting, type Credentials, type SettingWrite } from './settings';

/**
 * Where the shop's API credentials live: the extension origin's own IndexedDB, a database of its own.
 * `storage.local` is readable by content scripts in Firefox and in Chrome unless `setAccessLevel` (Chrome
 * only) succeeded; an IndexedDB database belongs to the origin that opened it, and content scripts run in
 * Seller Center's origin, so no content script of any browser can open this one.
 *
 * Every write goes through one IndexedDB read-write transaction on one row, so writes are serialised by
 * the database itself, and each carries the `generation` it was based on: disconnecting or connecting
 * again bumps it, and a write based on an older generation (a connection test or a token refresh that
 * was in flight) is dropped instead of bringing wiped secrets back.
 */

export const SECRETS_DB_NAME = 'lastmile-lens-secrets';

interface CredentialRow {
  id: 'current';
  generation: number;
  credentials: Credentials | null;
}

class SecretsDb extends Dexie {
  credentials!: Table<CredentialRow, string>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ credentials: 'id' });
  }
}

export interface CredentialSnapshot {
  /** Bumped by every connect and disconnect. */
  generation: number;
  credentials: Credentials | null;
}

export interface CredentialStore {
  read(): Promise<CredentialSnapshot>;
  /**
   * Applies `update` to the credentials as stored NOW (not to an older copy), only if the generation is
   * still `generation` and the shop is still connected. Returns whether it wrote.
   * Example: `await store.update(snapshot.generation, (c) => ({ ...c, shopCipher }))`.
   */
  update(generation: number, update: (current: Credentials) => Credentials): Promise<boolean>;
  /**
   * A new connection: validates, writes, bumps the generation. With `basedOn`, writes only if the
   * generation is still that one (a disconnect during an authorization-code exchange wins).
   */
  replace(credentials: Credentials, basedOn?: number): Promise<SettingWrite>;
  /** Disconnect: deletes the secrets and bumps the generation. */
  clear(): Promise<number>;
}

const EMPTY: CredentialRow = { id: 'current', generation: 0, credentials: null };

function toIssues(error: ZodError): Extract<SettingWrite, { ok: false }>['issues'] {
  // Path and message only: zod's `input` would carry the secret itself.
  return error.issues.map((issue) => ({
    key: 'local:credentials',
    path: issue.path.map(String).join('.') || '(root)',
    code: issue.code,
    message: issue.message,
  }));
}

/**
 * Moves credentials an earlier version kept in `storage.local` into the store, then deletes them there
 * (even a corrupt copy: it is a secret lying where content scripts may read it). Idempotent.
 */
async function migrateLegacy(db: SecretsDb): Promise<void> {
  const legacy = await legacyCredentialsSetting.read();
  if (legacy.ok && legacy.value) {
    const credentials = legacy.value;
    await db.transaction('rw', db.credentials, async () => {
      const row = (await db.credentials.get('current')) ?? EMPTY;
      // A connection made since wins over the old copy.
      if (!row.credentials) await db.credentials.put({ ...row, credentials });
    });
  }
  await legacyCredentialsSetting.removeValue();
}

function createStore(name: string, options?: DexieOptions): CredentialStore {
  let ready: Promise<SecretsDb> | undefined;
  const open = (): Promise<SecretsDb> => {
    ready ??= (async () => {
      const db = new SecretsDb(name, options);
      await db.open();
      await migrateLegacy(db);
      return db;
    })().catch((error: unknown) => {
      ready = undefined; // a failed open is retried by the next call, not cached for the worker's life
      throw error;
    });
    return ready;
  };
  const bump = async (credentials: Credentials | null, basedOn?: number): Promise<number | undefined> => {
    const db = await open();
    return db.transaction('rw', db.credentials, async () => {
      const row = (await db.credentials.get('current')) ?? EMPTY;
      if (basedOn !== undefined && row.generation !== basedOn) return undefined;
      const generation = row.generation + 1;
      await db.credentials.put({ id: 'current', generation, credentials });
      return generation;
    });
  };
  return {
    async read() {
      const db = await open();
      const row = (await db.credentials.get('current')) ?? EMPTY;
      const parsed = credentialsSchema.nullable().safeParse(row.credentials);
      return { generation: row.generation, credentials: parsed.success ? parsed.data : null };
    },
    async update(generation, update) {
      const db = await open();
      return db.transaction('rw', db.credentials, async () => {
        const row = await db.credentials.get('current');
        if (!row || row.generation !== generation || !row.credentials) return false;
        const next = credentialsSchema.safeParse(update(row.credentials));
        if (!next.success) return false;
        await db.credentials.put({ ...row, credentials: next.data });
        return true;
      });
    },
    async replace(credentials, basedOn) {
      const parsed = credentialsSchema.safeParse(credentials);
      if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
      if ((await bump(parsed.data, basedOn)) !== undefined) return { ok: true };
      const message = 'The shop was disconnected or connected again meanwhile';
      return { ok: false, issues: [{ key: 'local:credentials', path: '(root)', code: 'superseded', message }] };
    },
    clear: async () => (await bump(null))!,
  };
}

const stores = new Map<string, CredentialStore>();

/**
 * The credential store of this extension (one per database name; tests pass their own name and an
 * IndexedDB implementation). Example: `const { credentials } = await credentialStore().read()`.
 */
export function credentialStore(name: string = SECRETS_DB_NAME, options?: DexieOptions): CredentialStore {
  let store = stores.get(name);
  if (!store) {
    store = createStore(name, options);
    stores.set(name, store);
  }
  return store;
}
