export function ProcedureSettingsPage() {
  return null;
}
