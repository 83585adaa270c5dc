/**
 * GA 467 SAM frames (devices.md §1.1–1.3): preamble AA AA AA 96 69, a big-endian length counting every byte after
 * the length field including the checksum, the body, and an XOR checksum over the length bytes and the body.
 * Frames are cut by their length alone: the payload is binary (photo, UTF-16 text), so any delimiter could occur
 * inside it.
 */
import { IdCardError, hex2 } from './errors';

const PREAMBLE_BYTES = [0xaa, 0xaa, 0xaa, 0x96, 0x69] as const;
/** A copy for callers; frames are checked against PREAMBLE_BYTES so a caller writing into this Buffer breaks nothing. */
export const PREAMBLE: Buffer = Buffer.from(PREAMBLE_BYTES);
/** Preamble plus the two length bytes: what has to arrive before the rest of a frame can be sized. */
export const HEADER_BYTES = 7;

/** SW1 SW2 SW3 CHK: the shortest response. */
export const RESPONSE_MIN_LENGTH = 4;
/** CMD PARA CHK: the shortest command. */
export const COMMAND_MIN_LENGTH = 3;

/**
 * The largest length field believed. The biggest real response, 30 10 with a fingerprint, needs 3 SW + 6 length
 * bytes + 256 + 1 024 + 1 024 + 1 CHK = 2 314. 4 096 leaves room for a vendor's longer variant while a corrupted
 * length (up to 65 535) cannot make us sit waiting for bytes that will never come or hold a large buffer.
 */
export const MAX_LENGTH_FIELD = 4096;

const SW3_OFFSET = 9;

/** XOR of bytes[start..end). */
export function xorChecksum(bytes: Uint8Array, start: number, end: number): number {
  let x = 0;
  for (let i = start; i < end; i++) x ^= bytes[i];
  return x;
}

function checkByte(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xff) throw new RangeError(`${what} must be a byte, got ${value}`);
}

/** Preamble + length + body + CHK, where body is everything the length counts except the checksum. */
function buildFrame(body: Uint8Array): Buffer {
  const length = body.length + 1;
  if (length > MAX_LENGTH_FIELD) throw new RangeError(`frame body of ${body.length} bytes exceeds the length limit ${MAX_LENGTH_FIELD}`);
  const frame = Buffer.alloc(HEADER_BYTES + length);
  frame.set(PREAMBLE_BYTES, 0);
  frame.writeUInt16BE(length, 5);
  frame.set(body, HEADER_BYTES);
  frame[frame.length - 1] = xorChecksum(frame, 5, frame.length - 1);
  return frame;
}

export function encodeCommand(cmd: number, para: number, data?: Uint8Array): Buffer {
  checkByte(cmd, 'CMD');
  checkByte(para, 'PARA');
  const body = Buffer.alloc(2 + (data?.length ?? 0));
  body[0] = cmd;
  body[1] = para;
  if (data) body.set(data, 2);
  return buildFrame(body);
}

export function encodeResponse(sw3: number, data?: Uint8Array, sw1 = 0, sw2 = 0): Buffer {
  checkByte(sw1, 'SW1');
  checkByte(sw2, 'SW2');
  checkByte(sw3, 'SW3');
  const body = Buffer.alloc(3 + (data?.length ?? 0));
  body[0] = sw1;
  body[1] = sw2;
  body[2] = sw3;
  if (data) body.set(data, 3);
  return buildFrame(body);
}

export interface SamResponse {
  sw1: number;
  sw2: number;
  sw3: number;
  data: Buffer;
}

export interface SamCommand {
  cmd: number;
  para: number;
  data: Buffer;
}

function invalid(detail: string): IdCardError {
  return new IdCardError('IDCARD_FRAME_INVALID', detail);
}

/** Whether bytes[at..at+5) is the preamble; reports the first mismatch. */
function preambleProblem(bytes: Uint8Array, at: number): string | null {
  for (let i = 0; i < PREAMBLE_BYTES.length; i++) {
    if (bytes[at + i] !== PREAMBLE_BYTES[i]) {
      const got = Array.from(bytes.subarray(at, at + PREAMBLE_BYTES.length), hex2).join(' ');
      return `preamble: expected AA AA AA 96 69 got ${got}`;
    }
  }
  return null;
}

