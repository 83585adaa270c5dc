/**
 * The 256-byte text block of a card (devices.md §1.6–1.8): fixed-offset UTF-16LE fields padded with spaces, laid out
 * differently for each of the four card kinds, which a flag character at byte 248 tells apart. parseCardText gives
 * the fields exactly as written on the card; toCardFields turns them into what the UI shows and refuses data a
 * case cannot rely on.
 */
import { CARD_KINDS, LONG_TERM, type CardKind } from '../../contract/idcard';
import { NATIONS } from '../../contract/validation/codes';
import { IdCardError, hex2 } from './errors';

export const TEXT_BLOCK_BYTES = 256;
export const PHOTO_BLOCK_BYTES = 1024;
/** Byte offset of the card-type flag character inside the text block. */
export const CARD_FLAG_OFFSET = 248;

/** The raw fields of a text block, trimmed, exactly as on the card. Fields the card's layout lacks are ''. */
export interface CardText {
  kind: CardKind;
  name: string;
  englishName: string;
  genderCode: string;
  ethnicityCode: string;
  birthDate: string;
  address: string;
  idNumber: string;
  issuer: string;
  validFrom: string;
  validUntil: string;
  nationality: string;
  passNumber: string;
  issueCount: string;
  cardVersion: string;
  authorityCode: string;
  /** 2023 foreign card: the 4-byte slot at offset 32 (换证次数 in one source). */
  renewalCount: string;
}

type TextField = Exclude<keyof CardText, 'kind'>;

interface FieldSlot {
  field: TextField;
  offset: number;
  bytes: number;
}

const slot = (field: TextField, offset: number, bytes: number): FieldSlot => ({ field, offset, bytes });

/** Gaps between slots are reserved space; the flag at 248 is written separately. */
const LAYOUTS: Record<CardKind, readonly FieldSlot[]> = {
  resident: [
    slot('name', 0, 30),
    slot('genderCode', 30, 2),
    slot('ethnicityCode', 32, 4),
    slot('birthDate', 36, 16),
    slot('address', 52, 70),
    slot('idNumber', 122, 36),
    slot('issuer', 158, 30),
    slot('validFrom', 188, 16),
    slot('validUntil', 204, 16),
  ],
  // Like the resident card with 民族 left blank, plus the pass number and issue count in the resident card's reserve.
  hmt_residence: [
    slot('name', 0, 30),
    slot('genderCode', 30, 2),
    slot('birthDate', 36, 16),
    slot('address', 52, 70),
    slot('idNumber', 122, 36),
    slot('issuer', 158, 30),
    slot('validFrom', 188, 16),
    slot('validUntil', 204, 16),
    slot('passNumber', 220, 18),
    slot('issueCount', 238, 4),
  ],
  foreign_2017: [
    slot('englishName', 0, 120),
    slot('genderCode', 120, 2),
    slot('idNumber', 122, 30),
    slot('nationality', 152, 6),
    slot('name', 158, 30),
    slot('validFrom', 188, 16),
    slot('validUntil', 204, 16),
    slot('birthDate', 220, 16),
    slot('cardVersion', 236, 4),
    slot('authorityCode', 240, 8),
  ],
  // Offsets 0–157 agree across both known sources. The tail 158–255 (issuer, pass number, issue count, nationality)
  // follows only one of them and is UNCONFIRMED per devices.md §1.8: check against a real card before relying on it.
  foreign_2023: [
    slot('name', 0, 30),
    slot('genderCode', 30, 2),
    slot('renewalCount', 32, 4),
    slot('birthDate', 36, 16),
    slot('englishName', 52, 70),
    slot('idNumber', 122, 36),
    slot('issuer', 158, 30),
    slot('validFrom', 188, 16),
    slot('validUntil', 204, 16),
    slot('passNumber', 220, 18),
    slot('issueCount', 238, 4),
    slot('nationality', 242, 6),
  ],
};

/** The flag character each kind writes; a resident card may also carry NUL there. */
const FLAG_OF: Record<CardKind, number> = {
  resident: 0x20,
  foreign_2017: 0x49, // I
  hmt_residence: 0x4a, // J
  foreign_2023: 0x59, // Y
};


