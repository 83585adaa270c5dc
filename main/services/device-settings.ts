/** 设备设置: how this workstation reaches its ID-card reader, where the vendor's photo decoder is and the SHA-256 its bytes must have. */
import type { EntityManager } from 'typeorm';
import { OfficeRow, OfficeSettingRow } from '../../db/entities';
import type { Database } from '../../db/open';
import { AppError } from '../contract/errors';
import { DEFAULT_READER_SETTINGS, readerSettings, type ReaderSettings } from '../contract/idcard';
import { appendAudit, type Actor } from './audit';
import type { Clock } from './clock';

export const DEVICE_SETTINGS_KEY = 'devices';

/** A demo office starts on the simulated reader, labelled so in the UI; a real office looks for hardware. */
export async function defaultReaderSettings(m: EntityManager): Promise<ReaderSettings> {
  const office = await m.findOne(OfficeRow, { where: {}, select: { id: true, demo: true } });
  return { ...DEFAULT_READER_SETTINGS, transport: office?.demo ? 'simulator' : DEFAULT_READER_SETTINGS.transport };
}

export async function getReaderSettings(m: EntityManager): Promise<ReaderSettings> {
  const defaults = await defaultReaderSettings(m);
  const row = await m.findOneBy(OfficeSettingRow, { key: DEVICE_SETTINGS_KEY });
  if (!row) return defaults;
  const parsed = readerSettings.partial().safeParse(JSON.parse(row.value));
  return { ...defaults, ...(parsed.success ? parsed.data : {}) };
}

export async function updateReaderSettings(db: Database, actor: Actor, clock: Clock, settings: ReaderSettings): Promise<ReaderSettings> {
  // A library is loaded only with its bytes pinned: the vendor's published SHA-256 goes with the path.
  if (settings.photoDecoderPath !== '' && settings.photoDecoderSha256 === '') {
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'photoDecoderSha256', message: '填写了相片解码库路径时，必须同时填写厂商公布的 SHA-256 校验值' }]);
  }
  return db.write(async (m) => {
    const now = clock.now();
    const before = await getReaderSettings(m);
    await m.save(OfficeSettingRow, { key: DEVICE_SETTINGS_KEY, value: JSON.stringify(settings), updatedAt: now });
    await appendAudit(m, { actor, at: now, action: 'settings.devices.update', entity: 'office_setting', entityId: DEVICE_SETTINGS_KEY, before, after: settings, note: '修改设备设置' });
    return getReaderSettings(m);
  });
}
