/** 程序设置: the office's provincial thresholds (听证, 法制审核, 集体讨论, periods), with the law's defaults. */
import type { EntityManager } from 'typeorm';
import { OfficeSettingRow } from '../../db/entities';
import type { Database } from '../../db/open';
import { DEFAULT_PROCEDURE_SETTINGS, procedureSettings, type ProcedureSettings } from '../contract/procedure';
import { appendAudit, type Actor } from './audit';
import type { Clock } from './clock';
import { recomputeAllDeadlines } from './deadlines';

export const PROCEDURE_SETTINGS_KEY = 'procedure';

/** The stored settings over the defaults; a setting added in a later version starts at its default. */
export async function getProcedureSettings(m: EntityManager): Promise<ProcedureSettings> {
  const row = await m.findOneBy(OfficeSettingRow, { key: PROCEDURE_SETTINGS_KEY });
  if (!row) return { ...DEFAULT_PROCEDURE_SETTINGS };
  const parsed = procedureSettings.partial().safeParse(JSON.parse(row.value));
  return { ...DEFAULT_PROCEDURE_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export async function updateProcedureSettings(db: Database, actor: Actor, clock: Clock, settings: ProcedureSettings): Promise<ProcedureSettings> {
  return db.write(async (m) => {
    const now = clock.now();
    const before = await getProcedureSettings(m);
    await m.save(OfficeSettingRow, { key: PROCEDURE_SETTINGS_KEY, value: JSON.stringify(settings), updatedAt: now });
    await appendAudit(m, {
      actor, at: now, action: 'settings.procedure.update', entity: 'office_setting', entityId: PROCEDURE_SETTINGS_KEY,
      before, after: settings, note: '修改程序设置',
    });
    // Periods and alert thresholds may have changed: every open deadline follows the new settings.
    await recomputeAllDeadlines(m);
    return getProcedureSettings(m);
  });
}
