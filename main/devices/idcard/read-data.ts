/**
 * The data parts of the SAM's read responses (devices.md §1.5, §1.9): the 30 01 / 30 10 card read with its length
 * prefixes, the SAM ID of 12 FF, the appended address of 30 03, and the WLT photo header. Each parser checks sizes
 * exactly, because a wrong size means the frame was cut wrongly and every offset after it would be garbage.
 */
import { decodeUcs2, encodeUcs2Field, PHOTO_BLOCK_BYTES, TEXT_BLOCK_BYTES } from './card-text';
import { IdCardError } from './errors';

export const FINGERPRINT_BYTES = 1024;
export const SAM_ID_BYTES = 16;
export const APPENDED_ADDRESS_BYTES = 70;

export interface ReadPayload {
  /** 256 bytes. */
  text: Buffer;
  /** 1 024 bytes, WLT. */
  photo: Buffer;
  /** 1 024 bytes, or null when the card has none or 30 01 was used. */
  fingerprint: Buffer | null;
}

function invalid(detail: string): IdCardError {
  return new IdCardError('IDCARD_FRAME_INVALID', detail);
}

/**
 * data of a 30 01 response (textLen, photoLen as big-endian 16-bit, then text and photo) or, withFingerprint, of
 * 30 10 (textLen, photoLen, fpLen, text, photo, fingerprint of 1 024 or 0 bytes).
 */
export function parseReadData(data: Buffer, withFingerprint: boolean): ReadPayload {
  const prefix = withFingerprint ? 6 : 4;
  const what = withFingerprint ? '30 10 data' : '30 01 data';
  if (data.length < prefix) throw invalid(`${what}: ${data.length} bytes, shorter than its length prefix`);
  const textLen = data.readUInt16BE(0);
  const photoLen = data.readUInt16BE(2);
  const fpLen = withFingerprint ? data.readUInt16BE(4) : 0;
  if (textLen !== TEXT_BLOCK_BYTES) throw invalid(`${what}: text length ${textLen}, expected ${TEXT_BLOCK_BYTES}`);
  if (photoLen !== PHOTO_BLOCK_BYTES) throw invalid(`${what}: photo length ${photoLen}, expected ${PHOTO_BLOCK_BYTES}`);
  if (fpLen !== 0 && fpLen !== FINGERPRINT_BYTES) throw invalid(`${what}: fingerprint length ${fpLen}, expected 0 or ${FINGERPRINT_BYTES}`);
  const total = prefix + textLen + photoLen + fpLen;
  if (data.length !== total) throw invalid(`${what}: lengths add up to ${total} bytes, got ${data.length}`);
  const photoAt = prefix + textLen;
  const fpAt = photoAt + photoLen;
  return {
    text: Buffer.from(data.subarray(prefix, photoAt)),
    photo: Buffer.from(data.subarray(photoAt, fpAt)),
    fingerprint: fpLen > 0 ? Buffer.from(data.subarray(fpAt, fpAt + fpLen)) : null,
  };
}

/**
 * The data of a read response, for the simulator: fingerprint undefined gives the 30 01 layout, null or bytes the
 * 30 10 layout. Lengths are written as given, unchecked, so tests can build wrong ones on purpose.
 */
export function encodeReadData(text: Uint8Array, photo: Uint8Array, fingerprint?: Uint8Array | null): Buffer {
  const parts = fingerprint === undefined ? [text, photo] : [text, photo, fingerprint ?? new Uint8Array(0)];
  const prefix = Buffer.alloc(parts.length * 2);
  parts.forEach((p, i) => {
    if (p.length > 0xffff) throw new RangeError(`part ${i} of ${p.length} bytes does not fit a 16-bit length`);
    prefix.writeUInt16BE(p.length, i * 2);
  });
  return Buffer.concat([prefix, ...parts]);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The SAM's printed number from the 16 bytes of 12 FF, the way vendor tools print it: byte 0 "." byte 2, then three
 * little-endian 32-bit numbers from offsets 4, 8 and 12 joined by "-".
 */
export function parseSamId(data: Buffer): string {
  if (data.length !== SAM_ID_BYTES) throw invalid(`SAM ID: expected ${SAM_ID_BYTES} bytes got ${data.length}`);
  return `${pad2(data[0])}.${pad2(data[2])}-${data.readUInt32LE(4)}-${data.readUInt32LE(8)}-${data.readUInt32LE(12)}`;
}

/** The inverse of parseSamId for the simulator, from the printed form '05.01-20101207-39532-1136700161'. */
export function encodeSamId(printed: string): Buffer {
  const m = /^(\d{1,3})\.(\d{1,3})-(\d{1,10})-(\d{1,10})-(\d{1,10})$/.exec(printed);
  if (!m) throw new Error(`"${printed}" is not a SAM ID like 05.01-20101207-39532-1136700161`);
  const [major, minor, a, b, c] = m.slice(1).map(Number);
  if (major > 0xff || minor > 0xff || a > 0xffffffff || b > 0xffffffff || c > 0xffffffff) {
    throw new Error(`"${printed}" has a part too large for its field`);
  }
  const out = Buffer.alloc(SAM_ID_BYTES);
  out[0] = major;
  out[2] = minor;
  out.writeUInt32LE(a, 4);
  out.writeUInt32LE(b, 8);
  out.writeUInt32LE(c, 12);
  return out;
}

/** 最新住址 from 30 03: 70 bytes of UTF-16LE. */
export function parseAppendedAddress(data: Buffer): string {
  if (data.length !== APPENDED_ADDRESS_BYTES) {
    throw invalid(`appended address: expected ${APPENDED_ADDRESS_BYTES} bytes got ${data.length}`);
  }
  return decodeUcs2(data);
}

export function encodeAppendedAddress(address: string): Buffer {
  return encodeUcs2Field(address, APPENDED_ADDRESS_BYTES);
}

/** Width and height from a WLT photo's header ("WL", then two little-endian 16-bit values); null if not WLT. */
export function photoHeader(photo: Uint8Array): { width: number; height: number } | null {
  if (photo.length < 6 || photo[0] !== 0x57 || photo[1] !== 0x4c) return null;
  return { width: photo[2] | (photo[3] << 8), height: photo[4] | (photo[5] << 8) };
}