function lengthProblem(length: number, minLength: number): string | null {
  if (length < minLength) return `length: ${length} is below the minimum ${minLength}`;
  if (length > MAX_LENGTH_FIELD) return `length: ${length} exceeds the limit ${MAX_LENGTH_FIELD}`;
  return null;
}

/** Checks one whole frame and returns its body (between the length field and the checksum). */
function verifyFrame(frame: Uint8Array, minLength: number): Uint8Array {
  if (frame.length < HEADER_BYTES) throw invalid(`size: ${frame.length} bytes is shorter than the ${HEADER_BYTES}-byte header`);
  const pre = preambleProblem(frame, 0);
  if (pre) throw invalid(pre);
  const length = (frame[5] << 8) | frame[6];
  const len = lengthProblem(length, minLength);
  if (len) throw invalid(len);
  if (frame.length !== HEADER_BYTES + length) {
    throw invalid(`size: length field ${length} needs ${HEADER_BYTES + length} bytes, got ${frame.length}`);
  }
  const expected = xorChecksum(frame, 5, frame.length - 1);
  const got = frame[frame.length - 1];
  if (expected !== got) throw invalid(`checksum: expected 0x${hex2(expected)} got 0x${hex2(got)}`);
  return frame.subarray(HEADER_BYTES, frame.length - 1);
}

/** One whole response frame → its status bytes and a copy of its data. */
export function decodeResponse(frame: Uint8Array): SamResponse {
  const body = verifyFrame(frame, RESPONSE_MIN_LENGTH);
  return { sw1: body[0], sw2: body[1], sw3: frame[SW3_OFFSET], data: Buffer.from(body.subarray(3)) };
}

/** One whole command frame → CMD, PARA and a copy of its data (the simulator's side). */
export function decodeCommand(frame: Uint8Array): SamCommand {
  const body = verifyFrame(frame, COMMAND_MIN_LENGTH);
  return { cmd: body[0], para: body[1], data: Buffer.from(body.subarray(2)) };
}

/**
 * Cuts a byte stream into frames. Bytes arrive in arbitrary pieces (64-byte USB packets, single serial bytes), so it
 * reads the 7 header bytes, checks the preamble and length as soon as they are complete, then waits for exactly
 * `length` more. It never searches for a preamble: after a bad header it drops everything it holds and the caller
 * decides how to resynchronise (the reader flushes and re-sends its command).
 */
export class FrameAssembler {
  private readonly minLength: number;
  private buf: Buffer = Buffer.alloc(0);
  private start = 0;
  private end = 0;

  constructor(opts?: { minLength?: number }) {
    this.minLength = opts?.minLength ?? RESPONSE_MIN_LENGTH;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.reserve(chunk.length);
    this.buf.set(chunk, this.end);
    this.end += chunk.length;
  }

  /** The next complete frame (header + body, checksum not yet verified) or null while one is still arriving. */
  next(): Buffer | null {
    const held = this.end - this.start;
    if (held < HEADER_BYTES) return null;
    const problem = preambleProblem(this.buf, this.start) ?? lengthProblem(this.buf.readUInt16BE(this.start + 5), this.minLength);
    if (problem) {
      this.reset();
      throw invalid(problem);
    }
    const total = HEADER_BYTES + this.buf.readUInt16BE(this.start + 5);
    if (held < total) return null;
    const frame = Buffer.from(this.buf.subarray(this.start, this.start + total));
    this.start += total;
    if (this.start === this.end) this.start = this.end = 0;
    return frame;
  }

  /** Bytes held that do not yet form a frame. */
  get pending(): number {
    return this.end - this.start;
  }

  reset(): void {
    this.start = this.end = 0;
  }

  /** Makes room for n more bytes, compacting before growing so a long session does not keep growing the buffer. */
  private reserve(n: number): void {
    if (this.end + n <= this.buf.length) return;
    const held = this.end - this.start;
    if (held + n <= this.buf.length) {
      this.buf.copyWithin(0, this.start, this.end);
    } else {
      const bigger = Buffer.alloc(Math.max(held + n, this.buf.length * 2, 256));
      this.buf.copy(bigger, 0, this.start, this.end);
      this.buf = bigger;
    }
    this.start = 0;
    this.end = held;
  }
}
