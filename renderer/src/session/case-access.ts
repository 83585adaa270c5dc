/**
 * What the signed-in person may do on one case, as `cases.get` reports it: draft (documents) and
 * act (procedural acts), with the reason when they may only look. A case view from a backend that
 * predates the per-case rule carries none, and then the role's own rights stand.
 */
import type { CaseDetail } from '../../../main/contract/schemas';

export interface CaseAccess {
  draft: boolean;
  act: boolean;
  reason: string | null;
}

const OPEN: CaseAccess = { draft: true, act: true, reason: null };

export function caseAccessOf(detail: CaseDetail): CaseAccess {
  const access = (detail as CaseDetail & { access?: Partial<CaseAccess> | null }).access;
  if (!access) return OPEN;
  return { draft: access.draft !== false, act: access.act !== false, reason: access.reason ? access.reason : null };
}
