/**
 * Chinese formatting rules the printed forms follow: amounts in figures and in capitals (大写),
 * dates in figures and in characters, checkbox glyphs and line-breaking punctuation rules.
 */
import { DocumentError } from './errors';

// ---------------------------------------------------------------------------------------------
// Money

const CAPITAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CAPITAL_PLACES = ['', '拾', '佰', '仟'];
const CAPITAL_GROUPS = ['', '万', '亿'];
/** 万亿 and beyond do not occur on an enforcement form; refusing them beats printing nonsense. */
const MAX_FEN = 1_000_000_000_000 * 100 - 1;

/**
 * An amount in yuan as an integer count of 分 (fen), so that 0.1 + 0.2 never reaches a form.
 * Accepts a number or a decimal string with at most two decimals.
 */
export function toFen(amount: number | string): number {
  let fen: number;
  if (typeof amount === 'string') {
    const m = /^\s*(\d+)(?:\.(\d{1,2}))?\s*$/.exec(amount);
    if (!m) throw new DocumentError('DOC_DATA_INVALID', `金额“${amount}”格式不正确，应为不超过两位小数的数字`);
    fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  } else {
    if (!Number.isFinite(amount) || amount < 0) throw new DocumentError('DOC_DATA_INVALID', '金额应为非负数');
    fen = Math.round(amount * 100);
    if (Math.abs(amount * 100 - fen) > 1e-6) throw new DocumentError('DOC_DATA_INVALID', '金额最多精确到分（两位小数）');
  }
  if (!Number.isSafeInteger(fen) || fen > MAX_FEN) throw new DocumentError('DOC_DATA_INVALID', '金额超出可填写范围（应小于一万亿元）');
  return fen;
}

function integerCapitals(n: number): string {
  if (n === 0) return '';
  const digits = String(n);
  const padded = digits.padStart(Math.ceil(digits.length / 4) * 4, '0');
  const groupCount = padded.length / 4;
  let out = '';
  // A zero is spoken once for any run of zeros between two non-zero digits; zeros at the end of a
  // group are swallowed by the group unit (壹拾万伍仟, not 壹拾万零伍仟), a zero group or a group
  // starting with zero is not (壹万零伍, 壹亿零伍万).
  let pendingZero = false;
  for (let g = 0; g < groupCount; g++) {
    const group = padded.slice(g * 4, g * 4 + 4);
    const unit = CAPITAL_GROUPS[groupCount - 1 - g];
    if (group === '0000') {
      if (out) pendingZero = true;
      continue;
    }
    for (let i = 0; i < 4; i++) {
      const d = Number(group[i]);
      if (d === 0) {
        if (out) pendingZero = true;
        continue;
      }
      if (pendingZero) out += '零';
      pendingZero = false;
      out += CAPITAL_DIGITS[d] + CAPITAL_PLACES[3 - i];
    }
    out += unit;
    pendingZero = false;
  }
  return out;
}

/**
 * Amount in Chinese capitals as banks and penalty documents write it: 1200 → 人民币壹仟贰佰元整,
 * 1200.5 → 人民币壹仟贰佰元伍角整, 325.04 → 人民币叁佰贰拾伍元零肆分, 10005 → 人民币壹万零伍元整.
 * The leading ten is written 壹拾 (no room for an inserted digit).
 */
export function amountInCapitals(amount: number | string, prefix = '人民币'): string {
  const fen = toFen(amount);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor((fen % 100) / 10);
  const fenDigit = fen % 10;
  if (fen === 0) return `${prefix}零元整`;
  let out = prefix;
  if (yuan > 0) out += integerCapitals(yuan) + '元';
  if (jiao === 0 && fenDigit === 0) return out + '整';
  // The payment rules make 零 mandatory only for an empty 角 place before 分 (…元零肆分); after a
  // zero 元 place it is optional and we leave it out (壹仟贰佰元伍角整), as most offices do.
  if (yuan > 0 && jiao === 0) out += '零';
  if (jiao > 0) out += CAPITAL_DIGITS[jiao] + '角';
  if (fenDigit > 0) return out + CAPITAL_DIGITS[fenDigit] + '分';
  return out + '整';
}

/** Amount in figures as decisions print it: 1200 → 1200元, 1200.5 → 1200.50元. */
export function amountInFigures(amount: number | string): string {
  const fen = toFen(amount);
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? `${yuan}元` : `${yuan}.${String(cents).padStart(2, '0')}元`;
}

/** Both, as the penalty line of a decision: 1200元（大写：人民币壹仟贰佰元整）. */
export function amountInFiguresAndCapitals(amount: number | string): string {
  return `${amountInFigures(amount)}（大写：${amountInCapitals(amount)}）`;
}

// ---------------------------------------------------------------------------------------------
// Dates

