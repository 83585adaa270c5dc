/**
 * The decoded photo's way to the screen: vendor decoders hand back a 24-bit BMP (or the bare BGR
 * pixels) of the card's 102 × 126 photo; the UI and the PDFs take PNG.
 */
import zlib from 'node:zlib';

export const PHOTO_WIDTH = 102;
export const PHOTO_HEIGHT = 126;
/** 102 × 126 × 3: the bare pixels some decoders return. */
export const RAW_BGR_BYTES = PHOTO_WIDTH * PHOTO_HEIGHT * 3;
/** 54-byte header + 126 rows of 306 bytes padded to 308: the BMP most decoders return. */
export const BMP_BYTES = 54 + PHOTO_HEIGHT * 308;

export interface RgbImage {
  width: number;
  height: number;
  /** Top-down rows, 3 bytes (R, G, B) per pixel, no padding. */
  rgb: Buffer;
}

/** A 24-bit uncompressed BMP, bottom-up or top-down; null for anything else. */
export function parseBmp(buf: Uint8Array): RgbImage | null {
  if (buf.length < 54 || buf[0] !== 0x42 || buf[1] !== 0x4d) return null;
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const offset = b.readUInt32LE(10);
  const width = b.readInt32LE(18);
  const rawHeight = b.readInt32LE(22);
  const bpp = b.readUInt16LE(28);
  const compression = b.readUInt32LE(30);
  const height = Math.abs(rawHeight);
  if (bpp !== 24 || compression !== 0 || width < 1 || width > 1024 || height < 1 || height > 1024) return null;
  const stride = Math.ceil((width * 3) / 4) * 4;
  if (offset < 54 || offset + stride * height > b.length) return null;
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const src = offset + (rawHeight > 0 ? height - 1 - y : y) * stride;
    for (let x = 0; x < width; x++) {
      const s = src + x * 3;
      const d = (y * width + x) * 3;
      rgb[d] = b[s + 2];
      rgb[d + 1] = b[s + 1];
      rgb[d + 2] = b[s];
    }
  }
  return { width, height, rgb };
}

/** Bare top-down BGR pixels of the card photo's size; null when the buffer holds nothing. */
export function parseRawBgr(buf: Uint8Array): RgbImage | null {
  if (buf.length < RAW_BGR_BYTES) return null;
  const px = buf.subarray(0, RAW_BGR_BYTES);
  if (!px.some((v) => v !== 0)) return null;
  const rgb = Buffer.alloc(RAW_BGR_BYTES);
  for (let i = 0; i < RAW_BGR_BYTES; i += 3) {
    rgb[i] = px[i + 2];
    rgb[i + 1] = px[i + 1];
    rgb[i + 2] = px[i];
  }
  return { width: PHOTO_WIDTH, height: PHOTO_HEIGHT, rgb };
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Truecolour PNG, no interlace, each row unfiltered: same pixels, same bytes. */
export function encodePng(img: RgbImage): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const rowBytes = img.width * 3;
  const raw = Buffer.alloc((rowBytes + 1) * img.height);
  for (let y = 0; y < img.height; y++) img.rgb.copy(raw, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
