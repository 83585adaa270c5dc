/** What a clerk types into the date and time boxes, and the ISO strings the forms keep from it. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseDateText, parseDateTimeText, parseTimeText } from '../../../renderer/src/components/date-parse';

describe('a typed date', () => {
  it('reads the way the app prints it, 2026年12月4日, as 2026-12-04', () => {
    assert.equal(parseDateText('2026年12月4日'), '2026-12-04');
    assert.equal(parseDateText('2026年12月04日'), '2026-12-04');
    assert.equal(parseDateText(' 2026 年 12 月 4 日 '), '2026-12-04');
    assert.equal(parseDateText('2026年12月4'), '2026-12-04');
  });

  it('reads ISO, slashed, dotted and eight-digit forms copied from other systems', () => {
    assert.equal(parseDateText('2026-12-04'), '2026-12-04');
    assert.equal(parseDateText('2026/12/4'), '2026-12-04');
    assert.equal(parseDateText('2026.1.9'), '2026-01-09');
    assert.equal(parseDateText('20261204'), '2026-12-04');
  });

  it('reads full-width digits from a Chinese input method', () => {
    assert.equal(parseDateText('２０２６年１２月４日'), '2026-12-04');
    assert.equal(parseDateText('２０２６／１２／４'), '2026-12-04');
  });

  it('refuses days no calendar has, so 2月30日 is never stored as 3月2日', () => {
    assert.equal(parseDateText('2026年2月30日'), null);
    assert.equal(parseDateText('2026-04-31'), null);
    assert.equal(parseDateText('2026-13-01'), null);
    assert.equal(parseDateText('2026-00-10'), null);
    assert.equal(parseDateText('2028-02-29'), '2028-02-29');
    assert.equal(parseDateText('2026-02-29'), null);
  });

  it('stores nothing while the date is still half typed', () => {
    for (const partial of ['2', '2026', '2026-', '2026-1', '2026-12-', '2026120', '2026年', '2026年12月', '202612041']) {
      assert.equal(parseDateText(partial), null, partial);
    }
  });

  it('refuses the month-first order the PC locale showed (12/04/2026) and years out of any case file', () => {
    assert.equal(parseDateText('12/04/2026'), null);
    assert.equal(parseDateText('0202-12-04'), null);
    assert.equal(parseDateText('2126-12-04'), null);
  });
});

describe('a typed time', () => {
  it('reads 24-hour times as HH:mm', () => {
    assert.equal(parseTimeText('14:30'), '14:30');
    assert.equal(parseTimeText('9:05'), '09:05');
    assert.equal(parseTimeText('1430'), '14:30');
    assert.equal(parseTimeText('14时30分'), '14:30');
    assert.equal(parseTimeText('9点'), '09:00');
    assert.equal(parseTimeText('０９：３０'), '09:30');
    assert.equal(parseTimeText('00:00'), '00:00');
    assert.equal(parseTimeText('23:59'), '23:59');
  });

  it('refuses hours past 23, minutes past 59, a lone digit of minutes and the 12-hour clock', () => {
    for (const bad of ['24:00', '25:00', '12:60', '9:5', '9', '2:30 PM', '下午2:30']) assert.equal(parseTimeText(bad), null, bad);
  });
});

describe('a typed date and time', () => {
  it('reads 2026年12月4日 14:30 as 2026-12-04T14:30, the value the datetime-local box gave', () => {
    assert.equal(parseDateTimeText('2026年12月4日 14:30'), '2026-12-04T14:30');
    assert.equal(parseDateTimeText('2026年12月4日14时30分'), '2026-12-04T14:30');
    assert.equal(parseDateTimeText('2026-12-04T09:30'), '2026-12-04T09:30');
    assert.equal(parseDateTimeText('2026/12/4 9:30'), '2026-12-04T09:30');
    assert.equal(parseDateTimeText('20261204 1430'), '2026-12-04T14:30');
    assert.equal(parseDateTimeText('202612041430'), '2026-12-04T14:30');
  });

  it('stores nothing for a date without its time or a time not yet whole', () => {
    for (const partial of ['2026年12月4日', '2026-12-04', '2026-12-04 1', '2026-12-04 14:3', '2026-02-30 10:00', '2026-12-04 24:00']) {
      assert.equal(parseDateTimeText(partial), null, partial);
    }
  });
});

describe('the screens', () => {
  it('use no browser date or time input, whose format follows the PC locale', () => {
    const root = path.resolve(__dirname, '../../../renderer/src');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && /type=["'{`]*(date|time|datetime-local|month|week)\b/.test(fs.readFileSync(full, 'utf8'))) {
          offenders.push(path.relative(root, full));
        }
      }
    };
    walk(root);
    assert.deepEqual(offenders, [], 'use DateField or DateTimeField from components/DateFields');
  });
});