const PADDING = /^[\u0020\u0000]+|[\u0020\u0000]+$/g;

/**
 * UTF-16LE → string, padding trimmed. Card bytes are not trusted to be well-formed: an odd trailing byte is dropped
 * and an unpaired surrogate becomes U+FFFD rather than a string that breaks later JSON or database encoding.
 */
export function decodeUcs2(bytes: Uint8Array): string {
  const units = bytes.length >> 1;
  const out: number[] = [];
  for (let i = 0; i < units; i++) {
    const u = bytes[2 * i] | (bytes[2 * i + 1] << 8);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < units) {
      const v = bytes[2 * i + 2] | (bytes[2 * i + 3] << 8);
      if (v >= 0xdc00 && v <= 0xdfff) {
        out.push(u, v);
        i++;
        continue;
      }
    }
    out.push(u >= 0xd800 && u <= 0xdfff ? 0xfffd : u);
  }
  return String.fromCharCode(...out).replace(PADDING, '');
}

/** A field of `bytes` bytes: the text in UTF-16LE, then spaces (20 00). For the simulator and fixtures. */
export function encodeUcs2Field(text: string, bytes: number): Buffer {
  if (bytes % 2 !== 0) throw new Error(`field size ${bytes} is not a whole number of UTF-16 units`);
  if (text.length * 2 > bytes) throw new Error(`"${text}" needs ${text.length * 2} bytes, the field has ${bytes}`);
  const out = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i += 2) out[i] = 0x20;
  out.write(text, 0, 'utf16le');
  return out;
}

export function detectCardKind(block: Uint8Array): CardKind {
  if (block.length < CARD_FLAG_OFFSET + 2) {
    throw new IdCardError('IDCARD_DATA_INVALID', `text block: ${block.length} bytes has no card-type flag at byte ${CARD_FLAG_OFFSET}`);
  }
  const flag = block[CARD_FLAG_OFFSET] | (block[CARD_FLAG_OFFSET + 1] << 8);
  if (flag === 0x00) return 'resident';
  for (const kind of Object.keys(FLAG_OF) as CardKind[]) if (FLAG_OF[kind] === flag) return kind;
  const shown = flag >= 0x21 && flag <= 0x7e ? ` '${String.fromCharCode(flag)}'` : '';
  throw new IdCardError(
    'IDCARD_CARD_UNKNOWN',
    `card-type flag ${hex2(flag)} ${hex2(flag >> 8)}${shown} at byte ${CARD_FLAG_OFFSET}`,
  );
}

/** A card of `kind` with every text field empty. */
export function blankText(kind: CardKind): CardText {
  return {
    kind,
    name: '',
    englishName: '',
    genderCode: '',
    ethnicityCode: '',
    birthDate: '',
    address: '',
    idNumber: '',
    issuer: '',
    validFrom: '',
    validUntil: '',
    nationality: '',
    passNumber: '',
    issueCount: '',
    cardVersion: '',
    authorityCode: '',
    renewalCount: '',
  };
}

const TEXT_FIELDS = Object.keys(blankText('resident')).filter((k): k is TextField => k !== 'kind');

export function parseCardText(block: Uint8Array): CardText {
  if (block.length !== TEXT_BLOCK_BYTES) {
    throw new IdCardError('IDCARD_DATA_INVALID', `text block: expected ${TEXT_BLOCK_BYTES} bytes got ${block.length}`);
  }
  const kind = detectCardKind(block);
  const text = blankText(kind);
  for (const s of LAYOUTS[kind]) text[s.field] = decodeUcs2(block.subarray(s.offset, s.offset + s.bytes));
  return text;
}

