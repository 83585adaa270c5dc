/** Where a case stands and whose move it is, derived from its procedural facts alone. */
import type { CaseStage, Procedure } from '../contract/domain';
import type { Awaiting, MeasureState, ProcedureState } from '../contract/procedure';

export function activeMeasures(state: ProcedureState): MeasureState[] {
  return state.measures.filter((m) => !m.releasedOn);
}

export function paidTotal(state: ProcedureState): number {
  return round2(state.payments.reduce((sum, p) => sum + p.amount, 0));
}

/** Money ordered and not yet paid (principal only; 加处罚款 is reported separately). */
export function outstanding(state: ProcedureState): number {
  return Math.max(0, round2(state.amountDue - paidTotal(state)));
}

/**
 * A 排除妨碍、恢复原状 duty the decision ordered (责令当事人…) that the party has not yet performed: with an
 * unpaid fine, what 催告 and 强制执行 / 代履行 are about (行政强制法 第三十五、五十条).
 */
export function dutyPending(state: ProcedureState): boolean {
  return Boolean(state.decision?.decidedOn && state.decision.duty && !state.dutyDoneOn);
}

/** The decision still asks something of the party: money owed or a duty pending. */
export function unperformed(state: ProcedureState): boolean {
  return outstanding(state) > 0 || dutyPending(state);
}

/** 先行登记保存 still waiting for the decision on the items (行政处罚法 第五十六条). */
export function undecidedPreservations(state: ProcedureState): ProcedureState['preservations'] {
  return state.preservations.filter((p) => !p.decidedOn);
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function isTerminal(state: ProcedureState): boolean {
  return Boolean(state.revokedOn || state.transferredOn || state.closedOn || state.archivedOn);
}

export function stageOf(procedure: Procedure, s: ProcedureState): { stage: CaseStage; awaiting: Awaiting | null } {
  if (s.archivedOn) return { stage: 'archived', awaiting: null };
  if (s.revokedOn) return { stage: 'revoked', awaiting: null };
  if (s.transferredOn) return { stage: 'transferred_out', awaiting: null };
  if (s.closedOn) return { stage: 'closed', awaiting: 'archivist' };
  const executing = unperformed(s) && !s.executionDoneOn;

  if (procedure === 'simple') {
    if (!s.onSpot) return { stage: 'registered', awaiting: 'clerk' };
    if (executing) return { stage: 'execution', awaiting: 'clerk' };
    return { stage: 'served', awaiting: s.onSpot.filedOn ? 'head' : 'clerk' };
  }

  if (!s.registrationApprovedOn) return { stage: 'registered', awaiting: 'head' };
  if (s.decision?.decidedOn) {
    if (!s.service) return { stage: 'decided', awaiting: 'clerk' };
    if (executing) return { stage: 'execution', awaiting: 'clerk' };
    return { stage: 'served', awaiting: 'head' };
  }
  if (s.decision) return { stage: 'pending_decision', awaiting: 'head' };
  if (s.review.status === 'pending') return { stage: 'legal_review', awaiting: 'reviewer' };
  if (s.hearing && !s.hearing.heldOn && !s.hearing.waivedOn) return { stage: 'hearing', awaiting: 'clerk' };
  if (s.notifiedOn) return { stage: 'notified', awaiting: 'clerk' };
  if (s.investigationClosedOn) return { stage: 'investigation_closed', awaiting: 'clerk' };
  if (activeMeasures(s).length) return { stage: 'coercive_measure', awaiting: 'clerk' };
  return { stage: 'investigation', awaiting: 'clerk' };
}
