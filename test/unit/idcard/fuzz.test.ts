/**
 * Feeds random and mutated response frames through the same pipeline the reader runs (assembler → decodeResponse →
 * expectSuccess → read-data parsers → parseCardText → toCardFields) and checks that every failure is a typed
 * IdCardError, that nothing hangs and that the assembler never holds more than one frame's worth of bytes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CardKind } from '../../../main/contract/idcard';
import { encodeCardText, parseCardText, toCardFields, type CardText } from '../../../main/devices/idcard/card-text';
import { IdCardError } from '../../../main/devices/idcard/errors';
import {
  encodeAppendedAddress,
  encodeReadData,
  encodeSamId,
  parseAppendedAddress,
  parseReadData,
  parseSamId,
  photoHeader,
} from '../../../main/devices/idcard/read-data';
import { SAM_COMMANDS, type SamCommandName } from '../../../main/devices/idcard/sam-commands';
import {
  FrameAssembler,
  HEADER_BYTES,
  MAX_LENGTH_FIELD,
  PREAMBLE,
  decodeCommand,
  encodeCommand,
  decodeResponse,
  encodeResponse,
  xorChecksum,
} from '../../../main/devices/idcard/sam-frame';
import { expectSuccess } from '../../../main/devices/idcard/sam-status';
import { createRng } from '../../../main/services/demo/sample-data';

const SEED = 0x467_2013;
const INPUTS = 120_000;

const rng = createRng(SEED);
const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const chance = (p: number) => rng() < p;
const randomBytes = (n: number) => {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = int(0, 255);
  return b;
};

/** Photo and fingerprint bytes are opaque to the codec: a small pool keeps the PRNG for the parts that matter. */
const PHOTOS = Array.from({ length: 16 }, () => Buffer.concat([Buffer.from('574c66007e00', 'hex'), randomBytes(1018)]));
const FINGERPRINTS = Array.from({ length: 8 }, () => randomBytes(1024));

function card(kind: CardKind, fields: Partial<CardText>): CardText {
  const blank: CardText = {
    kind,
    name: '', englishName: '', genderCode: '', ethnicityCode: '', birthDate: '', address: '', idNumber: '', issuer: '',
    validFrom: '', validUntil: '', nationality: '', passNumber: '', issueCount: '', cardVersion: '', authorityCode: '',
    renewalCount: '',
  };
  return { ...blank, ...fields };
}

const VALID_BLOCKS = [
  card('resident', {
    name: '张三', genderCode: '1', ethnicityCode: '01', birthDate: '19900307', address: '东州市新华区建设路100号',
    idNumber: '11010519900307123X', issuer: '东州市公安局', validFrom: '20150601', validUntil: '长期',
  }),
  card('hmt_residence', {
    name: '陈大文', genderCode: '1', birthDate: '19850412', address: '广东省深圳市福田区', idNumber: '810000198504120018',
    issuer: '深圳市公安局', validFrom: '20200110', validUntil: '20250110', passNumber: 'H12345678', issueCount: '01',
  }),
  card('foreign_2017', {
    englishName: 'SMITH, JOHN', genderCode: '1', idNumber: 'USA110075061201', nationality: 'USA', name: '史密斯',
    validFrom: '20170615', validUntil: '20270614', birthDate: '19750612', cardVersion: '01', authorityCode: '1100',
  }),
  card('foreign_2023', {
    name: '玛丽', genderCode: '2', birthDate: '19880220', englishName: 'MARTIN, MARIE', idNumber: '932586198802200025',
    validFrom: '20231201', validUntil: '20331130', nationality: 'FRA',
  }),
].map(encodeCardText);

/** UTF-16 units that stress the text decoder and the field checks. */
const UNITS = [0x0030, 0x0039, 0x0058, 0x0078, 0x0020, 0x0000, 0x957f, 0x671f, 0x5f20, 0xd800, 0xdc00, 0xfffd, 0x002d];
const FLAGS = [0x0020, 0x0000, 0x0049, 0x004a, 0x0059, 0x005a, 0x4900];

function randomTextBlock(): Buffer {
  const r = rng();
  let block: Buffer;
  if (r < 0.3) block = randomBytes(256);
  else {
    block = Buffer.from(pick(VALID_BLOCKS));
    if (r < 0.8) {
      for (let k = int(1, 6); k > 0; k--) block.writeUInt16LE(chance(0.8) ? pick(UNITS) : int(0, 0xffff), 2 * int(0, 127));
    }
  }
  if (chance(0.5)) block.writeUInt16LE(chance(0.9) ? pick(FLAGS) : int(0, 0xffff), 248);
  return block;
}

