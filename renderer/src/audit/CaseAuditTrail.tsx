export function CaseAuditTrail(_props: { caseId: number }) {
  return null;
}
