import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { openDatabase } from '../../../db/open';
import { dayNumber, dayString, plusDays, plusMonths, WorkCalendar } from '../../../main/procedure/calendar';

/** The 2025–2026 holidays and 调休 days exactly as the migration seeds them. */
async function publishedCalendar(): Promise<WorkCalendar> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-calendar-'));
  const db = await openDatabase(path.join(dir, 'workstation.sqlite'));
  try {
    return new WorkCalendar(await db.read((m) => m.query('SELECT day, kind FROM calendar_day')));
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Counting one day at a time: slow and obviously right, to check the indexed counting against. */
function stepWorkingDays(cal: WorkCalendar, from: string, n: number, direction: 1 | -1): string {
  let day = from;
  for (let left = n; left > 0; ) {
    day = plusDays(day, direction);
    if (cal.isWorkday(day)) left--;
  }
  return day;
}

describe('working-day calendar (工作日历)', () => {
  let cal: WorkCalendar;
  before(async () => {
    cal = await publishedCalendar();
  });

  it('treats Monday to Friday as working days and weekends as rest days when nothing is marked', () => {
    const plain = new WorkCalendar([]);
    assert.deepEqual(
      ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'].map((d) => plain.isWorkday(d)),
      [true, true, true, true, true, false, false],
    );
  });

  it('counts a 调休 Saturday or Sunday as a working day and a marked weekday holiday as a rest day', () => {
    assert.equal(cal.isWorkday('2026-10-10'), true, '2026-10-10 is the Saturday worked for 国庆');
    assert.equal(cal.isWorkday('2026-01-04'), true, '2026-01-04 is the Sunday worked for 元旦');
    assert.equal(cal.isWorkday('2026-10-01'), false);
    assert.equal(cal.isWorkday('2026-10-07'), false);
    assert.equal(cal.isWorkday('2026-10-08'), true);
  });

  it('counts 5 working days from 2026-09-30 past the 国庆 holiday, the 调休 Saturday 10-10 included', () => {
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (调休), 10-12 Mon, 10-13 Tue.
    assert.equal(cal.addWorkingDays('2026-09-30', 5), '2026-10-13');
    assert.equal(new WorkCalendar([]).addWorkingDays('2026-09-30', 5), '2026-10-07');
  });

  it('does not count the start day, and 0 working days is the start day itself even on a holiday', () => {
    assert.equal(cal.addWorkingDays('2026-03-02', 1), '2026-03-03');
    assert.equal(cal.addWorkingDays('2026-10-03', 0), '2026-10-03');
    assert.equal(cal.addWorkingDays('2026-10-03', 1), '2026-10-08');
    assert.equal(cal.subtractWorkingDays('2026-10-03', 0), '2026-10-03');
  });

  it('counts working days backwards across the holiday', () => {
    assert.equal(cal.subtractWorkingDays('2026-10-09', 3), '2026-09-29');
    assert.equal(cal.subtractWorkingDays('2026-10-12', 1), '2026-10-10');
    assert.equal(cal.subtractWorkingDays('2026-10-05', 1), '2026-09-30');
  });

  it('rolls a calendar period ending on a holiday over to the next working day only when asked', () => {
    assert.equal(cal.addDays('2026-09-16', 15, true), '2026-10-08');
    assert.equal(cal.addDays('2026-09-16', 15, false), '2026-10-01');
    assert.equal(cal.addDays('2026-03-06', 1, true), '2026-03-09', 'a Saturday moves to Monday');
    assert.equal(cal.addDays('2026-03-06', 3, true), '2026-03-09', 'a working day stays');
  });

  it('gives the same answers as counting day by day, inside the indexed years and outside them', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let i = 0; i < 400; i++) {
      // Mostly 2024–2027 where the marks are, some in 1995 and 2065 (outside the index).
      const base = i % 10 === 0 ? dayNumber('1995-06-01') : i % 10 === 1 ? dayNumber('2065-06-01') : dayNumber('2024-06-01');
      const from = dayString(base + (next() % 1200));
      const n = next() % 40;
      assert.equal(cal.addWorkingDays(from, n), stepWorkingDays(cal, from, n, 1), `${from} + ${n}`);
      assert.equal(cal.subtractWorkingDays(from, n), stepWorkingDays(cal, from, n, -1), `${from} - ${n}`);
    }
  });

  it('refuses a negative or fractional number of working days', () => {
    assert.throws(() => cal.addWorkingDays('2026-03-02', -1), RangeError);
    assert.throws(() => cal.subtractWorkingDays('2026-03-02', 1.5), RangeError);
  });

  it('ends a month period on the month’s last day when the day number does not exist (民法典 第二百零三条)', () => {
    assert.equal(plusMonths('2025-08-31', 6), '2026-02-28');
    assert.equal(plusMonths('2027-08-31', 6), '2028-02-29');
    assert.equal(plusMonths('2026-03-04', 9), '2026-12-04');
    assert.equal(plusMonths('2026-11-30', 3), '2027-02-28');
  });

  it('converts dates to day numbers and back across leap years and before 1970', () => {
    for (const d of ['1969-12-31', '1970-01-01', '2000-02-29', '2026-12-31', '2100-03-01']) {
      assert.equal(dayNumber(d), Date.parse(`${d}T00:00:00Z`) / 86_400_000);
      assert.equal(dayString(dayNumber(d)), d);
    }
  });
});
