/**
 * The form definitions themselves: consistent with the renderer, numbered and named like the
 * official set, pre-filled from a case without touching anything but the case.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertNoticeOverride, checkDefinition } from '../../../main/documents/check-definition';
import { DocumentError } from '../../../main/documents/errors';
import { prefillForm, validateFormData } from '../../../main/documents/form-data';
import { penaltyDecision } from '../../../templates/15-penalty-decision';
import { FORM_DEFINITIONS } from '../../../templates/index';
import { INDIVIDUAL_CASE, ORGANISATION_CASE, completed, contextFor } from './fixtures';

const OFFICIAL_NAMES: Record<number, string> = {
  1: '立案登记表',
  2: '询问笔录',
  3: '勘验笔录',
  4: '现场笔录',
  5: '抽样取证凭证',
  6: '证据登记保存清单',
  7: '解除证据登记保存决定书',
  8: '行政强制措施决定书',
  9: '延长行政强制措施期限通知书',
  10: '解除行政强制措施决定书',
  11: '违法行为通知书',
  12: '听证通知书',
  13: '听证笔录',
  14: '当场行政处罚决定书',
  15: '行政处罚决定书',
  16: '责令改正违法行为通知书',
  17: '分期（延期）缴纳罚款通知书',
  18: '执行公告',
  19: '催告书',
  20: '行政强制执行决定书',
  21: '代履行决定书',
  22: '中止（终结、恢复）行政强制执行通知书',
  23: '送达回证',
  24: '结案报告',
  25: '不予行政处罚决定书',
};

describe('form definitions', () => {
  it('refer only to their own fields, and print every field they have', () => {
    const problems = FORM_DEFINITIONS.flatMap((d) => checkDefinition(d));
    assert.deepEqual(problems, []);
  });

  it('carry the official number and name, once each, in a file named after their slug', () => {
    const templatesDir = path.resolve(__dirname, '../../../templates');
    const files = fs.readdirSync(templatesDir);
    const ids = new Set<number>();
    for (const d of FORM_DEFINITIONS) {
      assert.equal(d.name, OFFICIAL_NAMES[d.id], `式样之${d.id}`);
      assert.ok(!ids.has(d.id), `duplicate ${d.id}`);
      ids.add(d.id);
      assert.ok(files.includes(`${String(d.id).padStart(2, '0')}-${d.slug}.ts`), `file for ${d.slug}`);
      assert.match(d.version, /^\d{4}\.\d+$/);
    }
  });

  it('give every field a label of its own, since the editor finds fields by label', () => {
    for (const d of FORM_DEFINITIONS) {
      const labels = d.fields.map((f) => f.label);
      assert.equal(new Set(labels).size, labels.length, `式样之${d.id}: ${labels.join(',')}`);
    }
  });

  it('put the copies note on every form served on the party, and only there', () => {
    const served = [5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21, 22, 25];
    for (const d of FORM_DEFINITIONS) {
      const hasNote = d.layout.some((b) => b.type === 'copies');
      assert.equal(hasNote, served.includes(d.id), `式样之${d.id}`);
    }
  });

  it('pre-fill from the case alone, the same way every time', () => {
    for (const d of FORM_DEFINITIONS) {
      for (const c of [INDIVIDUAL_CASE, ORGANISATION_CASE]) {
        const before = JSON.stringify(c);
        const a = prefillForm(d, contextFor(c));
        const b = prefillForm(d, contextFor(c));
        assert.deepEqual(a, b);
        assert.equal(JSON.stringify(c), before, 'the case is not modified');
        assert.deepEqual(validateFormData(d, a, { draft: true }), [], `式样之${d.id} draft is well-formed`);
        assert.deepEqual(validateFormData(d, completed(d, c), { draft: false }), [], `式样之${d.id} completed is complete`);
      }
    }
  });

  it('pre-fill the case number, the party and the legal basis of a decision', () => {
    const data = prefillForm(penaltyDecision, contextFor(ORGANISATION_CASE));
    assert.equal(data.caseNumber, ORGANISATION_CASE.caseNumber);
    assert.deepEqual(
      { ...(data.party as object) },
      {
        kind: 'organisation',
        name: '东州市速达货运服务有限公司',
        gender: '',
        age: '',
        idNumber: '',
        address: '东州市钱塘区下沙街道福城路88号',
        phone: '0571-86001234',
        workplace: '',
        zip: '',
        legalRep: '陈国强',
        legalRepTitle: '执行董事',
        creditCode: '91330100MA2H3K4L5N',
      },
    );
    assert.equal(data.violated, ORGANISATION_CASE.cause.legalBasis);
    assert.equal(data.punishBasis, ORGANISATION_CASE.cause.penaltyBasis);
    assert.equal(data.reconsiderationOrgan, '东州市人民政府');
    assert.equal(data.makeDate, '2026-11-24');
  });

  it('reject data of the wrong shape with the field and a Chinese message', () => {
    const data = { ...completed(penaltyDecision, INDIVIDUAL_CASE), makeDate: '24.11.2026', fineAmount: 12.345, extra: 'x' };
    const issues = validateFormData(penaltyDecision, data, { draft: true });
    assert.deepEqual(issues.map((i) => i.path).sort(), ['extra', 'fineAmount', 'makeDate']);
    for (const i of issues) assert.match(i.message, /[\u4e00-\u9fff]/);
  });

  it('accept an office wording of a notice only if it names fields of the form', () => {
    assertNoticeOverride(
      penaltyDecision,
      'remedyWithEnforcement',
      '不服本决定的，可在六十日内向{reconsiderationOrgan}申请行政复议，或在六个月内向{litigationCourt}提起行政诉讼；期间本决定不停止执行。逾期不申请、不起诉又不履行的，本机关依法申请人民法院强制执行。',
    );
    assert.throws(() => assertNoticeOverride(penaltyDecision, 'remedyWithEnforcement', '向{court}起诉'), (e: unknown) => e instanceof DocumentError && e.code === 'DOC_TEMPLATE_INVALID');
    assert.throws(() => assertNoticeOverride(penaltyDecision, 'nosuch', '文字'), (e: unknown) => e instanceof DocumentError && e.code === 'DOC_TEMPLATE_INVALID');
  });
});