const CHAR_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm[:ss]' (China local time, as every record in the app). */
export function parseLocalDate(value: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?$/.exec(value.trim());
  if (!m) throw new DocumentError('DOC_DATA_INVALID', `日期“${value}”格式不正确`);
  const parts: DateParts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const probe = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  if (probe.getUTCMonth() !== parts.month - 1 || probe.getUTCDate() !== parts.day) {
    throw new DocumentError('DOC_DATA_INVALID', `日期“${value}”不存在`);
  }
  if (m[4] !== undefined) {
    parts.hour = Number(m[4]);
    parts.minute = Number(m[5]);
    if (parts.hour > 23 || parts.minute > 59) throw new DocumentError('DOC_DATA_INVALID', `时间“${value}”无效`);
  }
  return parts;
}

function smallNumberInChars(n: number): string {
  if (n < 10) return CHAR_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : CHAR_DIGITS[tens]) + '十' + (ones === 0 ? '' : CHAR_DIGITS[ones]);
}

/** 2026-11-24 → 二〇二六年十一月二十四日 */
export function dateInChars(value: string): string {
  const { year, month, day } = parseLocalDate(value);
  const y = [...String(year)].map((d) => CHAR_DIGITS[Number(d)]).join('');
  return `${y}年${smallNumberInChars(month)}月${smallNumberInChars(day)}日`;
}

/** 2026-11-24 → 2026年11月24日 */
export function dateInFigures(value: string): string {
  const { year, month, day } = parseLocalDate(value);
  return `${year}年${month}月${day}日`;
}

/** 2026-11-24T09:05 → 9时05分 */
export function timeInFigures(value: string): string {
  const p = parseLocalDate(value);
  if (p.hour === undefined || p.minute === undefined) throw new DocumentError('DOC_DATA_INVALID', `“${value}”缺少时分`);
  return `${p.hour}时${String(p.minute).padStart(2, '0')}分`;
}

/** 2026-11-24T09:05 → 2026年11月24日9时05分 */
export function dateTimeInFigures(value: string): string {
  return dateInFigures(value) + timeInFigures(value);
}

/** Whole years of age on `onDate` (both 'YYYY-MM-DD'): what the 年龄 blank holds. */
export function ageOn(birthDate: string, onDate: string): number {
  const b = parseLocalDate(birthDate);
  const d = parseLocalDate(onDate);
  const before = d.month < b.month || (d.month === b.month && d.day < b.day);
  return d.year - b.year - (before ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Checkboxes

/**
 * A ticked item prints "√" where the open box stands, as the 式样 mark a chosen item. None of the
 * bundled CJK fonts (AR PL UMing, WenQuanYi, Noto CJK, SimSun) has ☑ (U+2611), and a √ drawn over □
 * does not survive text extraction; every one of them has √ (U+221A, in GB 2312).
 */
export const CHECKBOX_UNTICKED = '□';
export const CHECKBOX_TICKED = '√';

export function checkbox(ticked: boolean): string {
  return ticked ? CHECKBOX_TICKED : CHECKBOX_UNTICKED;
}

// ---------------------------------------------------------------------------------------------
// Line breaking (避头尾)

/** Characters that must not open a line: closing brackets and quotes, pause and stop marks. */
export const NOT_AT_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…·%‰,.;:?!)]}']);
/** Characters that must not close a line: opening brackets and quotes. */
export const NOT_AT_LINE_END = new Set([...'（《「『【〔〈“‘([{']);

/** Indices of lines that break a rule (a line starting or ending with a forbidden mark). */
export function lineBreakViolations(lines: readonly string[]): number[] {
  const bad: number[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const startsBad = i > 0 && NOT_AT_LINE_START.has(line[0]);
    const endsBad = i < lines.length - 1 && NOT_AT_LINE_END.has(line[line.length - 1]);
    if (startsBad || endsBad) bad.push(i);
  });
  return bad;
}

/** Latin words and numbers stay whole; every other character is its own breakable unit. */
function units(text: string): string[] {
  return text.match(/[A-Za-z0-9.\-_/@]+|[\s\S]/gu) ?? [];
}

/**
 * Greedy line filling with the Chinese rules applied by pushing the last character down:
 * used where we lay out text without pdfmake (pdfmake's UAX #14 breaker already obeys them).
 */
export function breakLines(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const us = units(paragraph);
    let line: string[] = [];
    let width = 0;
    for (const u of us) {
      const w = measure(u);
      if (line.length > 0 && width + w > maxWidth) {
        const carried: string[] = [];
        // Push characters down until the next line does not open with a forbidden mark and this
        // one does not close with an opening mark; never empty the line entirely.
        while (line.length > 1 && (NOT_AT_LINE_START.has((carried[0] ?? u)[0]) || NOT_AT_LINE_END.has(line[line.length - 1]))) {
          carried.unshift(line.pop() as string);
        }
        out.push(line.join('').trimEnd());
        line = [...carried];
        width = carried.reduce((s, c) => s + measure(c), 0);
        if (u.trim() === '' && line.length === 0) continue;
      }
      line.push(u);
      width += w;
    }
    out.push(line.join('').trimEnd());
  }
  return out;
}
