import { type Check, toHalfWidth } from './check';
import { PROVINCES } from './codes';

export type IdNumberInfo = {
  normalized: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: 'male' | 'female';
  /** Two-digit GB/T 2260 province code (or 83 for a Taiwan residents' residence permit). */
  provinceCode: string;
};

/** ISO 7064 MOD 11-2 weights, 2^(18−i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Check character indexed by S mod 11. */
const CHECK_CHARS = '10X98765432';
/** 83 is not a GB/T 2260 province but opens residence permits issued to Taiwan residents, which use this format. */
const ID_PREFIXES: ReadonlySet<string> = new Set([...PROVINCES.map((p) => p.code), '83']);

/** Throws on anything but 17 digits: a caller passing other input has a bug, not a user typo. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idCheckChar expects exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Parses the YYYYMMDD part of an ID number; "today" is the local calendar day, as printed on Chinese documents. */
function checkBirthDate(yyyymmdd: string, today: Date): Check<string> {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    return { ok: false, message: `身份证号码中的出生日期无效（${yyyymmdd}）` };
  }
  if (y < 1900) return { ok: false, message: `身份证号码中的出生日期早于1900年（${yyyymmdd}）` };
  const iso = `${y}-${pad2(m)}-${pad2(d)}`;
  const todayIso = `${today.getFullYear()}-${pad2(today.getMonth() + 1)}-${pad2(today.getDate())}`;
  if (iso > todayIso) return { ok: false, message: `身份证号码中的出生日期晚于今天（${iso}）` };
  return { ok: true, value: iso };
}

/**
 * 居民身份证号码 (GB 11643), also used unchanged by 港澳台居民居住证.
 * The 6-digit address code is deliberately not looked up: abolished codes stay valid on existing cards for life.
 */
export function validateIdNumber(raw: string, opts: { today?: Date } = {}): Check<IdNumberInfo> {
  const s = toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
  if (s === '') return { ok: false, message: '请填写身份证号码' };
  if (/^\d{15}$/.test(s)) return { ok: false, message: '身份证号码应为18位（15位旧号码请先升级为18位）' };
  if (s.length !== 18) return { ok: false, message: `身份证号码应为18位（当前为${s.length}位）` };
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, message: '身份证号码前17位应为数字，末位应为数字或 X' };

  const provinceCode = s.slice(0, 2);
  if (!ID_PREFIXES.has(provinceCode)) {
    return { ok: false, message: `身份证号码前两位 ${provinceCode} 不是有效的省级行政区划代码` };
  }
  const birth = checkBirthDate(s.slice(6, 14), opts.today ?? new Date());
  if (!birth.ok) return birth;

  const expected = idCheckChar(s.slice(0, 17));
  if (s[17] !== expected) return { ok: false, message: `身份证号码校验位不正确（应为 ${expected}）` };

  return {
    ok: true,
    value: { normalized: s, birthDate: birth.value, gender: Number(s[16]) % 2 === 1 ? 'male' : 'female', provinceCode },
  };
}

/** First-generation 15-digit numbers: all births were in the 1900s, and the check character did not exist yet. */
export function upgradeLegacyIdNumber(raw15: string): Check<string> {
  const s = toHalfWidth(raw15).replace(/\s+/g, '');
  if (s.length !== 15) return { ok: false, message: `旧身份证号码应为15位（当前为${s.length}位）` };
  if (!/^\d{15}$/.test(s)) return { ok: false, message: '15位旧身份证号码应全部为数字' };
  const first17 = `${s.slice(0, 6)}19${s.slice(6)}`;
  const upgraded = validateIdNumber(first17 + idCheckChar(first17));
  return upgraded.ok ? { ok: true, value: upgraded.value.normalized } : upgraded;
}

/**
 * Age in completed years on `date` (local calendar day); someone born on 29 February gets a year older on 1 March
 * in common years. The birthday itself counts: where a 已满N周岁 threshold is read as starting the day after the
 * birthday (as courts do for criminal liability), pass the previous day.
 */
export function ageOn(birthDate: string, date: Date): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m) throw new RangeError(`ageOn expects YYYY-MM-DD, got "${birthDate}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const cm = date.getMonth() + 1;
  const beforeBirthday = cm < mo || (cm === mo && date.getDate() < d);
  return date.getFullYear() - y - (beforeBirthday ? 1 : 0);
}
