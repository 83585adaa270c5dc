/** Helpers for walking cases through the procedure in tests: a clock that moves, acts by role, issued documents. */
import type { DocumentData } from '../../main/contract/documents';
import type { ApiError } from '../../main/contract/errors';
import type { ProcedureActionInput, ProcedureView } from '../../main/contract/procedure';
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
