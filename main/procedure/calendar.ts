/**
 * 工作日历: which days are working days, and counting working or calendar days over them.
 *
 * A day is a working day Monday to Friday unless the office marked it a holiday, and on a weekend
 * only when marked a 调休 working day. Dates are China dates as 'YYYY-MM-DD' strings; nothing here
 * touches time zones, so the result never depends on the PC's zone.
 *
 * Recomputing deadlines for a whole office (tens of thousands of cases) counts working days many
 * times per case, so working days are numbered once over a span of years: the n-th working day
 * after a date is then one array lookup. Dates outside the span fall back to stepping day by day.
 */

const DIGIT_0 = 48;
const digitsAt = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
};

/** Days since 1970-01-01 (the proleptic Gregorian day number; 1970-01-01 is a Thursday). */
export function dayNumber(day: string): number {
  // Read by character codes rather than a regex and Number(): deadline recomputation calls this a million times.
  const y0 = digitsAt(day, 0, 4);
  const m = digitsAt(day, 5, 7);
  const d = digitsAt(day, 8, 10);
  if (day.length !== 10 || day[4] !== '-' || day[7] !== '-' || !(m >= 1 && m <= 12 && d >= 1 && d <= 31)) throw new RangeError(`not a date: ${day}`);
  // Civil-to-days with March as the first month, so the leap day ends the year.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function formatDay(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Formatted days of the years deadlines fall in, each made once. */
const FORMATTED_FROM = dayNumber('2000-01-01');
const FORMATTED_DAYS = 40_000;
const formatted: (string | undefined)[] = new Array<string | undefined>(FORMATTED_DAYS).fill(undefined);

/** The inverse of `dayNumber`. */
export function dayString(n: number): string {
  const i = n - FORMATTED_FROM;
  if (i < 0 || i >= FORMATTED_DAYS) return formatDay(n);
  return (formatted[i] ??= formatDay(n));
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** `day` plus n calendar days. */
export function plusDays(day: string, n: number): string {
  return dayString(dayNumber(day) + n);
}

/**
 * `day` plus n months. A month without the same day number ends on its last day (民法典 第二百零三条:
 * 没有对应日的，月末日为期间的最后一日), so 08-31 plus 6 months is the last day of February.
 */
export function plusMonths(day: string, n: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + n;
  const d = Number(day.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Sunday = 0 … Saturday = 6. */
function weekday(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** The span numbered up front: wide enough for every open case and its court-application period. */
const INDEX_FIRST_YEAR = 2000;
const INDEX_LAST_YEAR = 2060;

interface WorkdayIndex {
  first: number;
  last: number;
  /** Working days on or before first + i. */
  countUpTo: Int32Array;
  /** The k-th working day of the span (0-based), as a day number. */
  workdays: Int32Array;
}

export class WorkCalendar {
  private readonly marked = new Map<number, boolean>();
  private index: WorkdayIndex | null = null;
  private readonly firstYear: number;
  private readonly lastYear: number;

  constructor(days: readonly { day: string; kind: 'holiday' | 'workday' }[]) {
    let firstYear = INDEX_FIRST_YEAR;
    let lastYear = INDEX_LAST_YEAR;
    for (const d of days) {
      this.marked.set(dayNumber(d.day), d.kind === 'workday');
      const year = Number(d.day.slice(0, 4));
      firstYear = Math.min(firstYear, year);
      lastYear = Math.max(lastYear, year + 1);
    }
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** Mon–Fri unless marked holiday; Sat/Sun only when marked workday (调休). */
  isWorkday(day: string): boolean {
    return this.isWorkdayNumber(dayNumber(day));
  }

  /** The n-th working day after `from` (from itself not counted). n ≥ 0; n = 0 → from. */
  addWorkingDays(from: string, n: number): string {
    checkCount(n);
    if (n === 0) return from;
    const start = dayNumber(from);
    const ix = this.workdayIndex();
    if (start >= ix.first && start <= ix.last) {
      const k = ix.countUpTo[start - ix.first] + n - 1;
      if (k < ix.workdays.length) return dayString(ix.workdays[k]);
    }
    return dayString(this.step(start, n, 1));
  }

  /** Same backwards: the n-th working day before `from`. */
  subtractWorkingDays(from: string, n: number): string {
    checkCount(n);
    if (n === 0) return from;
    const start = dayNumber(from);
    const ix = this.workdayIndex();
    if (start >= ix.first && start <= ix.last) {
      const before = ix.countUpTo[start - ix.first] - (this.isWorkdayNumber(start) ? 1 : 0);
      const k = before - n;
      if (k >= 0) return dayString(ix.workdays[k]);
    }
    return dayString(this.step(start, n, -1));
  }

  /** from + n calendar days; with rollOver, a result that is not a working day moves to the next working day. */
  addDays(from: string, n: number, rollOver: boolean): string {
    const due = plusDays(from, n);
    return rollOver && !this.isWorkday(due) ? this.addWorkingDays(due, 1) : due;
  }

  /** The last working day on or before `day` (for periods counted backwards). */
  workdayOnOrBefore(day: string): string {
    return this.isWorkday(day) ? day : this.subtractWorkingDays(day, 1);
  }

  private isWorkdayNumber(n: number): boolean {
    const mark = this.marked.get(n);
    if (mark !== undefined) return mark;
    const w = weekday(n);
    return w !== 0 && w !== 6;
  }

  private step(start: number, n: number, direction: 1 | -1): number {
    let day = start;
    for (let left = n; left > 0; ) {
      day += direction;
      if (this.isWorkdayNumber(day)) left--;
    }
    return day;
  }

  private workdayIndex(): WorkdayIndex {
    if (this.index) return this.index;
    const first = dayNumber(`${this.firstYear}-01-01`);
    const last = dayNumber(`${this.lastYear}-12-31`);
    const countUpTo = new Int32Array(last - first + 1);
    const workdays: number[] = [];
    for (let n = first; n <= last; n++) {
      if (this.isWorkdayNumber(n)) workdays.push(n);
      countUpTo[n - first] = workdays.length;
    }
    this.index = { first, last, countUpTo, workdays: Int32Array.from(workdays) };
    return this.index;
  }
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working-day count must be a whole number ≥ 0, got ${n}`);
}
