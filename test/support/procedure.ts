/** Helpers for walking cases through the procedure in tests: a clock that moves, acts by role, issued documents. */
import type { DocumentData } from '../../main/contract/documents';
import type { ApiError } from '../../main/contract/errors';
import type { Penalty, ProcedureActionInput, ProcedureView } from '../../main/contract/procedure';
import type { Clock } from '../../main/services/clock';
import type { Client } from './backend';
import { fillRequired } from './fill-form';

/** A clock standing on one day at a time; `to(day)` moves it. */
export function movableClock(day: string): Clock & { to(day: string): void; today(): string } {
  let current = day;
  return {
    now: () => `${current}T10:00:00`,
    to(next: string) {
      current = next;
    },
    today: () => current,
  };
}

/**
 * Makes a document of the form for the case, fills every required field and issues it. `data` overrides the
 * pre-filled content where the test states what the document says (the fine on form 14, …).
 */
export async function issueForm(c: Client, caseId: number, formId: number, data: DocumentData = {}): Promise<number> {
  const forms = await c.call('documents.forms', {});
  const form = forms.find((f) => f.id === formId);
  if (!form) throw new Error(`no form ${formId}`);
  const draft = await c.call('documents.create', { caseId, formId });
  await c.call('documents.saveDraft', { id: draft.id, data: fillRequired(form, { ...draft.data, ...data }) });
  const issued = await c.call('documents.issue', { id: draft.id });
  return issued.id;
}

async function version(c: Client, caseId: number): Promise<number> {
  return (await c.call('procedure.get', { caseId })).caseVersion;
}

/** Performs an act as the client's account against the case's current version. */
export async function act(c: Client, caseId: number, action: ProcedureActionInput): Promise<ProcedureView> {
  return c.call('procedure.act', { caseId, caseVersion: await version(c, caseId), action });
}

/** Performs an act that must be refused; returns the error. */
export async function refused(c: Client, caseId: number, action: ProcedureActionInput): Promise<ApiError> {
  return c.fail('procedure.act', { caseId, caseVersion: await version(c, caseId), action });
}

/** The reason the view gives for a refused act of the client's role, or null when it is enabled / absent. */
export function reasonOf(view: ProcedureView, type: ProcedureActionInput['type']): string | null | undefined {
  const a = view.actions.find((x) => x.type === type);
  return a ? a.reason : undefined;
}

/** Form 14's payment ticks as the document words them (templates/blocks/payment.ts). */
export const PAY_AT_BANK = '15日内缴至指定银行';
export const PAY_ON_SPOT = '当场缴纳';

/** The clients a walk through the procedure acts with. */
export interface Staff {
  clerk: Client;
  reviewer: Client;
  head: Client;
}

export interface DecisionInput {
  outcome?: 'penalty' | 'no_penalty_minor' | 'no_penalty_first_offence' | 'no_penalty_no_fault' | 'no_penalty_limitation' | 'no_penalty_unfounded';
  penalty?: Penalty;
  circumstance?: string;
  departureReason?: string;
  duty?: string;
}

/**
 * Walks an approved 普通程序 case, all on the clock's day, from 调查终结 to the decision served directly: the review,
 * 集体讨论, 告知 (statement and hearing both expressly waived) only where the case needs them.
 */
export async function decideAndServe(staff: Staff, caseId: number, on: string, d: DecisionInput): Promise<ProcedureView> {
  const { clerk, reviewer, head } = staff;
  const outcome = d.outcome ?? 'penalty';
  const content = { outcome, penalty: d.penalty, circumstance: d.circumstance ?? '', departureReason: d.departureReason ?? '' };
  let v = await act(clerk, caseId, { type: 'close_investigation', on, summary: '事实清楚，证据确凿。', ...content });
  if (v.requirements.legalReview) {
    await act(clerk, caseId, { type: 'submit_review', on });
    await act(reviewer, caseId, { type: 'review_approve', on, opinion: '同意' });
  }
  if (outcome === 'penalty') {
    await issueForm(clerk, caseId, 11);
    v = await act(clerk, caseId, { type: 'notify', on });
    await act(clerk, caseId, { type: 'record_statement', on, waived: true });
    if (v.state.hearingRightTold) await act(clerk, caseId, { type: 'waive_hearing', on });
  }
  if (v.requirements.collectiveDiscussion) await act(head, caseId, { type: 'record_discussion', on, participants: '负责人、法制科长', conclusion: '同意' });
  await act(clerk, caseId, { type: 'propose_decision', on, ...content, duty: d.duty ?? '' });
  await act(head, caseId, { type: 'approve_decision', on });
  await issueForm(clerk, caseId, outcome === 'penalty' ? 15 : 25);
  return act(clerk, caseId, { type: 'record_service', on, method: 'direct', recipient: '柯岚' });
}
