/**
 * Card reads (读卡记录) and 读卡核验: a read is stored as the reader returned it; a party registered
 * from it points at it. The link is checked here, on the backend, so "读卡核验" means the name,
 * number, birth date and sex on record are the chip's, whatever the window sent.
 */
import type { EntityManager } from 'typeorm';
import { CardReadRow, PartyRow } from '../../db/entities';
import { LONG_TERM, type CardRead } from '../contract/idcard';
import { AppError, ERROR_MESSAGES, type FieldIssue } from '../contract/errors';
import type { Party, PartyInput } from '../contract/schemas';

/** A read not used for a party within this time is personal data with no purpose: it is removed. */
export const UNLINKED_READ_HOURS = 24;

export type StoredFields = Omit<CardRead, 'readId'>;

export interface NewCardRead {
  accountId: number | null;
  /** Local time, seconds precision, from the clock. */
  at: string;
  reader: string;
  samId: string | null;
  textBlock: Buffer;
  photoBlock: Buffer | null;
  fields: StoredFields;
}

function hoursBefore(localTime: string, hours: number): string {
  const t = Date.parse(`${localTime.slice(0, 19)}Z`) - hours * 3_600_000;
  return new Date(t).toISOString().slice(0, 19);
}

/** Whether a validity end (ISO date or 长期) lies before `day`. */
export function isExpired(validUntil: string | null | undefined, day: string): boolean {
  if (!validUntil || validUntil === LONG_TERM) return false;
  return validUntil < day;
}

export async function storeCardRead(m: EntityManager, read: NewCardRead): Promise<CardRead> {
  await purgeStaleReads(m, read.at);
  const inserted = await m.insert(CardReadRow, {
    readAt: read.at,
    accountId: read.accountId,
    kind: read.fields.kind,
    reader: read.reader,
    samId: read.samId,
    simulated: read.fields.simulated,
    textBlock: read.textBlock,
    photoBlock: read.photoBlock,
    latestAddress: read.fields.latestAddress,
    fields: JSON.stringify(read.fields),
    partyId: null,
  });
  return { readId: Number(inserted.identifiers[0].id), ...read.fields };
}

export async function purgeStaleReads(m: EntityManager, now: string): Promise<number> {
  const r = (await m.query('DELETE FROM card_read WHERE party_id IS NULL AND read_at < ? RETURNING id', [hoursBefore(now, UNLINKED_READ_HOURS)])) as unknown[];
  return r.length;
}

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').trim().toUpperCase() === (b ?? '').trim().toUpperCase();

/**
 * Checks each party that claims a card read against that read, before anything is written.
 * Returns the read id per party (null for parties typed by hand); refuses the whole case when one
 * claim does not hold, naming the party. An unlinked read is its reading account's alone (按案授权):
 * another account cannot claim it into a case of its own, even knowing the card's data.
 */
export async function claimCardReads(m: EntityManager, parties: readonly PartyInput[], now: string, accountId: number | null): Promise<(number | null)[]> {
  const issues: FieldIssue[] = [];
  const claimed = new Set<number>();
  const out: (number | null)[] = [];
  for (const [i, p] of parties.entries()) {
    if (p.kind !== 'individual' || p.cardReadId === undefined) {
      out.push(null);
      continue;
    }
    const path = `parties.${i}.cardReadId`;
    const row = await m.findOneBy(CardReadRow, { id: p.cardReadId });
    const fields = row ? (JSON.parse(row.fields) as StoredFields) : null;
    let problem: string | null = null;
    if (!row || !fields || row.partyId !== null || row.readAt < hoursBefore(now, UNLINKED_READ_HOURS) || claimed.has(p.cardReadId)) {
      problem = '读卡记录不存在、已过期或已用于其他当事人，请重新读卡';
    } else if (row.accountId !== accountId) {
      problem = ERROR_MESSAGES.CARD_READ_NOT_YOURS;
    } else if (
      !same(fields.name, p.name) ||
      !same(fields.idNumber, p.idNumber) ||
      fields.idType !== p.idType ||
      (fields.birthDate && fields.birthDate !== p.birthDate) ||
      (fields.gender && fields.gender !== p.gender)
    ) {
      problem = '姓名、证件号码、出生日期或性别与读卡信息不一致，请重新读卡或取消读卡核验标记';
    }
    if (problem) issues.push({ path, message: problem });
    claimed.add(p.cardReadId);
    out.push(p.cardReadId);
  }
  if (issues.length) throw new AppError('VALIDATION_FAILED', ERROR_MESSAGES.IDCARD_READ_MISMATCH, issues);
  return out;
}

export async function linkCardReads(m: EntityManager, reads: readonly (number | null)[], partyIds: readonly number[]): Promise<void> {
  for (const [i, readId] of reads.entries()) {
    if (readId !== null) await m.update(CardReadRow, { id: readId }, { partyId: partyIds[i] });
  }
}

/** What the case page shows of each verified party's read. */
export async function cardSummaries(m: EntityManager, parties: readonly PartyRow[], registeredAt: string): Promise<Map<number, NonNullable<Party['card']>>> {
  const ids = parties.map((p) => p.cardReadId).filter((id): id is number => id !== null);
  const out = new Map<number, NonNullable<Party['card']>>();
  if (!ids.length) return out;
  const rows = (await m.query(
    `SELECT id, kind, read_at AS readAt, simulated, photo_block IS NOT NULL AS hasPhoto FROM card_read WHERE id IN (${ids.map(() => '?').join(',')})`,
    ids,
  )) as { id: number; kind: CardRead['kind']; readAt: string; simulated: number; hasPhoto: number }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const p of parties) {
    const r = p.cardReadId !== null ? byId.get(p.cardReadId) : undefined;
    if (!r) continue;
    out.set(p.id, {
      readId: r.id,
      kind: r.kind,
      readAt: r.readAt.slice(0, 16),
      simulated: Boolean(r.simulated),
      hasPhoto: Boolean(r.hasPhoto),
      expired: isExpired(p.idValidUntil, registeredAt.slice(0, 10)),
    });
  }
  return out;
}

/** A read's photo block with whose it is (name as read, the case it became part of), for the audited view. */
export async function photoBlockOf(m: EntityManager, readId: number): Promise<{ block: Buffer | null; name: string; caseNumber: string | null } | undefined> {
  const row = await m.findOne(CardReadRow, { where: { id: readId }, select: { id: true, photoBlock: true, fields: true, partyId: true } });
  if (!row) return undefined;
  const fields = JSON.parse(row.fields) as StoredFields;
  const c = row.partyId === null
    ? []
    : ((await m.query('SELECT c.case_number AS n FROM party p JOIN enforcement_case c ON c.id = p.case_id WHERE p.id = ?', [row.partyId])) as { n: string }[]);
  return { block: row.photoBlock, name: fields.name || fields.englishName || '当事人', caseNumber: c[0]?.n ?? null };
}

/**
 * Whose a read is, for the access rule: the account that made it and, once it became a party's,
 * that party's case. Either side of the link counts (party.card_read_id, card_read.party_id).
 */
export async function readOwnership(m: EntityManager, readId: number): Promise<{ accountId: number | null; caseId: number | null } | null> {
  const rows = (await m.query(
    `SELECT r.account_id AS accountId, p.case_id AS caseId FROM card_read r
     LEFT JOIN party p ON p.id = r.party_id OR p.card_read_id = r.id
     WHERE r.id = ? LIMIT 1`,
    [readId],
  )) as { accountId: number | null; caseId: number | null }[];
  return rows[0] ?? null;
}
