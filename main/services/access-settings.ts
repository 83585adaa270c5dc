/** 安全设置: the office's password, lockout and session policy, and the certificate-expiry warning window. */
import type { EntityManager } from 'typeorm';
import { OfficeSettingRow } from '../../db/entities';
import type { Database } from '../../db/open';
import { DEFAULT_ACCESS_SETTINGS, accessSettings, type AccessSettings } from '../contract/people';
import { appendAudit, type Actor } from './audit';
import type { Clock } from './clock';

export const ACCESS_SETTINGS_KEY = 'access';

/** The stored settings over the defaults; a setting added in a later version starts at its default. */
export async function getAccessSettings(m: EntityManager): Promise<AccessSettings> {
  const row = await m.findOneBy(OfficeSettingRow, { key: ACCESS_SETTINGS_KEY });
  if (!row) return { ...DEFAULT_ACCESS_SETTINGS };
  const parsed = accessSettings.partial().safeParse(JSON.parse(row.value));
  return { ...DEFAULT_ACCESS_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export async function updateAccessSettings(db: Database, actor: Actor, clock: Clock, settings: AccessSettings): Promise<AccessSettings> {
  return db.write(async (m) => {
    const now = clock.now();
    const before = await getAccessSettings(m);
    await m.save(OfficeSettingRow, { key: ACCESS_SETTINGS_KEY, value: JSON.stringify(settings), updatedAt: now });
    await appendAudit(m, {
      actor, at: now, action: 'settings.access.update', entity: 'office_setting', entityId: ACCESS_SETTINGS_KEY,
      before, after: settings, note: '修改安全设置',
    });
    return getAccessSettings(m);
  });
}
