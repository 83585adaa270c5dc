import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskName, presentChange } from '../../main/services/audit-present';

describe('执法全过程记录 changes as a person reads them', () => {
  it('names a penalty decision’s data by the form’s own field labels', () => {
    const c = presentChange({ path: 'data.punishBasis', before: null, after: '《公路安全保护条例》第六十二条' }, 'document', 15);
    assert.equal(c.label, '文书内容 › 处罚依据');
    assert.equal(c.beforeText, '空');
    const party = presentChange({ path: 'party.zip', before: '', after: '318000' }, 'document', 24);
    assert.equal(party.label, '当事人 › 邮编');
    assert.equal(party.beforeText, '（未填）');
  });

  it('shows codes by their labels: a review approved, a party kind, an ID type', () => {
    assert.deepEqual(
      [presentChange({ path: 'procedure.review.status', before: 'pending', after: 'approved' }, 'case', null)].map((c) => [c.label, c.beforeText, c.afterText]),
      [['程序 › 法制审核 › 状态', '待审核', '已通过']],
    );
    assert.equal(presentChange({ path: 'parties.0.idType', before: null, after: 'resident_id' }, 'case', null).afterText, '居民身份证');
    assert.equal(presentChange({ path: 'parties.0.kind', before: null, after: 'individual' }, 'case', null).label, '当事人 › 第1项 › 类别');
  });

  it('shows a file checksum by its first digits, booleans as 是/否 and dates in Chinese', () => {
    const hash = presentChange({ path: 'pdfSha256', before: null, after: 'ab'.repeat(32) }, 'document', 15);
    assert.deepEqual([hash.label, hash.afterText], ['文件校验值', 'abababab…']);
    assert.equal(presentChange({ path: 'procedure.statement.waived', before: false, after: true }, 'case', null).afterText, '是');
    assert.equal(presentChange({ path: 'procedure.notifiedOn', before: null, after: '2026-12-04' }, 'case', null).afterText, '2026年12月4日');
  });

  it('masks a name to its first character', () => {
    assert.equal(maskName('柯岚'), '柯*');
    assert.equal(maskName('欧阳振华'), '欧***');
  });
});
