/**
 * 读卡: a read from the desk's reader becomes a stored card read (raw blocks kept, fields decoded),
 * which the party form fills from and the case registration links to (读卡核验). The photo is
 * decoded on demand through the office's vendor library, never stored decoded.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../db/open';
import { CardReadRow } from '../../db/entities/card-read';
import { GENDER_OPTIONS, labelOf } from '../contract/domain';
import type { PdfFile } from '../contract/documents';
import { CARD_KINDS, LONG_TERM, type CardPhoto, type CardRead, type ReaderSettings } from '../contract/idcard';
import { AppError } from '../contract/errors';
import { maskIdNumber, nationName } from '../contract/validation';
import type { CardSheetData } from '../documents/card-sheet';
import { dateInFigures } from '../documents/text';
import { checkPhotoDecoder, decodePhoto } from '../devices/idcard/photo-decoder/photo-decoder';
import type { IdCardReaderService } from '../devices/idcard/reader-service';
import { appendAudit, type Actor } from './audit';
import { isExpired, photoBlockOf, storeCardRead, type StoredFields } from './card-reads';
import type { Clock } from './clock';
import type { DocumentEngine } from './document-engine';
import { documentSettings } from './documents';

const kindLabel = (kind: CardRead['kind']) => CARD_KINDS.find((k) => k.code === kind)?.label ?? '证件';
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
      note: `读取${kindLabel(read.kind)}（${r.simulated ? '模拟读卡器' : r.device}）`,
    });
    return read;
  });
}

export const NO_DECODER_REASON =
  '未配置读卡器厂商的相片解码库（系统管理 → 设备设置），证件相片的原始数据已随当事人保存，配置后即可显示';

function decoderConfig(s: ReaderSettings) {
  return { libraryPath: s.photoDecoderPath, symbol: s.photoDecoderSymbol, sha256: s.photoDecoderSha256 };
}

/** Why photos cannot be shown with these settings, or null when the decoder loads. */
export async function photoUnavailableReason(s: ReaderSettings): Promise<string | null> {
  if (!s.photoDecoderPath) return NO_DECODER_REASON;
  const r = await checkPhotoDecoder(decoderConfig(s));
  return r.ok ? null : r.reason;
}

/**
 * A stored read's photo for a caller the access rule let see it (the account that read the card, or
 * one who may see the case it became part of). A face is personal data: every view is written to the
 * audit log, shown or not, with the case it belongs to.
 */
export async function cardPhoto(db: Database, settings: ReaderSettings, actor: Actor, clock: Clock, readId: number): Promise<CardPhoto> {
  const found = await db.read((m) => photoBlockOf(m, readId));
  if (found === undefined) throw new AppError('NOT_FOUND', '未找到该读卡记录');
  const photo = await photoOf(settings, found.block);
  const caseNote = found.caseNumber ? `，${found.caseNumber}` : '';
  await db.write((m) =>
    appendAudit(m, {
      actor,
      at: clock.now(),
      action: 'idcard.photo',
      entity: 'card_read',
      entityId: readId,
      after: { name: found.name, caseNumber: found.caseNumber, shown: photo.available },
      note: `查看证件相片（${found.name}${caseNote}）${photo.available ? '' : '：未能显示'}`,
    }),
  );
  return photo;
}

/** A stored photo block decoded, or why it cannot be. */
async function photoOf(settings: ReaderSettings, block: Buffer | null): Promise<CardPhoto> {
  if (block === null) return { available: false, reason: '读卡时证件未提供相片数据' };
  if (!settings.photoDecoderPath) return { available: false, reason: NO_DECODER_REASON };
  const out = await decodePhoto(decoderConfig(settings), block);
  if (!out.ok) return { available: false, reason: out.reason, ...(out.code === 'untrusted' ? { code: 'PHOTO_DECODER_UNTRUSTED' as const } : {}) };
  return { available: true, mime: 'image/png', base64: out.png.toString('base64'), width: out.width, height: out.height };
}

const printedDate = (iso: string) => (iso ? dateInFigures(iso) : '');

/** 有效期限 as the card prints it: "2015年3月1日至2035年3月1日", "…至长期". */
function validityLine(f: Omit<CardRead, 'readId'>): string {
  const until = f.validUntil === LONG_TERM ? '长期' : printedDate(f.validUntil);
  return f.validFrom || until ? `${printedDate(f.validFrom) || '—'}至${until || '—'}` : '';
}

