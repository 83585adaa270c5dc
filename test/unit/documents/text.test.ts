import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocumentError } from '../../../main/documents/errors';
import {
  ageOn,
  amountInCapitals,
  amountInFigures,
  amountInFiguresAndCapitals,
  breakLines,
  checkbox,
  dateInChars,
  dateInFigures,
  dateTimeInFigures,
  lineBreakViolations,
  timeInFigures,
  toFen,
} from '../../../main/documents/text';

const isDocError = (code: string) => (e: unknown) => e instanceof DocumentError && e.code === code && /[\u4e00-\u9fff]/.test(e.message);

describe('amounts on penalty documents', () => {
  it('prints the amount in figures and in capitals', () => {
    assert.equal(amountInFigures(1200), '1200元');
    assert.equal(amountInCapitals(1200), '人民币壹仟贰佰元整');
    assert.equal(amountInFiguresAndCapitals(1200), '1200元（大写：人民币壹仟贰佰元整）');
  });

  it('writes 角 and 分 and ends with 整 only when there are no 分', () => {
    assert.equal(amountInCapitals(1200.5), '人民币壹仟贰佰元伍角整');
    assert.equal(amountInFigures(1200.5), '1200.50元');
    assert.equal(amountInCapitals('1680.32'), '人民币壹仟陆佰捌拾元叁角贰分');
    assert.equal(amountInCapitals(0.5), '人民币伍角整');
    assert.equal(amountInCapitals(0.05), '人民币伍分');
  });

  it('writes 零 where an empty 角 stands before 分', () => {
    assert.equal(amountInCapitals(325.04), '人民币叁佰贰拾伍元零肆分');
  });

  it('writes one 零 for a run of zeros inside the number', () => {
    assert.equal(amountInCapitals(10005), '人民币壹万零伍元整');
    assert.equal(amountInCapitals(1005), '人民币壹仟零伍元整');
    assert.equal(amountInCapitals(100100), '人民币壹拾万零壹佰元整');
    assert.equal(amountInCapitals(30000), '人民币叁万元整');
  });

  it('lets a group unit swallow the zeros before it', () => {
    assert.equal(amountInCapitals(105000), '人民币壹拾万伍仟元整');
    assert.equal(amountInCapitals(107000.53), '人民币壹拾万柒仟元伍角叁分');
  });

  it('writes the leading ten as 壹拾 so no digit can be slipped in front', () => {
    assert.equal(amountInCapitals(16), '人民币壹拾陆元整');
    assert.equal(amountInCapitals(10), '人民币壹拾元整');
  });

  it('handles zero and amounts of 亿', () => {
    assert.equal(amountInCapitals(0), '人民币零元整');
    assert.equal(amountInCapitals(100000000), '人民币壹亿元整');
    assert.equal(amountInCapitals(100050000), '人民币壹亿零伍万元整');
    assert.equal(amountInCapitals(100000005), '人民币壹亿零伍元整');
    assert.equal(amountInCapitals(123456789012.34), '人民币壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分');
  });

  it('counts in 分 so binary fractions never reach the form', () => {
    assert.equal(toFen(0.1 + 0.2), 30);
    assert.equal(toFen('19.9'), 1990);
  });

  it('refuses negative, over-precise and absurd amounts with a Chinese message', () => {
    assert.throws(() => amountInCapitals(-1), isDocError('DOC_DATA_INVALID'));
    assert.throws(() => amountInCapitals(1.234), isDocError('DOC_DATA_INVALID'));
    assert.throws(() => amountInCapitals('12,00'), isDocError('DOC_DATA_INVALID'));
    assert.throws(() => amountInCapitals(1e12), isDocError('DOC_DATA_INVALID'));
  });
});

describe('dates on the forms', () => {
  it('writes a date in characters with 〇 for zero', () => {
    assert.equal(dateInChars('2026-11-24'), '二〇二六年十一月二十四日');
    assert.equal(dateInChars('2030-01-10'), '二〇三〇年一月十日');
    assert.equal(dateInChars('2026-10-31'), '二〇二六年十月三十一日');
    assert.equal(dateInChars('2026-02-20'), '二〇二六年二月二十日');
  });

  it('writes a date in figures without leading zeros', () => {
    assert.equal(dateInFigures('2026-11-24'), '2026年11月24日');
    assert.equal(dateInFigures('2026-01-05'), '2026年1月5日');
  });

  it('writes the time of a record in hours and minutes', () => {
    assert.equal(dateTimeInFigures('2026-11-24T09:05'), '2026年11月24日9时05分');
    assert.equal(timeInFigures('2026-11-24T14:30:00'), '14时30分');
  });

  it('refuses dates that do not exist', () => {
    assert.throws(() => dateInFigures('2026-02-30'), isDocError('DOC_DATA_INVALID'));
    assert.throws(() => dateInFigures('24/11/2026'), isDocError('DOC_DATA_INVALID'));
    assert.throws(() => timeInFigures('2026-11-24'), isDocError('DOC_DATA_INVALID'));
  });

  it('counts age in whole years on the date of the document', () => {
    assert.equal(ageOn('1990-11-25', '2026-11-24'), 35);
    assert.equal(ageOn('1990-11-24', '2026-11-24'), 36);
  });
});

describe('checkboxes', () => {
  it('prints an open box for an unticked item and √ for a ticked one, as the 式样 do', () => {
    assert.equal(checkbox(false), '□');
    assert.equal(checkbox(true), '√');
  });
});

describe('Chinese line breaking', () => {
  const measure = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);

  it('never opens a line with a comma or a closing bracket', () => {
    const lines = breakLines('一二三四五，六七八九十（甲乙）。', 5, measure);
    assert.deepEqual(lineBreakViolations(lines), []);
    assert.equal(lines.join(''), '一二三四五，六七八九十（甲乙）。');
    assert.ok(!lines[1].startsWith('，'));
  });

  it('never closes a line with an opening bracket', () => {
    const lines = breakLines('一二三四《五六》七八', 5, measure);
    assert.deepEqual(lineBreakViolations(lines), []);
    assert.ok(lines.some((l) => l.startsWith('《')));
  });

  it('keeps numbers and Latin words whole', () => {
    const lines = breakLines('车牌号浙A12345核载', 6, measure);
    assert.ok(lines.some((l) => l.includes('A12345')));
  });

  it('reports the lines that break a rule', () => {
    assert.deepEqual(lineBreakViolations(['第一行（', '，第二行', '第三行']), [0, 1]);
  });
});
