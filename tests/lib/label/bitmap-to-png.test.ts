import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bitmapToPng, renderLabelBarcode } from '@/lib/label';

interface Chunk {
  type: string;
  body: Uint8Array;
  crcOk: boolean;
}

function readChunks(png: Uint8Array): Chunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const crcOk = crc32(png.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length);
    chunks.push({ type, body: png.subarray(at + 8, at + 8 + length), crcOk });
    at += 12 + length;
  }
  return chunks;
}

describe('bitmapToPng', () => {
  const rendered = renderLabelBarcode('1Z5R89390357567127', { dpi: 203, dotsPerModule: 3 });
  if (rendered.kind !== 'bitmap') throw new Error('render failed');

  it('writes a greyscale PNG whose pixels a standard inflater gives back exactly', () => {
    const png = bitmapToPng(rendered, { dpi: 203 });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks = readChunks(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    const header = new DataView(chunks[0]!.body.buffer, chunks[0]!.body.byteOffset);
    expect([header.getUint32(0), header.getUint32(4), chunks[0]!.body[8], chunks[0]!.body[9]]).toEqual([
      rendered.width,
      rendered.height,
      8,
      0,
    ]);
    const raw = inflateSync(chunks[2]!.body);
    expect(raw.length).toBe(rendered.height * (rendered.width + 1));
    for (let y = 0; y < rendered.height; y++) {
      expect(raw[y * (rendered.width + 1)]).toBe(0);
      expect(
        Buffer.from(raw.subarray(y * (rendered.width + 1) + 1, (y + 1) * (rendered.width + 1))).equals(
          Buffer.from(rendered.data.subarray(y * rendered.width, (y + 1) * rendered.width)),
        ),
      ).toBe(true);
    }
  });

  it('records the print resolution: 203 dpi = 7992 pixels per metre', () => {
    const phys = readChunks(bitmapToPng(rendered, { dpi: 203 })).find((c) => c.type === 'pHYs')!;
    const view = new DataView(phys.body.buffer, phys.body.byteOffset);
    expect([view.getUint32(0), view.getUint32(4), phys.body[8]]).toEqual([7992, 7992, 1]);
    expect(readChunks(bitmapToPng(rendered)).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('splits image data larger than one stored deflate block', () => {
    const big = { width: 400, height: 400, data: new Uint8Array(400 * 400).map((_, i) => (i * 7) % 256) };
    const idat = readChunks(bitmapToPng(big)).find((c) => c.type === 'IDAT')!;
    const raw = inflateSync(idat.body);
    expect(raw.length).toBe(400 * 401);
    expect(raw[401 + 1]).toBe(big.data[400]);
  });
});
