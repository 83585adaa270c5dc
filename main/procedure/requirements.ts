/**
 * What the office's settings require of a case given the penalty on the table: the right to a
 * hearing (行政处罚法 第六十三条), 法制审核 (第五十八条) and 集体讨论 (第五十七条第二款).
 */
import type { PartyKind } from '../contract/domain';
import type { Penalty, ProcedureSettings, ProcedureState } from '../contract/procedure';

export interface Requirements {
  legalReview: boolean;
  collectiveDiscussion: boolean;
  hearingRight: boolean;
}

export function hearingRight(p: Penalty, kind: PartyKind, s: ProcedureSettings): boolean {
  const org = kind === 'organisation';
  return (
    p.fine >= (org ? s.hearingFineOrganisation : s.hearingFineIndividual) ||
    p.confiscatedGain + p.confiscatedPropertyValue >= (org ? s.hearingConfiscationOrganisation : s.hearingConfiscationIndividual) ||
    // 降低资质等级、吊销许可证件; 暂扣 is counted as an "other heavier penalty" so the party is never short of the right.
    p.licenceAction !== 'none' ||
    p.businessRestriction
  );
}

/** The penalty the requirements are judged on: the decision being proposed, else the 调查终结 proposal. */
export function penaltyOnTable(state: ProcedureState): { penalty: Penalty; outcome: string } | null {
  if (state.decision) return { penalty: state.decision.penalty, outcome: state.decision.outcome };
  if (state.proposal) return { penalty: state.proposal.penalty, outcome: state.proposal.outcome };
  return null;
}

export function requirementsOf(procedure: 'general' | 'simple', state: ProcedureState, kind: PartyKind, s: ProcedureSettings): Requirements {
  const table = penaltyOnTable(state);
  if (procedure === 'simple' || !table) return { legalReview: false, collectiveDiscussion: false, hearingRight: false };
  const { penalty: p, outcome } = table;
  const penalising = outcome === 'penalty';
  const org = kind === 'organisation';
  const flags = state.proposal ?? { majorPublicInterest: false, complex: false, serious: false };
  const legalReview =
    (penalising && s.reviewAllGeneral) ||
    flags.majorPublicInterest ||
    flags.complex ||
    (penalising && p.fine >= (org ? s.reviewFineOrganisation : s.reviewFineIndividual)) ||
    (penalising && p.licenceAction === 'revoke') ||
    // 第五十八条第（二）项: a case that went through a hearing, also one held before a 补充调查 reopened 告知.
    Boolean(state.hearing?.heldOn || state.pastHearingHeldOn);
  const collectiveDiscussion =
    penalising &&
    (flags.complex ||
      flags.serious ||
      p.fine >= (org ? s.discussionFineOrganisation : s.discussionFineIndividual) ||
      (s.discussionOnRevocation && p.licenceAction === 'revoke'));
  return { legalReview, collectiveDiscussion, hearingRight: penalising && hearingRight(p, kind, s) };
}
