/** 程序设置's draft checks for the switches that need a legal basis, and where a document refusal points. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FormSummary } from '../../../main/contract/documents';
import { DEFAULT_PROCEDURE_SETTINGS } from '../../../main/contract/procedure';
import { fieldNamedIn, isProcedureRefusal, placeIssues } from '../../../renderer/src/documents/data';
import { checkDraft, draftOf, isSwitchedOff, placeIssues as placeSettingIssues } from '../../../renderer/src/settings/procedure/fields';

describe('程序设置 switches that stand on a named provision', () => {
  it('refuses 延长办案期限 switched on without its basis, before sending', () => {
    const draft = { ...draftOf(DEFAULT_PROCEDURE_SETTINGS), decisionExtensionEnabled: true, decisionExtensionBasis: '   ' };
    const r = checkDraft(draft);
    assert.ok(!r.ok);
    assert.match(r.errors.decisionExtensionBasis ?? '', /须填写延长办案期限的依据/);
  });

  it('sends the basis trimmed once it is named, and accepts the shipped defaults as they are', () => {
    const r = checkDraft({ ...draftOf(DEFAULT_PROCEDURE_SETTINGS), directEnforcement: true, directEnforcementBasis: ' 某法律第×条 ' });
    assert.ok(r.ok && r.settings.directEnforcementBasis === '某法律第×条');
    assert.ok(checkDraft(draftOf(DEFAULT_PROCEDURE_SETTINGS)).ok);
  });

  it('disables the extension days, count and basis while extensions are off', () => {
    const off = draftOf(DEFAULT_PROCEDURE_SETTINGS);
    for (const key of ['decisionExtensionDays', 'decisionExtensionsMax', 'decisionExtensionBasis', 'directEnforcementBasis'] as const) assert.ok(isSwitchedOff(key, off), key);
    assert.ok(!isSwitchedOff('decisionExtensionDays', { ...off, decisionExtensionEnabled: true }));
    assert.ok(!isSwitchedOff('statementWorkingDays', off));
  });

  it("puts the backend's refusal of a switch without basis under the basis box", () => {
    const message = '开启直接强制执行的，须写明授予本机关强制执行权的法律条款（行政强制法 第十三条）';
    const { byKey, others } = placeSettingIssues([{ path: 'directEnforcementBasis', message }]);
    assert.equal(byKey.directEnforcementBasis, message);
    assert.deepEqual(others, []);
  });
});

describe('a document refused for the procedure', () => {
  const form = {
    id: 15, name: '行政处罚决定书', stage: '决定', templateVersion: '1', multiPage: false,
    fields: [
      { key: 'fineAmount', label: '罚款金额', kind: 'money', required: false, prefilled: true },
      { key: 'payBank', label: '缴款银行', kind: 'text', required: false, prefilled: true },
      { key: 'makeDate', label: '日期', kind: 'date', required: true, prefilled: true },
    ],
  } as FormSummary;

  it('counts DOC_PROCEDURE_MISMATCH and the PROC_ codes as procedural, not a validation failure', () => {
    assert.ok(isProcedureRefusal('DOC_PROCEDURE_MISMATCH') && isProcedureRefusal('PROC_GUARD'));
    assert.ok(!isProcedureRefusal('VALIDATION_FAILED') && !isProcedureRefusal('DOC_INCOMPLETE'));
  });

  it('places a refusal with the path data.fineAmount under the fine', () => {
    const { byField } = placeIssues(form, [{ path: 'data.fineAmount', message: '罚款金额与负责人批准的处罚决定不一致' }]);
    assert.deepEqual(Object.keys(byField), ['fineAmount']);
  });

  it('finds the field a refusal without a path names, the longest label first', () => {
    assert.equal(fieldNamedIn(form, '行政处罚决定书的罚款金额（3,000元）与负责人批准的处罚决定（2,000元）不一致'), 'fineAmount');
    assert.equal(fieldNamedIn(form, '行政处罚决定书须在负责人批准处罚决定后签发'), null);
  });
});