/** What the sheet prints of a read, in the order each card layout carries it. */
export function cardSheetRows(f: Omit<CardRead, 'readId'>): [string, string][] {
  const gender = f.gender ? labelOf(GENDER_OPTIONS, f.gender) : '';
  const address: [string, string][] = [['住址', f.address], ...(f.latestAddress ? ([['最新住址', f.latestAddress]] as [string, string][]) : [])];
  switch (f.kind) {
    case 'resident':
      return [
        ['姓名', f.name],
        ['性别', gender],
        ['民族', f.ethnicity ? (nationName(f.ethnicity) ?? f.ethnicity) : ''],
        ['出生日期', printedDate(f.birthDate)],
        ['公民身份号码', f.idNumber],
        ...address,
        ['签发机关', f.issuer],
        ['有效期限', validityLine(f)],
      ];
    case 'hmt_residence':
      return [
        ['姓名', f.name],
        ['性别', gender],
        ['出生日期', printedDate(f.birthDate)],
        ['公民身份号码', f.idNumber],
        ...address,
        ['签发机关', f.issuer],
        ['有效期限', validityLine(f)],
        ['通行证号码', f.passNumber],
        ['签发次数', f.issueCount],
      ];
    default:
      return [
        ['中文姓名', f.name],
        ['英文姓名', f.englishName],
        ['性别', gender],
        ['出生日期', printedDate(f.birthDate)],
        ['国籍', f.nationality],
        ['证件号码', f.idNumber],
        ['签发机关', f.issuer],
        ['有效期限', validityLine(f)],
      ];
  }
}

/**
 * The 证件信息核对单 of a stored read, for printing into the case file: the fields as read, the
 * photo where the vendor decoder gives one (else why not). Full ID numbers are on it, as on any
 * paper in the 案卷, so making one is written to the audit log.
 */
export async function cardSheet(db: Database, engine: DocumentEngine, settings: ReaderSettings, actor: Actor, clock: Clock, readId: number): Promise<PdfFile> {
  const found = await db.read(async (m) => {
    const row = await m.findOne(CardReadRow, { where: { id: readId } });
    if (!row) return null;
    const c = row.partyId === null
      ? []
      : ((await m.query('SELECT c.case_number AS n FROM party p JOIN enforcement_case c ON c.id = p.case_id WHERE p.id = ?', [row.partyId])) as { n: string }[]);
    return { row, caseNumber: c[0]?.n ?? null };
  });
  if (!found) throw new AppError('NOT_FOUND', '未找到该读卡记录');
  const { row, caseNumber } = found;
  const f = JSON.parse(row.fields) as Omit<CardRead, 'readId'>;
  const photo = await photoOf(settings, row.photoBlock);
  const now = clock.now();
  const sheet: CardSheetData = {
    office: (await documentSettings(db)).name,
    caseNumber,
    kindLabel: kindLabel(f.kind),
    rows: cardSheetRows(f),
    photo: photo.available ? { png: Buffer.from(photo.base64, 'base64') } : { reason: photo.reason },
    warnings: f.expired ? [`读卡时证件已过有效期（有效期至${printedDate(f.validUntil)}），请核实当事人身份。`] : [],
    readAt: f.readAt.replace('T', ' '),
    reader: row.simulated ? '模拟读卡器' : row.reader,
    simulated: row.simulated,
  };
  const { pdf, pages } = await engine.renderCardSheet(sheet, now);
  await db.write((m) =>
    appendAudit(m, {
      actor,
      at: now,
      action: 'idcard.sheet',
      entity: 'card_read',
      entityId: readId,
      after: { kind: f.kind, name: f.name, idNumber: maskIdNumber(f.idNumber), caseNumber },
      note: `制作证件信息核对单（${f.name}${caseNumber ? `，${caseNumber}` : ''}）`,
    }),
  );
  const who = f.name || f.englishName || '当事人';
  return {
    fileName: `${caseNumber ? `${caseNumber}-` : ''}${who}-证件信息核对单.pdf`,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    pages,
    base64: pdf.toString('base64'),
  };
}
