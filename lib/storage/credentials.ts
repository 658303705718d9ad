import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { ZodError } from 'zod';
import { credentialsSchema, legacyCredentialsSetting, type Credentials, type SettingWrite } from './settings';

/**
 * Where the shop's API credentials live: the extension origin's own IndexedDB, a database of its own,
 * encrypted (AES-GCM) with a non-extractable WebCrypto key kept beside them. `storage.local` is readable
 * by content scripts in Firefox and in Chrome unless `setAccessLevel` succeeded (Chrome only); an
 * IndexedDB database belongs to the origin that opened it, and content scripts run in Seller Center's
 * origin, so no content script of any browser can open this one. The encryption keeps the secrets out
 * of plain text in the profile's files; the key cannot be exported, only used by this origin.
 *
 * Writes are serialised (one queue in the background worker, the only writer) and each carries the
 * `generation` it was based on: disconnecting or connecting again bumps it, and a write based on an
 * older generation (a connection test or a token refresh that was in flight) is dropped instead of
 * bringing wiped secrets back.
 */

const SECRETS_DB_NAME = 'lastmile-lens-secrets';

interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

interface CredentialRow {
  id: 'current';
  generation: number;
  sealed: Sealed | null;
}

interface KeyRow {
  id: 'key';
  key: CryptoKey;
}

class SecretsDb extends Dexie {
  credentials!: Table<CredentialRow, string>;
  keys!: Table<KeyRow, string>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ credentials: 'id', keys: 'id' });
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

const EMPTY: CredentialRow = { id: 'current', generation: 0, sealed: null };

function toIssues(error: ZodError): Extract<SettingWrite, { ok: false }>['issues'] {
  // Path and message only: zod's `input` would carry the secret itself.
  return error.issues.map((issue) => ({
    key: 'local:credentials',
    path: issue.path.map(String).join('.') || '(root)',
    code: issue.code,
    message: issue.message,
  }));
}

async function seal(key: CryptoKey, credentials: Credentials): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(JSON.stringify(credentials)),
  );
  return { iv, data };
}

/** The credentials, or null when there are none or they cannot be read (lost key, tampered data). */
async function unseal(key: CryptoKey, sealed: Sealed | null): Promise<Credentials | null> {
  if (!sealed) return null;
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
    const parsed = credentialsSchema.safeParse(JSON.parse(new TextDecoder().decode(plain)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function keyOf(db: SecretsDb): Promise<CryptoKey> {
  const stored = await db.keys.get('key');
  if (stored) return stored.key;
  // Non-extractable: usable by this origin to encrypt and decrypt, never readable as bytes.
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  await db.keys.put({ id: 'key', key });
  return key;
}

/**
 * Moves credentials an earlier version kept in `storage.local` into the store, then deletes them there
 * (even a corrupt copy: it is a secret lying where content scripts may read it). Idempotent.
 */
async function migrateLegacy(db: SecretsDb, key: CryptoKey): Promise<void> {
  const legacy = await legacyCredentialsSetting.read();
  if (legacy.ok && legacy.value) {
    const row = (await db.credentials.get('current')) ?? EMPTY;
    // A connection made since wins over the old copy.
    if (!row.sealed) await db.credentials.put({ ...row, sealed: await seal(key, legacy.value) });
  }
  await legacyCredentialsSetting.removeValue();
}

function createStore(name: string, options?: DexieOptions): CredentialStore {
  let ready: Promise<{ db: SecretsDb; key: CryptoKey }> | undefined;
  const open = () => {
    ready ??= (async () => {
      const db = new SecretsDb(name, options);
      await db.open();
      const key = await keyOf(db);
      await migrateLegacy(db, key);
      return { db, key };
    })().catch((error: unknown) => {
      ready = undefined; // a failed open is retried by the next call, not cached for the worker's life
      throw error;
    });
    return ready;
  };
  // WebCrypto cannot run inside an IndexedDB transaction (it would commit), so writes are serialised by
  // this queue: each reads, changes and writes the row before the next starts.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const bump = (credentials: Credentials | null, basedOn?: number) =>
    serially(async () => {
      const { db, key } = await open();
      const row = (await db.credentials.get('current')) ?? EMPTY;
      if (basedOn !== undefined && row.generation !== basedOn) return undefined;
      const generation = row.generation + 1;
      await db.credentials.put({
        id: 'current',
        generation,
        sealed: credentials ? await seal(key, credentials) : null,
      });
      return generation;
    });
  return {
    async read() {
      const { db, key } = await open();
      const row = (await db.credentials.get('current')) ?? EMPTY;
      return { generation: row.generation, credentials: await unseal(key, row.sealed) };
    },
    update: (generation, update) =>
      serially(async () => {
        const { db, key } = await open();
        const row = await db.credentials.get('current');
        if (!row || row.generation !== generation) return false;
        const current = await unseal(key, row.sealed);
        if (!current) return false;
        const next = credentialsSchema.safeParse(update(current));
        if (!next.success) return false;
        await db.credentials.put({ ...row, sealed: await seal(key, next.data) });
        return true;
      }),
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
