/**
 * The machine on its own, without documents or a database: rules whose refusal the documents would
 * otherwise answer first (a form that cannot be issued), and guards on settings the service never stores.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../../main/contract/errors';
import {
  DEFAULT_PROCEDURE_SETTINGS,
  procedureAction,
  procedureState,
  type ProcedureActionInput,
  type ProcedureSettings,
  type ProcedureState,
} from '../../../main/contract/procedure';
import type { Role } from '../../../main/contract/domain';
import { WorkCalendar } from '../../../main/procedure/calendar';
import { applyAction, availableActions, type CaseFacts, type MachineContext } from '../../../main/procedure/machine';

const NONE = { warning: false, fine: 0, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none' as const, businessRestriction: false, other: '' };

function ctx(over: { facts?: Partial<CaseFacts>; state?: Partial<ProcedureState>; settings?: Partial<ProcedureSettings>; today?: string } = {}): MachineContext {
  const settings = { ...DEFAULT_PROCEDURE_SETTINGS, ...over.settings };
  const facts: CaseFacts = {
    procedure: 'general', registeredOn: '2026-03-02', partyKind: 'individual', validOfficers: 2, officerIds: [1, 2],
    cause: { id: 1, category: 'road_transport', code: 'RT-01', title: '未经许可从事道路货物运输经营', legalBasis: '', penaltyBasis: '', penaltyRange: '', fineMin: null, fineMax: null, discretion: [] },
    occurredOn: '2026-03-01', issued: {}, documents: {}, ...over.facts,
  };
  return { facts, state: { ...procedureState.parse({}), ...over.state }, settings, periods: { settings, calendar: new WorkCalendar([]) }, today: over.today ?? '2026-03-02' };
}

function refusal(c: MachineContext, role: Role, a: ProcedureActionInput): AppError {
  try {
    applyAction(c, role, procedureAction.parse(a));
  } catch (e) {
    assert.ok(e instanceof AppError, String(e));
    return e;
  }
  assert.fail(`${a.type} was accepted`);
}

describe('procedure machine (pure)', () => {
  it('refuses a penalty on the spot once the two-year limitation has run', () => {
    const c = ctx({ facts: { procedure: 'simple', occurredOn: '2024-01-10', registeredOn: '2026-03-02', issued: { 14: 1 } } });
    const e = refusal(c, 'clerk', { type: 'record_on_spot_decision', on: '2026-03-02', penalty: { ...NONE, fine: 100 }, place: '国道', partySigned: true });
    assert.equal(e.code, 'PROC_GUARD');
    assert.match(e.message, /已超过二年未被发现，不再给予行政处罚（行政处罚法 第三十六条）/);
    const inTime = ctx({ facts: { procedure: 'simple', occurredOn: '2024-03-02', registeredOn: '2026-03-02', issued: { 14: 1 } } });
    const next = applyAction(inTime, 'clerk', procedureAction.parse({ type: 'record_on_spot_decision', on: '2026-03-02', penalty: { ...NONE, fine: 100 }, place: '国道', partySigned: true }));
    assert.equal(next.amountDue, 100, 'discovered on the last day of the two years');
  });

  it('refuses direct enforcement when the power is switched on without its basis, and an extension likewise', () => {
    const served: Partial<ProcedureState> = {
      registrationApprovedOn: '2026-01-05',
      decision: { outcome: 'penalty', penalty: { ...NONE, fine: 1000 }, circumstance: '', departureReason: '', transferTo: '', duty: '', proposedOn: '2026-01-05', decidedOn: '2026-01-05' },
      service: { method: 'direct', on: '2026-01-05', effectiveOn: '2026-01-05', abroad: false },
      amountDue: 1000,
      demand: { on: '2026-03-01', performBy: '2026-03-10' },
    };
    const c = ctx({ state: served, settings: { directEnforcement: true, directEnforcementBasis: ' ' }, today: '2026-03-20', facts: { issued: { 20: 1 } } });
    assert.match(refusal(c, 'head', { type: 'enforce', on: '2026-03-20', kind: 'direct' }).message, /第十三、四十七条/);
    const open = ctx({ state: { registrationApprovedOn: '2026-03-02' }, settings: { decisionExtensionEnabled: true, decisionExtensionBasis: '' } });
    const e = refusal(open, 'head', { type: 'extend_decision_deadline', on: '2026-03-02', days: 30, reason: '案情复杂' });
    assert.match(e.message, /行政处罚法 第六十条/);
    assert.match(availableActions(open, 'head').find((a) => a.type === 'extend_decision_deadline')?.reason ?? '', /第六十条/);
  });

  it('does not let a 陈述申辩 waiver stand for a hearing waiver', () => {
    const c = ctx({
      state: {
        registrationApprovedOn: '2026-03-02', investigationClosedOn: '2026-03-02', notifiedOn: '2026-03-02', hearingRightTold: true,
        proposal: { outcome: 'penalty', penalty: { ...NONE, fine: 5000 }, circumstance: '', departureReason: 'x', majorPublicInterest: false, complex: false, serious: false, longLimitation: false, longLimitationReason: '' },
        statement: { on: '2026-03-02', waived: true, adopted: false },
      },
      settings: { reviewAllGeneral: false },
    });
    const reason = availableActions(c, 'clerk').find((a) => a.type === 'propose_decision')?.reason ?? '';
    assert.match(reason, /听证申请期限/);
    assert.equal(availableActions(c, 'clerk').find((a) => a.type === 'waive_hearing')?.enabled, true);
  });
});
