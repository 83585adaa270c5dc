/** 程序设置: the office's provincial thresholds (听证, 法制审核, 集体讨论, periods), with the law's defaults. */
import type { EntityManager } from 'typeorm';
import { OfficeSettingRow } from '../../db/entities';
import type { Database } from '../../db/open';
import { AppError, type FieldIssue } from '../contract/errors';
import { DEFAULT_PROCEDURE_SETTINGS, procedureSettings, type ProcedureSettings } from '../contract/procedure';
import { appendAudit, type Actor } from './audit';
import type { Clock } from './clock';

export const PROCEDURE_SETTINGS_KEY = 'procedure';

/** The stored settings over the defaults; a setting added in a later version starts at its default. */
export async function getProcedureSettings(m: EntityManager): Promise<ProcedureSettings> {
  const row = await m.findOneBy(OfficeSettingRow, { key: PROCEDURE_SETTINGS_KEY });
  if (!row) return { ...DEFAULT_PROCEDURE_SETTINGS };
  const parsed = procedureSettings.partial().safeParse(JSON.parse(row.value));
  return { ...DEFAULT_PROCEDURE_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

/**
 * Powers the law gives only by a named provision must name it: another decision limit than 90 days only where a
 * 法律、法规、规章 provides one (行政处罚法 第六十条), enforcement by the office itself only where a law grants it
 * (行政强制法 第十三条).
 */
export function checkProcedureSettings(s: ProcedureSettings): void {
  const issues: FieldIssue[] = [];
  if (s.decisionExtensionEnabled && !s.decisionExtensionBasis.trim()) {
    issues.push({ path: 'decisionExtensionBasis', message: '允许延长办案期限的，须写明规定另行期限的法律、法规或规章条款（行政处罚法 第六十条）' });
  }
  if (s.directEnforcement && !s.directEnforcementBasis.trim()) {
    issues.push({ path: 'directEnforcementBasis', message: '开启直接强制执行的，须写明授予本机关强制执行权的法律条款（行政强制法 第十三条）' });
  }
  if (issues.length) throw new AppError('VALIDATION_FAILED', issues.map((i) => i.message).join('；'), issues);
}

/**
 * Stores new settings and, in the same transaction, brings every open deadline in line with them.
 * `recompute` is the deadline service's (passed in: it reads these settings, so importing it here would be circular).
 */
export async function updateProcedureSettings(
  db: Database,
  actor: Actor,
  clock: Clock,
  settings: ProcedureSettings,
  recompute: (m: EntityManager) => Promise<number>,
): Promise<ProcedureSettings> {
  checkProcedureSettings(settings);
  return db.write(async (m) => {
    const now = clock.now();
    const before = await getProcedureSettings(m);
    await m.save(OfficeSettingRow, { key: PROCEDURE_SETTINGS_KEY, value: JSON.stringify(settings), updatedAt: now });
    await appendAudit(m, {
      actor, at: now, action: 'settings.procedure.update', entity: 'office_setting', entityId: PROCEDURE_SETTINGS_KEY,
      before, after: settings, note: '修改程序设置',
    });
    await recompute(m);
    return getProcedureSettings(m);
  });
}
