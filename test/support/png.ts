/**
 * A small PNG reader for the images poppler's pdftoppm writes — 8-bit grayscale or RGB,
 * not interlaced — and a gray-level comparison of two such images for the golden tests.
 * Only node:zlib is used. Anything else (palette, alpha, 16-bit, interlaced) is refused
 * with a message that says what was found.
 */
import zlib from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** 1 for grayscale, 3 for RGB. */
  channels: 1 | 3;
  /** Row-major samples, `channels` bytes per pixel, no filter bytes. */
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const COLOUR_TYPES: Record<number, string> = {
  0: 'grayscale',
  2: 'RGB',
  3: 'palette',
  4: 'grayscale with alpha',
  6: 'RGB with alpha',
};

export class PngError extends Error {
  override name = 'PngError';
}

/** Decodes a PNG held in memory. `source` names the file in error messages. */
export function decodePng(data: Uint8Array, source = 'PNG'): DecodedPng {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const fail = (why: string): never => {
    throw new PngError(`${source}: ${why}`);
  };
  if (buf.length < SIGNATURE.length || !buf.subarray(0, SIGNATURE.length).equals(SIGNATURE)) fail('not a PNG file (bad signature)');

  let header: { width: number; height: number; channels: 1 | 3 } | undefined;
  const idat: Buffer[] = [];
  let ended = false;
  let pos = SIGNATURE.length;
  while (pos < buf.length && !ended) {
    if (pos + 12 > buf.length) fail(`truncated chunk header at byte ${pos}`);
    const length = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const end = pos + 12 + length;
    if (end > buf.length) fail(`chunk ${type} at byte ${pos} runs past the end of the file`);
    const body = buf.subarray(pos + 8, pos + 8 + length);
    const crc = buf.readUInt32BE(pos + 8 + length);
    if (zlib.crc32(buf.subarray(pos + 4, pos + 8 + length)) !== crc) fail(`CRC mismatch in chunk ${type} at byte ${pos}`);

    if (header === undefined && type !== 'IHDR') fail(`first chunk is ${type}, expected IHDR`);
    switch (type) {
      case 'IHDR':
        if (header) fail('second IHDR chunk');
        header = readHeader(body, fail);
        break;
      case 'IDAT':
        idat.push(body);
        break;
      case 'IEND':
        ended = true;
        break;
      case 'PLTE':
        fail('palette (PLTE) images are not supported');
        break;
      default:
        // Ancillary chunks (lower-case first letter) carry nothing the pixels need.
        if ((type.charCodeAt(0) & 0x20) === 0) fail(`unsupported critical chunk ${type}`);
    }
    pos = end;
  }
  if (!header) return fail('no IHDR chunk');
  if (!ended) fail('no IEND chunk (file truncated?)');
  if (idat.length === 0) fail('no IDAT chunk');
  const { width, height, channels } = header;

  let raw: Buffer;
  try {
    raw = zlib.inflateSync(Buffer.concat(idat));
  } catch (e) {
    return fail(`image data does not inflate: ${(e as Error).message}`);
  }
  const stride = width * channels;
  const expected = height * (stride + 1);
  if (raw.length !== expected) fail(`image data is ${raw.length} bytes after inflating, expected ${expected} for ${width}×${height}`);

  return { width, height, channels, pixels: unfilter(raw, width, height, channels, fail) };
}

function readHeader(body: Buffer, fail: (why: string) => never): { width: number; height: number; channels: 1 | 3 } {
  if (body.length !== 13) fail(`IHDR is ${body.length} bytes, expected 13`);
  const width = body.readUInt32BE(0);
  const height = body.readUInt32BE(4);
  const [bitDepth, colourType, compression, filterMethod, interlace] = body.subarray(8, 13);
  if (width === 0 || height === 0) fail(`empty image (${width}×${height})`);
  if (colourType === 3) fail('palette images (colour type 3) are not supported');
  if (colourType !== 0 && colourType !== 2) fail(`colour type ${colourType} (${COLOUR_TYPES[colourType] ?? 'invalid'}) is not supported; only 8-bit grayscale or RGB`);
  if (bitDepth !== 8) fail(`bit depth ${bitDepth} is not supported; only 8-bit samples`);
  if (compression !== 0) fail(`unknown compression method ${compression}`);
  if (filterMethod !== 0) fail(`unknown filter method ${filterMethod}`);
  if (interlace === 1) fail('interlaced (Adam7) images are not supported');
  if (interlace !== 0) fail(`unknown interlace method ${interlace}`);
  return { width, height, channels: colourType === 0 ? 1 : 3 };
}

/** Undoes the per-row filters (None, Sub, Up, Average, Paeth); one byte per sample. */
function unfilter(raw: Buffer, width: number, height: number, bpp: number, fail: (why: string) => never): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(height * stride);
  const zero = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = out.subarray(y * stride, (y + 1) * stride);
    const up = y === 0 ? zero : out.subarray((y - 1) * stride, y * stride);
    switch (filter) {
      case 0:
        row.set(src);
        break;
      case 1:
        for (let i = 0; i < stride; i++) row[i] = src[i] + (i >= bpp ? row[i - bpp] : 0);
        break;
      case 2:
        for (let i = 0; i < stride; i++) row[i] = src[i] + up[i];
        break;
      case 3:
        for (let i = 0; i < stride; i++) row[i] = src[i] + (((i >= bpp ? row[i - bpp] : 0) + up[i]) >> 1);
        break;
      case 4:
        for (let i = 0; i < stride; i++) {
          const a = i >= bpp ? row[i - bpp] : 0;
          const c = i >= bpp ? up[i - bpp] : 0;
          row[i] = src[i] + paeth(a, up[i], c);
        }
        break;
      default:
        fail(`row ${y} has unknown filter type ${filter}`);
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Gray level of every pixel (RGB weighted as ITU-R BT.601 luma). */
export function grayLevels(img: DecodedPng): Uint8Array {
  if (img.channels === 1) return img.pixels;
  const n = img.width * img.height;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = img.pixels;
    out[i] = Math.round((299 * p[3 * i] + 587 * p[3 * i + 1] + 114 * p[3 * i + 2]) / 1000);
  }
  return out;
}

export interface GrayComparison {
  sameSize: boolean;
  /** Pixels whose gray levels differ by more than the threshold (48 unless told); when the
   * sizes differ, every pixel one image has and the other lacks counts as differing. */
  differing: number;
  /** `differing` over the pixels compared (the larger width × the larger height). */
  ratio: number;
  /** Smallest rectangle holding every differing pixel, or null when none differ. */
  box: { left: number; top: number; right: number; bottom: number } | null;
}

export const GRAY_THRESHOLD = 48;

export function compareGray(a: DecodedPng, b: DecodedPng, threshold = GRAY_THRESHOLD): GrayComparison {
  const ga = grayLevels(a);
  const gb = grayLevels(b);
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  let differing = 0;
  let box: GrayComparison['box'] = null;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inA = x < a.width && y < a.height;
      const inB = x < b.width && y < b.height;
      const differs = inA && inB ? Math.abs(ga[y * a.width + x] - gb[y * b.width + x]) > threshold : true;
      if (!differs) continue;
      differing++;
      if (!box) box = { left: x, top: y, right: x, bottom: y };
      else {
        box.left = Math.min(box.left, x);
        box.right = Math.max(box.right, x);
        box.bottom = y;
      }
    }
  }
  return { sameSize: a.width === b.width && a.height === b.height, differing, ratio: differing / (width * height), box };
}