interface Sample {
  command: SamCommandName;
  frame: Buffer;
}

function validSample(): Sample {
  const photo = pick(PHOTOS);
  switch (int(0, 7)) {
    case 0:
      return { command: 'findCard', frame: chance(0.7) ? encodeResponse(0x9f, randomBytes(4)) : encodeResponse(0x80) };
    case 1:
      return { command: 'selectCard', frame: chance(0.7) ? encodeResponse(0x90, randomBytes(8)) : encodeResponse(0x81) };
    case 2:
    case 3:
      return { command: 'readTextPhoto', frame: encodeResponse(0x90, encodeReadData(randomTextBlock(), photo)) };
    case 4: {
      const fp = chance(0.5) ? pick(FINGERPRINTS) : null;
      return { command: 'readWithFingerprint', frame: encodeResponse(0x90, encodeReadData(randomTextBlock(), photo, fp)) };
    }
    case 5:
      return {
        command: 'readAppendedAddress',
        frame: chance(0.6) ? encodeResponse(0x90, encodeAppendedAddress('东州市新华区人民路8号')) : encodeResponse(0x91),
      };
    case 6:
      return { command: 'samId', frame: encodeResponse(0x90, encodeSamId(`05.01-${int(0, 99999999)}-${int(0, 99999)}-${int(0, 2 ** 31)}`)) };
    default:
      return {
        command: pick(Object.keys(SAM_COMMANDS) as SamCommandName[]),
        frame: encodeResponse(int(0, 255), randomBytes(int(0, 20)), chance(0.9) ? 0 : int(0, 255)),
      };
  }
}

/** Recomputes the checksum so the mutation gets past the frame check into the data parsers. */
function fixChecksum(frame: Buffer): Buffer {
  if (frame.length > HEADER_BYTES) frame[frame.length - 1] = xorChecksum(frame, 5, frame.length - 1);
  return frame;
}

function mutate(input: Buffer): Buffer {
  const f = Buffer.from(input);
  const at = () => int(0, f.length - 1);
  switch (int(0, 11)) {
    case 0:
    case 1:
      return f;
    case 2:
      for (let k = int(1, 3); k > 0; k--) f[at()] ^= 1 << int(0, 7);
      return f;
    case 3: {
      const i = int(0, f.length);
      return Buffer.concat([f.subarray(0, i), randomBytes(int(1, 3)), f.subarray(i)]);
    }
    case 4: {
      const i = at();
      return Buffer.concat([f.subarray(0, i), f.subarray(i + int(1, 3))]);
    }
    case 5:
      return f.subarray(0, int(0, f.length - 1));
    case 6:
      f.writeUInt16BE(chance(0.5) ? int(0, 0xffff) : Math.max(0, f.readUInt16BE(5) + int(-3, 3)), 5);
      return chance(0.5) ? fixChecksum(f) : f;
    case 7:
    case 8:
      // Body damage behind a correct checksum, as if the reader itself sent it.
      for (let k = int(1, 8); k > 0; k--) f[int(HEADER_BYTES, f.length - 1)] = int(0, 255);
      return fixChecksum(f);
    case 9: {
      // Cut or pad the body and make the length and checksum agree again.
      const body = f.subarray(HEADER_BYTES, f.length - 1);
      const cut = chance(0.5) ? body.subarray(0, int(0, body.length)) : Buffer.concat([body, randomBytes(int(1, 4))]);
      const out = Buffer.concat([PREAMBLE, Buffer.alloc(2), cut, Buffer.alloc(1)]);
      out.writeUInt16BE(cut.length + 1, 5);
      return fixChecksum(out);
    }
    case 10:
      return Buffer.concat([randomBytes(int(1, 10)), f]);
    default:
      return randomBytes(int(0, 40));
  }
}

/** Splits a stream the way USB packets or a serial port would. */
function* chunks(bytes: Buffer): Generator<Buffer> {
  // One byte at a time is the slow serial case; it is kept rarer for long frames so the run stays short.
  const mode = bytes.length > 100 && chance(0.8) ? int(1, 3) : int(0, 3);
  for (let i = 0; i < bytes.length; ) {
    const n = mode === 0 ? 1 : mode === 1 ? 64 : mode === 2 ? int(1, 300) : bytes.length;
    yield bytes.subarray(i, i + n);
    i += n;
  }
}

