import type { CaseDetail } from '../../../main/contract/schemas';

export function ProcedurePanel(_props: { detail: CaseDetail; onChanged: () => void }) {
  return null;
}
