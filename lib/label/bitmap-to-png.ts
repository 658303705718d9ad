/**
 * bitmapToPng: a LabelBitmap as an 8-bit greyscale PNG, with its print resolution in the pHYs chunk
 * so image tools and printers that honour it reproduce one bitmap pixel per printer dot. Pure and
 * synchronous: the image data is stored in uncompressed deflate blocks (no zlib needed in the
 * worker or page); a 4×6 in label barcode at 203 dpi is ~110 kB, which is fine for a test print.
 */
import type { LabelBitmap } from './label-bitmap';
import { MM_PER_INCH } from '@/lib/units';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]!) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

/** zlib stream of stored (uncompressed) deflate blocks of at most 65 535 bytes. */
function storeZlib(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / 65535));
  const out = new Uint8Array(2 + raw.length + blocks * 5 + 4);
  const view = new DataView(out.buffer);
  out[0] = 0x78;
  out[1] = 0x01;
  let at = 2;
  for (let i = 0; i < blocks; i++) {
    const part = raw.subarray(i * 65535, Math.min(raw.length, (i + 1) * 65535));
    out[at] = i === blocks - 1 ? 1 : 0;
    view.setUint16(at + 1, part.length, true);
    view.setUint16(at + 3, ~part.length & 0xffff, true);
    out.set(part, at + 5);
    at += 5 + part.length;
  }
  view.setUint32(at, adler32(raw));
  return out;
}

/**
 * Encodes a bitmap as PNG bytes. `dpi` (optional) is written as pixels per metre in pHYs.
 * Example: `bitmapToPng(rendered, { dpi: 203 })` → Uint8Array starting 0x89 'PNG'.
 */
export function bitmapToPng(bitmap: LabelBitmap, options: { dpi?: number } = {}): Uint8Array {
  const { width, height, data } = bitmap;
  const header = new Uint8Array(13);
  const headerView = new DataView(header.buffer);
  headerView.setUint32(0, width);
  headerView.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale
  const scanlines = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++) scanlines.set(data.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header)];
  if (options.dpi !== undefined && Number.isFinite(options.dpi) && options.dpi > 0) {
    const phys = new Uint8Array(9);
    const pixelsPerMetre = Math.round((options.dpi * 1000) / MM_PER_INCH);
    new DataView(phys.buffer).setUint32(0, pixelsPerMetre);
    new DataView(phys.buffer).setUint32(4, pixelsPerMetre);
    phys[8] = 1; // unit: metre
    parts.push(chunk('pHYs', phys));
  }
  parts.push(chunk('IDAT', storeZlib(scanlines)), chunk('IEND', new Uint8Array(0)));
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}
