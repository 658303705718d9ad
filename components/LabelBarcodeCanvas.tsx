import { useEffect, useRef } from 'react';

/** An 8-bit greyscale bitmap, one byte per pixel (0 black, 255 white), as lib/label renders it. */
export interface GreyBitmap {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Paints a printer bitmap onto a `<canvas>` pixel for pixel (canvas size = bitmap size) and sizes it
 * in physical units (`widthMm` × `heightMm`), so a print at 100 % puts every printer dot where the
 * printer would. `onPainted` gets the pixels read back from the canvas — what the page will actually
 * print — so a scan check can decode exactly those.
 */
export function LabelBarcodeCanvas({
  bitmap,
  widthMm,
  heightMm,
  label,
  onPainted,
}: {
  bitmap: GreyBitmap;
  widthMm: number;
  heightMm: number;
  label: string;
  onPainted?: (painted: GreyBitmap) => void;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d', { willReadFrequently: true });
    if (!canvas || !context) return;
    const rgba = new Uint8ClampedArray(bitmap.width * bitmap.height * 4);
    for (let i = 0; i < bitmap.data.length; i++) {
      const grey = bitmap.data[i]!;
      rgba[i * 4] = grey;
      rgba[i * 4 + 1] = grey;
      rgba[i * 4 + 2] = grey;
      rgba[i * 4 + 3] = 255;
    }
    context.putImageData(new ImageData(rgba, bitmap.width, bitmap.height), 0, 0);
    if (!onPainted) return;
    const back = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const grey = new Uint8Array(bitmap.width * bitmap.height);
    for (let i = 0; i < grey.length; i++) grey[i] = back[i * 4]!;
    onPainted({ width: bitmap.width, height: bitmap.height, data: grey });
    // The bitmap object identifies the drawing; a new callback identity alone must not repaint.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bitmap]);
  return (
    <canvas
      ref={ref}
      width={bitmap.width}
      height={bitmap.height}
      role="img"
      aria-label={label}
      style={{ width: `${widthMm}mm`, height: `${heightMm}mm`, imageRendering: 'pixelated', display: 'block' }}
    />
  );
}
