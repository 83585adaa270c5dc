/** What the 案由 dialog works out apart from drawing: an empty record and the schema's messages by field. */
import type { CauseRecord } from '../../../main/contract/catalog';

/** Field path inside the record ('title', 'discretion.0.fineMax') → the first message for it. */
export type Issues = Record<string, string>;

export function blankCause(): CauseRecord {
  return { code: '', category: 'highway', title: '', legalBasis: '', penaltyBasis: '', penaltyRange: '', fineMin: null, fineMax: null, discretion: [], active: true };
}

/** A schema's safeParse answer, as far as the messages go. */
type Parsed = { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

export function issuesOf(parsed: Parsed): Issues {
  const out: Issues = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) out[issue.path.map(String).join('.')] ??= issue.message;
  return out;
}
