/**
 * What a clerk types into a date or time box, read into the ISO strings the backend stores.
 *
 * The boxes show dates as the rest of the app prints them (2026年12月4日, 24-hour times), but a
 * clerk copying from a paper form or another system types whatever is in front of them:
 * 2026-12-04, 2026/12/4, 2026.12.4, 20261204, with half- or full-width digits. Each reader returns
 * null for anything that is not a whole, real value, so a half-typed box never stores a guess.
 */

/** Full-width digits and separators (from a Chinese IME) read as their ASCII forms. */
function normalize(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[－—]/g, '-')
    .replace(/／/g, '/')
    .replace(/[．。]/g, '.')
    .replace(/：/g, ':')
    .replace(/\u3000/g, ' ')
    .trim();
}

const pad = (n: number) => String(n).padStart(2, '0');

// Years outside this span are a slip of the keyboard (a dropped digit), not a case date or a birth date.
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one, which rules out 2月30日 and 4月31日.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const DATE_PATTERNS: RegExp[] = [
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/,
  /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** `2026年12月4日`, `2026-12-04`, `2026/12/4`, `2026.12.4`, `20261204` → `2026-12-04`; anything else → null. */
export function parseDateText(text: string): string | null {
  const s = normalize(text);
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(s);
    if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

const TIME_PATTERNS: RegExp[] = [
  /^(\d{1,2})\s*:\s*(\d{2})$/,
  /^(\d{1,2})\s*[时点]\s*(\d{1,2})\s*分?$/,
  /^(\d{1,2})\s*[时点]$/,
  /^(\d{2})(\d{2})$/,
];

/** 24-hour `14:30`, `9:05`, `1430`, `14时30分`, `9点` → `HH:mm`; `25:00`, `9:5`, `2:30 PM` → null. */
export function parseTimeText(text: string): string | null {
  const s = normalize(text);
  for (const pattern of TIME_PATTERNS) {
    const m = pattern.exec(s);
    if (!m) continue;
    const hours = Number(m[1]);
    const minutes = m[2] === undefined ? 0 : Number(m[2]);
    if (hours > 23 || minutes > 59) return null;
    return `${pad(hours)}:${pad(minutes)}`;
  }
  return null;
}

// The date part ends at 日, after the third number, or after eight digits; the time follows.
const DATE_THEN_TIME = /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{8})\s*[T\s]?\s*(\S.*)$/;

/** A date and a 24-hour time in any of the forms above, e.g. `2026年12月4日 14:30` → `2026-12-04T14:30`. */
export function parseDateTimeText(text: string): string | null {
  const m = DATE_THEN_TIME.exec(normalize(text));
  if (!m) return null;
  const date = parseDateText(m[1]!);
  const time = parseTimeText(m[2]!);
  return date && time ? `${date}T${time}` : null;
}
