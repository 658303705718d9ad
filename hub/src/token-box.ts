/**
 * Shop tokens at rest: AES-GCM under a key derived from the hub's KEK (SHA-256 of `LML_HUB_KEK`),
 * a fresh 96-bit IV per write, and the shop id as additional data, so a row copied to another shop
 * does not decrypt.
 */
const encoder = new TextEncoder();

async function aesKey(kek: string): Promise<CryptoKey> {
  const raw = await crypto.subtle.digest('SHA-256', encoder.encode(kek));
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Encrypts a JSON value for one shop. Example: `await sealForShop(kek, '7494…', tokens)` → `'<iv b64>.<ciphertext b64>'`. */
export async function sealForShop(kek: string, shopId: string, value: unknown): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(shopId) },
    await aesKey(kek),
    encoder.encode(JSON.stringify(value)),
  );
  return `${toBase64(iv)}.${toBase64(new Uint8Array(sealed))}`;
}

/** Decrypts what `sealForShop` wrote; throws when the KEK or the shop differs (GCM authentication fails). */
export async function openForShop(kek: string, shopId: string, sealed: string): Promise<unknown> {
  const [iv, data] = sealed.split('.');
  if (!iv || !data) throw new Error('sealed value is malformed');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(iv), additionalData: encoder.encode(shopId) },
    await aesKey(kek),
    fromBase64(data),
  );
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}
