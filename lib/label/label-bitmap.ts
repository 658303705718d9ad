/** An 8-bit greyscale image, one byte per pixel, row by row: 0 = black, 255 = white. */
export interface LabelBitmap {
  width: number;
  height: number;
  data: Uint8Array;
}

/** True when `value` is a well-formed LabelBitmap (positive integer size, data of width × height bytes). */
export function isLabelBitmap(value: unknown): value is LabelBitmap {
  if (typeof value !== 'object' || value === null) return false;
  const { width, height, data } = value as Partial<LabelBitmap>;
  return (
    Number.isInteger(width) &&
    Number.isInteger(height) &&
    (width as number) > 0 &&
    (height as number) > 0 &&
    data instanceof Uint8Array &&
    data.length === (width as number) * (height as number)
  );
}
