/**
 * This installation's id: a random value kept in office_setting `install.id`, created the first
 * time anyone asks. Secrets this install keeps outside the database (the audit chain's keys,
 * remembered sessions) are named with it, so two data directories on one machine never share or
 * overwrite each other's entries in the OS keychain.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OfficeSettingRow } from '../../db/entities';

export const INSTALL_ID_KEY = 'install.id';

/** Reads the id, creating it inside the caller's transaction when absent. */
export async function installId(m: EntityManager): Promise<string> {
  const row = await m.findOneBy(OfficeSettingRow, { key: INSTALL_ID_KEY });
  if (row) return row.value;
  const id = randomUUID();
  // INSERT OR IGNORE, then read back: whoever wrote first wins, and both callers see the same id.
  await m.query('INSERT OR IGNORE INTO office_setting (key, value, updated_at) VALUES (?, ?, ?)', [INSTALL_ID_KEY, id, new Date().toISOString()]);
  const stored = await m.findOneByOrFail(OfficeSettingRow, { key: INSTALL_ID_KEY });
  return stored.value;
}
