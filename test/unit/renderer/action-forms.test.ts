/** The act dialog's table: which boxes the new rules show, and the acts it builds from them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PROCEDURE_SETTINGS, procedureAction, procedureState, type ProcedureView } from '../../../main/contract/procedure';
import { buildAction, defaultValues, measuresFor, visibleFields, type FormValues } from '../../../renderer/src/procedure/action-forms';

function viewWith(state: Partial<ReturnType<typeof procedureState.parse>> = {}): ProcedureView {
  return {
    caseId: 1,
    caseVersion: 1,
    caseNumber: '东交执罚〔2026〕1号',
    procedure: 'general',
    stage: 'investigation',
    today: '2026-11-24',
    state: { ...procedureState.parse({}), ...state },
    requirements: { legalReview: false, collectiveDiscussion: false, hearingRight: false },
    deadlines: [],
    events: [],
    actions: [],
    awaiting: null,
    outstanding: 0,
    lateFee: 0,
    settings: DEFAULT_PROCEDURE_SETTINGS,
  } as unknown as ProcedureView; // only the parts the table reads are filled
}

const keys = (type: Parameters<typeof visibleFields>[0], v: FormValues) => visibleFields(type, v).map((f) => f.key);

describe('act dialog fields under the 2021 rules', () => {
  it('asks for the emergency reason only when the measure is taken in an emergency', () => {
    const v = defaultValues('impose_measure', viewWith());
    assert.ok(!keys('impose_measure', v).includes('emergencyReason'));
    assert.ok(keys('impose_measure', { ...v, emergency: true }).includes('emergencyReason'));
    const built = buildAction('impose_measure', { ...v, kind: 'detain_vehicle', items: '浙T12345货车一辆', emergency: true, emergencyReason: '  ' });
    assert.equal(built.errors.emergencyReason, 'proc.check.emergencyReason');
  });

  it('offers 当场收缴 only for a fine with a ground, and then wants the receipt number', () => {
    const v = defaultValues('record_on_spot_decision', viewWith(), { place: 'G104线K12+300处' });
    assert.equal(v.place, 'G104线K12+300处');
    const warningOnly = keys('record_on_spot_decision', { ...v, 'penalty.warning': true });
    assert.ok(!warningOnly.includes('collectionGround') && !warningOnly.includes('paidOnSpot') && !warningOnly.includes('receiptNo'));
    const fined = { ...v, 'penalty.fine': '50' };
    assert.ok(keys('record_on_spot_decision', fined).includes('collectionGround'));
    assert.ok(!keys('record_on_spot_decision', fined).includes('paidOnSpot'), 'no 当场收缴 without a ground');
    const small = { ...fined, collectionGround: 'small', paidOnSpot: true };
    assert.ok(keys('record_on_spot_decision', small).includes('receiptNo'));
    assert.equal(buildAction('record_on_spot_decision', small).errors.receiptNo, 'proc.check.spotReceiptNo');
    const built = buildAction('record_on_spot_decision', { ...small, receiptNo: 'ZJ2026001234' });
    assert.deepEqual(built.errors, {});
    const parsed = procedureAction.parse(built.action);
    assert.equal(parsed.type, 'record_on_spot_decision');
    if (parsed.type === 'record_on_spot_decision') {
      assert.equal(parsed.collectionGround, 'small');
      assert.equal(parsed.receiptNo, 'ZJ2026001234');
      assert.equal(parsed.place, 'G104线K12+300处');
    }
  });

  it('drops a 当场收缴 choice when the fine is taken away again', () => {
    const v = { ...defaultValues('record_on_spot_decision', viewWith(), { place: '东州汽车西站' }), 'penalty.fine': '', 'penalty.warning': true, collectionGround: 'small', paidOnSpot: true, receiptNo: 'X1' };
    const parsed = procedureAction.parse(buildAction('record_on_spot_decision', v).action);
    assert.ok(parsed.type === 'record_on_spot_decision' && parsed.collectionGround === 'none' && !parsed.paidOnSpot && parsed.receiptNo === '');
  });

  it('asks the 五年 limitation reason only when it is claimed', () => {
    const v = defaultValues('close_investigation', viewWith());
    assert.ok(!keys('close_investigation', v).includes('longLimitationReason'));
    assert.equal(buildAction('close_investigation', { ...v, summary: '事实清楚', longLimitation: true, longLimitationReason: '' }).errors.longLimitationReason, 'proc.check.longLimitationReason');
  });

  it('offers immediate 代履行 only for 代履行', () => {
    const v = defaultValues('enforce', viewWith());
    assert.ok(!keys('enforce', { ...v, kind: 'court' }).includes('immediate'));
    assert.ok(keys('enforce', { ...v, kind: 'substitute' }).includes('immediate'));
  });

  it('lists for 补批 only emergency measures still awaiting approval', () => {
    const measure = { kind: 'detain_vehicle' as const, items: '货车一辆', startedOn: '2026-11-23', days: 30, extendedDays: null, extendedOn: null, releasedOn: null, releaseGround: null };
    const view = viewWith({
      measures: [
        { ...measure, id: 1, emergency: true, approvedOn: null },
        { ...measure, id: 2, emergency: true, approvedOn: '2026-11-23' },
        { ...measure, id: 3, emergency: false, approvedOn: '2026-11-22' },
      ],
    });
    assert.deepEqual(measuresFor('awaitingApproval', view).map((m) => m.id), [1]);
    assert.equal(defaultValues('ratify_measure', view).measureId, '1');
    assert.deepEqual(measuresFor('active', view).map((m) => m.id), [1, 2, 3]);
  });

  it('builds the new acts the contract accepts', () => {
    const view = viewWith({ preservations: [{ id: 4, items: '运单三张', startedOn: '2026-11-20', approvedOn: '2026-11-20', decidedOn: null, disposition: null }] });
    const cases: [Parameters<typeof buildAction>[0], FormValues][] = [
      ['approve_measure', { ...defaultValues('approve_measure', view), opinion: '同意扣押' }],
      ['waive_hearing', defaultValues('waive_hearing', view)],
      ['reopen_investigation', { ...defaultValues('reopen_investigation', view), reason: '听证中当事人提出新的事实' }],
      ['preserve_evidence', { ...defaultValues('preserve_evidence', view), items: '行驶证复印件一份' }],
      ['decide_preservation', { ...defaultValues('decide_preservation', view), disposition: 'release' }],
      ['record_duty_performed', { ...defaultValues('record_duty_performed', view), note: '已自行清除路面遗洒物' }],
    ];
    for (const [type, values] of cases) {
      const built = buildAction(type, values);
      assert.deepEqual(built.errors, {}, type);
      assert.ok(procedureAction.safeParse(built.action).success, `${type}: ${JSON.stringify(built.action)}`);
    }
  });
});