/** The inverse of parseCardText, for the simulator: throws a plain Error for a field the kind's layout lacks. */
export function encodeCardText(card: CardText): Buffer {
  const layout = LAYOUTS[card.kind];
  const out = encodeUcs2Field('', TEXT_BLOCK_BYTES);
  for (const f of TEXT_FIELDS) {
    if (card[f] !== '' && !layout.some((s) => s.field === f)) throw new Error(`a ${card.kind} card has no field ${f}`);
  }
  for (const s of layout) encodeUcs2Field(card[s.field], s.bytes).copy(out, s.offset);
  out.writeUInt16LE(FLAG_OF[card.kind], CARD_FLAG_OFFSET);
  return out;
}

/** What the card says, normalised for the UI. */
export interface CardFields {
  kind: CardKind;
  idType: 'resident_id' | 'hmt_residence_permit' | 'foreign_permanent_id';
  /** Chinese name; for a foreign card without one, the English name. */
  name: string;
  englishName: string;
  /** GB/T 2261.1: 1 male, 2 female; 0 and 9 (unknown, unspecified) have no place in the domain model. */
  gender: 'male' | 'female' | null;
  /** GB 3304 code, resident cards only, null when not a listed code. */
  ethnicity: string | null;
  /** ISO YYYY-MM-DD. */
  birthDate: string;
  address: string;
  /** Upper-case X. */
  idNumber: string;
  /** 签发机关; on a 2017 foreign card the 受理机关代码. */
  issuer: string;
  /** ISO or ''. */
  validFrom: string;
  /** ISO, 'long_term' for 长期, or ''. */
  validUntil: string;
  nationality: string;
  passNumber: string;
  issueCount: string;
}

function dataInvalid(detail: string): IdCardError {
  return new IdCardError('IDCARD_DATA_INVALID', detail);
}

/** 'YYYYMMDD' → 'YYYY-MM-DD', refusing dates that do not exist (19900230). */
function isoDate(field: string, raw: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    // Years outside this range are not a birth or validity date of any card in use: the block is corrupt.
    const real = y >= 1800 && y <= 2999 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
    if (real) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  throw dataInvalid(`${field}: "${raw}" is not a date YYYYMMDD`);
}

function required(field: string, value: string): string {
  if (value === '') throw dataInvalid(`${field}: blank`);
  return value;
}

const LONG_TERM_TEXT = '长期';

export function toCardFields(text: CardText): CardFields {
  const kind = text.kind;
  const idType = CARD_KINDS.find((k) => k.code === kind)?.idType;
  if (!idType) throw new IdCardError('IDCARD_CARD_UNKNOWN', `card kind ${String(kind)}`);
  const foreign = kind === 'foreign_2017' || kind === 'foreign_2023';

  const name = required('name', text.name !== '' ? text.name : foreign ? text.englishName : '');
  const idNumber = required('idNumber', text.idNumber.replace(/\s+/g, '').toUpperCase());
  if (!/^[0-9A-Z]+$/.test(idNumber)) throw dataInvalid(`idNumber: "${idNumber}" is not letters and digits`);
  const birthDate = isoDate('birthDate', required('birthDate', text.birthDate));
  // Resident and HMT cards always print an address; the foreign cards have none.
  const address = foreign ? text.address : required('address', text.address);

  const paddedEthnicity = /^\d$/.test(text.ethnicityCode) ? `0${text.ethnicityCode}` : text.ethnicityCode;
  const ethnicity = kind === 'resident' && NATIONS.some((n) => n.code === paddedEthnicity) ? paddedEthnicity : null;

  const validFrom = text.validFrom === '' ? '' : isoDate('validFrom', text.validFrom);
  const validUntil =
    text.validUntil === '' ? '' : text.validUntil === LONG_TERM_TEXT ? LONG_TERM : isoDate('validUntil', text.validUntil);

  return {
    kind,
    idType,
    name,
    englishName: text.englishName,
    gender: text.genderCode === '1' ? 'male' : text.genderCode === '2' ? 'female' : null,
    ethnicity,
    birthDate,
    address,
    idNumber,
    issuer: kind === 'foreign_2017' ? text.authorityCode : text.issuer,
    validFrom,
    validUntil,
    nationality: text.nationality,
    passNumber: text.passNumber,
    issueCount: text.issueCount,
  };
}