interface Tally {
  typed: Map<string, number>;
  untyped: unknown[];
  cards: number;
  frames: number;
  maxPending: number;
}

function guard(t: Tally, fn: () => void): boolean {
  try {
    fn();
    return true;
  } catch (e) {
    if (e instanceof IdCardError && e.code.startsWith('IDCARD_')) {
      t.typed.set(e.code, (t.typed.get(e.code) ?? 0) + 1);
    } else {
      t.untyped.push(e);
    }
    return false;
  }
}

function nextFrame(t: Tally, asm: FrameAssembler): Buffer | null | 'error' {
  let frame: Buffer | null = null;
  const ok = guard(t, () => {
    frame = asm.next();
  });
  return ok ? frame : 'error';
}

/** What the reader does with one complete frame. */
function handle(t: Tally, command: SamCommandName, frame: Buffer): void {
  t.frames++;
  const resp = decodeResponse(frame);
  const outcome = expectSuccess(command, resp);
  if (command === 'readTextPhoto' || command === 'readWithFingerprint') {
    const payload = parseReadData(resp.data, command === 'readWithFingerprint');
    photoHeader(payload.photo);
    const fields = toCardFields(parseCardText(payload.text));
    assert.ok(fields.name.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(fields.birthDate));
    t.cards++;
  } else if (command === 'samId') {
    parseSamId(resp.data);
  } else if (command === 'readAppendedAddress' && outcome === 'ok') {
    parseAppendedAddress(resp.data);
  }
}

test('survives 120 000 random and mutated response frames with only typed errors', { timeout: 60_000 }, () => {
  const t: Tally = { typed: new Map(), untyped: [], cards: 0, frames: 0, maxPending: 0 };
  const asm = new FrameAssembler();
  const started = performance.now();
  for (let n = 0; n < INPUTS; n++) {
    // Half the time the reader flushes before a command; otherwise leftovers of a bad frame meet the next one.
    if (chance(0.5)) asm.reset();
    const sample = validSample();
    let stream = mutate(sample.frame);
    if (chance(0.1)) stream = Buffer.concat([stream, mutate(validSample().frame)]);
    feed: for (const chunk of chunks(stream)) {
      asm.push(chunk);
      for (;;) {
        const frame = nextFrame(t, asm);
        if (frame === 'error') {
          // A framing error makes the reader flush its port and drop the rest of the answer.
          asm.reset();
          break feed;
        }
        if (frame === null) break;
        guard(t, () => handle(t, sample.command, frame));
      }
      t.maxPending = Math.max(t.maxPending, asm.pending);
      assert.ok(asm.pending < HEADER_BYTES + MAX_LENGTH_FIELD, `assembler holds ${asm.pending} bytes`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const codes = [...t.typed].map(([c, k]) => `${c} ${k}`).join(', ');
  console.log(`fuzz: ${INPUTS} inputs in ${seconds.toFixed(1)} s, ${t.untyped.length} untyped failures`);
  console.log(`fuzz: ${t.frames} frames assembled, ${t.cards} cards decoded, max pending ${t.maxPending} bytes; ${codes}`);
  assert.deepEqual(t.untyped.slice(0, 3), []);
  // The mutations must reach the deep parsers, not just bounce off the checksum.
  assert.ok(t.cards > 1000, `only ${t.cards} cards decoded`);
  for (const code of ['IDCARD_FRAME_INVALID', 'IDCARD_DATA_INVALID', 'IDCARD_CARD_UNKNOWN', 'IDCARD_NO_CARD', 'IDCARD_PROTOCOL']) {
    assert.ok((t.typed.get(code) ?? 0) > 0, `no ${code} seen`);
  }
});

test('survives 20 000 mutated command frames on the simulator side', { timeout: 30_000 }, () => {
  let untyped = 0;
  const asm = new FrameAssembler({ minLength: 3 });
  const names = Object.keys(SAM_COMMANDS) as SamCommandName[];
  for (let n = 0; n < 20_000; n++) {
    asm.reset();
    const c = SAM_COMMANDS[pick(names)];
    const stream = mutate(encodeCommand(c.cmd, c.para, chance(0.2) ? randomBytes(int(1, 4)) : undefined));
    try {
      for (const chunk of chunks(stream)) {
        asm.push(chunk);
        for (let f = asm.next(); f; f = asm.next()) decodeCommand(f);
      }
    } catch (e) {
      if (!(e instanceof IdCardError && e.code.startsWith('IDCARD_'))) untyped++;
    }
  }
  assert.equal(untyped, 0);
});
