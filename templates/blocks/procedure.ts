/**
 * Reading the case's recorded acts (PrefillContext.procedure) for pre-fill: the approved
 * decision, the penalty in words, the dates later forms refer back to. Every reader returns
 * undefined when the procedure is absent (a preview without a case) or silent.
 */
import { COLLECTION_GROUNDS, OUTCOMES, type Penalty, type ProcedureState } from '../../main/contract/procedure';
import type { PrefillContext } from '../../main/documents/definition';
import { amountInFigures } from '../../main/documents/text';

export function stateOf(ctx: PrefillContext): ProcedureState | undefined {
  return ctx.procedure?.state;
}

/** The decision as approved by the 负责人 (null until approved). */
export function approvedDecision(ctx: PrefillContext): NonNullable<ProcedureState['decision']> | undefined {
  const d = stateOf(ctx)?.decision;
  return d?.decidedOn ? d : undefined;
}

const LICENCE_WORDS: Record<Penalty['licenceAction'], string> = { none: '', suspend: '暂扣许可证件', revoke: '吊销许可证件', downgrade: '降低资质等级' };

/** The penalty as a decision states it: "警告，罚款人民币1200元". Empty when it imposes nothing. */
export function penaltyInWords(p: Penalty): string {
  const parts: string[] = [];
  if (p.warning) parts.push('警告');
  if (p.fine > 0) parts.push(`罚款人民币${amountInFigures(p.fine)}`);
  if (p.confiscatedGain > 0) parts.push(`没收违法所得人民币${amountInFigures(p.confiscatedGain)}`);
  if (p.confiscatedPropertyValue > 0) parts.push('没收非法财物');
  if (LICENCE_WORDS[p.licenceAction]) parts.push(LICENCE_WORDS[p.licenceAction]);
  if (p.businessRestriction) parts.push('责令停产停业');
  if (p.other.trim()) parts.push(p.other.trim());
  return parts.join('，');
}

/** A fine of the penalty, null when there is none (a warning-only decision leaves the field blank). */
export function fineOf(p: Penalty | undefined): number | null {
  return p && p.fine > 0 ? p.fine : null;
}

/** The date of the decision later forms refer to: the approved decision, or the on-the-spot one. */
export function decisionDate(ctx: PrefillContext): string | undefined {
  return approvedDecision(ctx)?.decidedOn ?? stateOf(ctx)?.onSpot?.on ?? undefined;
}

/** What the decision ordered, as later forms repeat it. */
export function decisionContent(ctx: PrefillContext): string | undefined {
  const d = approvedDecision(ctx);
  if (!d) return undefined;
  const words = [penaltyInWords(d.penalty), d.duty.trim() ? `责令${d.duty.trim().replace(/^责令/, '')}` : ''].filter(Boolean).join('；');
  return words || undefined;
}

/** Label of an outcome code as the 不予行政处罚决定书 ticks it. */
export function outcomeLabel(code: string): string | undefined {
  return OUTCOMES.find((o) => o.code === code)?.label;
}

/** Label of a 当场收缴 ground (not 'none'). */
export function collectionGroundLabel(code: string): string | undefined {
  return code === 'none' ? undefined : COLLECTION_GROUNDS.find((g) => g.code === code)?.label;
}
