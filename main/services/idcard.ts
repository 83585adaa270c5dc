/**
 * 读卡: a read from the desk's reader becomes a stored card read (raw blocks kept, fields decoded),
 * which the party form fills from and the case registration links to (读卡核验). The photo is
 * decoded on demand through the office's vendor library, never stored decoded.
 */
import type { Database } from '../../db/open';
import { CARD_KINDS, type CardPhoto, type CardRead, type ReaderSettings } from '../contract/idcard';
import { AppError } from '../contract/errors';
import { maskIdNumber } from '../contract/validation';
import { checkPhotoDecoder, decodePhoto } from '../devices/idcard/photo-decoder/photo-decoder';
import type { IdCardReaderService } from '../devices/idcard/reader-service';
import { appendAudit, type Actor } from './audit';
import { isExpired, photoBlockOf, storeCardRead, type StoredFields } from './card-reads';
import type { Clock } from './clock';

const hasBytes = (b: Buffer) => b.some((x) => x !== 0);

export async function readCard(db: Database, reader: IdCardReaderService, actor: Actor, clock: Clock): Promise<CardRead> {
  const r = await reader.read();
  const now = clock.now();
  const f = r.card.fields;
  const fields: StoredFields = {
    kind: f.kind,
    idType: f.idType,
    name: f.name,
    englishName: f.englishName,
    gender: f.gender,
    ethnicity: f.ethnicity,
    birthDate: f.birthDate,
    address: f.address,
    latestAddress: r.card.latestAddress,
    idNumber: f.idNumber,
    issuer: f.issuer,
    validFrom: f.validFrom,
    validUntil: f.validUntil,
    nationality: f.nationality,
    passNumber: f.passNumber,
    issueCount: f.issueCount,
    expired: isExpired(f.validUntil, now.slice(0, 10)),
    hasPhoto: hasBytes(r.card.photo),
    readAt: now.slice(0, 16),
    simulated: r.simulated,
  };
  return db.write(async (m) => {
    const read = await storeCardRead(m, {
      accountId: actor.id,
      at: now,
      reader: r.device,
      samId: r.samId,
      textBlock: r.card.text,
      photoBlock: fields.hasPhoto ? r.card.photo : null,
      fields,
    });
    await appendAudit(m, {
      actor,
      at: now,
      action: 'idcard.read',
      entity: 'card_read',
      entityId: read.readId,
      after: { kind: read.kind, name: read.name, idNumber: maskIdNumber(read.idNumber), reader: r.device, simulated: r.simulated },
      note: `读取${CARD_KINDS.find((k) => k.code === read.kind)?.label ?? '证件'}（${r.simulated ? '模拟读卡器' : r.device}）`,
    });
    return read;
  });
}

export const NO_DECODER_REASON =
  '未配置读卡器厂商的相片解码库（系统管理 → 设备设置），证件相片的原始数据已随当事人保存，配置后即可显示';

function decoderConfig(s: ReaderSettings) {
  return { libraryPath: s.photoDecoderPath, symbol: s.photoDecoderSymbol };
}

/** Why photos cannot be shown with these settings, or null when the decoder loads. */
export async function photoUnavailableReason(s: ReaderSettings): Promise<string | null> {
  if (!s.photoDecoderPath) return NO_DECODER_REASON;
  const r = await checkPhotoDecoder(decoderConfig(s));
  return r.ok ? null : r.reason;
}

export async function cardPhoto(db: Database, settings: ReaderSettings, readId: number): Promise<CardPhoto> {
  const block = await db.read((m) => photoBlockOf(m, readId));
  if (block === undefined) throw new AppError('NOT_FOUND', '未找到该读卡记录');
  if (block === null) return { available: false, reason: '读卡时证件未提供相片数据' };
  if (!settings.photoDecoderPath) return { available: false, reason: NO_DECODER_REASON };
  const out = await decodePhoto(decoderConfig(settings), block);
  if (!out.ok) return { available: false, reason: out.reason };
  return { available: true, mime: 'image/png', base64: out.png.toString('base64'), width: out.width, height: out.height };
}
