/**
 * 更正说明: why a correction was made, carried in the correction's own data so that it prints in
 * the new version's 备注 and travels with the document wherever its data goes (outbox, dossier).
 *
 * It sits under a reserved key beside the form's fields, so forms without a 备注 field carry it
 * too; the form checks never see it (they know only the form's own fields) and a clerk's save
 * cannot change it, since the reason was given when the correction was started.
 */
import type { FormData } from './definition';

/** Reserved data key; no form field may take it (a field key is a plain identifier). */
export const CORRECTION_KEY = '_correction';

export interface CorrectionNote {
  /** In the clerk's words, 2–200 characters. */
  reason: string;
  /** The version this one corrects. */
  supersedes: number;
  /** When that version was issued, 'YYYY-MM-DD'. */
  issuedOn: string;
}

export function correctionOf(data: FormData | Record<string, unknown>): CorrectionNote | null {
  const v = (data as Record<string, unknown>)[CORRECTION_KEY];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const r = v as Record<string, unknown>;
  if (typeof r.reason !== 'string' || !r.reason.trim()) return null;
  return { reason: r.reason, supersedes: Number(r.supersedes) || 0, issuedOn: typeof r.issuedOn === 'string' ? r.issuedOn : '' };
}

/** The data stored for the record: every value is text, as document data's records are. */
export function withCorrection<T extends Record<string, unknown>>(data: T, note: CorrectionNote): T {
  return { ...data, [CORRECTION_KEY]: { reason: note.reason, supersedes: String(note.supersedes), issuedOn: note.issuedOn } };
}

/** The data the form itself defines: what the form checks and the procedure checks read. */
export function formFieldsOf<T extends Record<string, unknown>>(data: T): T {
  if (!(CORRECTION_KEY in data)) return data;
  const { [CORRECTION_KEY]: _omitted, ...rest } = data;
  return rest as T;
}

/** The 备注 line a correction prints. */
export function correctionRemark(note: CorrectionNote): string {
  const [y, m, d] = note.issuedOn.split('-').map(Number);
  const when = y && m && d ? `${y}年${m}月${d}日签发的` : '';
  return `本文书更正${when}第${note.supersedes}版，更正原因：${note.reason}`;
}
