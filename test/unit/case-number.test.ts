import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../main/contract/errors';
import { DEFAULT_CASE_NUMBER_TEMPLATE, formatCaseNumber, seriesOf, validateTemplate } from '../../main/services/case-number';

describe('case number templates (案号)', () => {
  it('formats the default template GB/T 9704 style: 〔year〕, serial without leading zeros', () => {
    assert.equal(formatCaseNumber(DEFAULT_CASE_NUMBER_TEMPLATE, { agency: '京', categoryAbbrev: '运', year: 2026, serial: 15 }), '京交执罚〔2026〕15号');
  });

  it('pads the serial only when the template asks for a width', () => {
    assert.equal(formatCaseNumber('{机关简称}交{门类代字}罚〔{年份}〕第{序号:4}号', { agency: '浙', categoryAbbrev: '路', year: 2026, serial: 7 }), '浙交路罚〔2026〕第0007号');
  });

  it('counts each agency and category prefix as its own series', () => {
    const t = '{机关简称}交{门类代字}罚〔{年份}〕{序号}号';
    assert.equal(seriesOf(t, { agency: '浙', categoryAbbrev: '路' }), '浙交路罚〔{年份}〕{序号}号');
    assert.notEqual(seriesOf(t, { agency: '浙', categoryAbbrev: '路' }), seriesOf(t, { agency: '浙', categoryAbbrev: '运' }));
    assert.equal(seriesOf(DEFAULT_CASE_NUMBER_TEMPLATE, { agency: '浙', categoryAbbrev: '路' }), seriesOf(DEFAULT_CASE_NUMBER_TEMPLATE, { agency: '浙', categoryAbbrev: '运' }));
  });

  for (const [template, why] of [
    ['{机关简称}交执罚〔{年份}〕号', 'no serial'],
    ['{机关简称}交执罚{序号}号', 'no year'],
    ['{机关简称}〔{年份}〕{序号}-{序号}号', 'serial twice'],
    ['{机关}〔{年份}〕{序号}号', 'unknown token'],
    ['{机关简称:2}〔{年份}〕{序号}号', 'width on a non-serial token'],
    ['{机关简称}〔{年份}〕{序号:9}号', 'width out of range'],
    ['{机关简称}〔{年份}〕{序号}号}', 'unbalanced brace'],
  ]) {
    it(`refuses a template with ${why}`, () => {
      assert.throws(() => validateTemplate(template), (e: unknown) => e instanceof AppError && e.code === 'CASE_NUMBER_TEMPLATE_INVALID' && /[\u4e00-\u9fff]/.test(e.message));
    });
  }

  it('accepts the default template', () => {
    validateTemplate(DEFAULT_CASE_NUMBER_TEMPLATE);
  });
});
