import { type Check, toHalfWidth } from './check';
import { PLATE_PROVINCES } from './codes';

export type PlateKind =
  | 'ordinary'
  | 'trailer'
  | 'coach'
  | 'police'
  | 'hk-macau'
  | 'embassy'
  | 'consulate'
  | 'new-energy-small'
  | 'new-energy-large';

/** `province` is the plate's abbreviation (京, 粤 …); embassy plates carry none and give ''. */
export type PlateInfo = { normalized: string; kind: PlateKind; province: string };

const PLATE_PROVINCE_SET: ReadonlySet<string> = new Set(PLATE_PROVINCES);
/** Plates never use I or O, to avoid confusion with 1 and 0. */
const AUTHORITY_LETTER = /^[A-HJ-NP-Z]$/;
const ORDINARY_SERIAL = /^[A-HJ-NP-Z0-9]{5}$/;
const SUFFIXED_SERIAL = /^[A-HJ-NP-Z0-9]{4}([挂学警港澳领])$/;
/** D/F are confirmed; the later letter expansion (A B C E, G H J K) is only reported, so it is accepted rather than risk rejecting real plates. */
const NEV_SMALL_SERIAL = /^[DFABCEGHJK][A-HJ-NP-Z0-9]\d{4}$/;
const NEV_LARGE_SERIAL = /^\d{5}[DF]$/;
const SUFFIX_KIND: Readonly<Record<string, PlateKind>> = {
  挂: 'trailer',
  学: 'coach',
  警: 'police',
  港: 'hk-macau',
  澳: 'hk-macau',
  领: 'consulate',
};

/** Officers copy plates as printed (京A·12345), typed with separators, or in full-width from an IME. */
export function normalizePlate(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[\s·•・‧.-]/g, '')
    .toUpperCase();
}

/** GA 36-2018 motor-vehicle plates. The issuing-authority letter is not checked against a per-province list. */
export function validatePlate(raw: string): Check<PlateInfo> {
  const s = normalizePlate(raw);
  if (s === '') return { ok: false, message: '请填写车牌号' };
  const ok = (kind: PlateKind, province: string): Check<PlateInfo> => ({ ok: true, value: { normalized: s, kind, province } });

  if (s[0] === '使') return /^使\d{6}$/.test(s) ? ok('embassy', '') : { ok: false, message: '使馆车牌号应为“使”加6位数字' };

  const province = s[0];
  if (!PLATE_PROVINCE_SET.has(province)) return { ok: false, message: '车牌号第1位应为省、自治区、直辖市简称（如 京、沪、粤）' };
  if (s.length !== 7 && s.length !== 8) return { ok: false, message: `车牌号应为7位，新能源车牌为8位（当前为${s.length}位）` };
  if (!AUTHORITY_LETTER.test(s[1])) {
    return { ok: false, message: s[1] === 'I' || s[1] === 'O' ? '车牌号第2位发牌机关代号不能为字母 I 或 O' : '车牌号第2位应为发牌机关代号（字母）' };
  }
  const serial = s.slice(2);
  if (/[IO]/.test(serial)) return { ok: false, message: '车牌号序号中不能含字母 I 或 O' };

  if (s.length === 8) {
    if (NEV_SMALL_SERIAL.test(serial)) return ok('new-energy-small', province);
    if (NEV_LARGE_SERIAL.test(serial)) return ok('new-energy-large', province);
    return { ok: false, message: '车牌号格式不正确（8位车牌应为新能源号牌，如 京AD12345、京A12345D）' };
  }
  if (ORDINARY_SERIAL.test(serial)) return ok('ordinary', province);
  const suffixed = SUFFIXED_SERIAL.exec(serial);
  if (suffixed) {
    const kind = SUFFIX_KIND[suffixed[1]];
    if (kind === 'hk-macau' && s.slice(0, 2) !== '粤Z') return { ok: false, message: '港澳入出境车牌号应以“粤Z”开头' };
    return ok(kind, province);
  }
  return { ok: false, message: '车牌号格式不正确' };
}

/** IMO ship number; the "IMO" prefix is optional on input and always present in the normalised value. */
export function validateImo(raw: string): Check<string> {
  const s = toHalfWidth(raw).replace(/[\s-]/g, '').toUpperCase();
  if (s === '') return { ok: false, message: '请填写 IMO 编号' };
  const m = /^(?:IMO)?(\d{7})$/.exec(s);
  if (!m) return { ok: false, message: 'IMO 编号应为“IMO”加7位数字' };
  const digits = m[1];
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i);
  const expected = String(sum % 10);
  if (digits[6] !== expected) return { ok: false, message: `IMO 编号校验位不正确（应为 ${expected}）` };
  return { ok: true, value: `IMO${digits}` };
}
