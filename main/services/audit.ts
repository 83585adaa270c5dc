/**
 * 执法全过程记录: append-only audit entries chained by SHA-256. Each entry hashes its own content
 * together with the previous entry's hash, so editing or deleting any row breaks every later link.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditRow } from '../../db/entities';

export const GENESIS_HASH = '0'.repeat(64);

export interface Actor {
  id: number | null;
  name: string;
}

export interface AuditEntry {
  actor: Actor;
  at: string;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  /** Short human-readable note kept with the entry (never personal data in full). */
  note?: string;
}

export function sha256(data: string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with sorted keys, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function entryHash(row: Omit<AuditRow, 'id' | 'hash'>): string {
  return sha256(
    [row.prevHash, row.at, row.actorId ?? '', row.actorName, row.action, row.entity, row.entityId, row.beforeHash ?? '', row.afterHash ?? '', row.detail].join('\u001f'),
  );
}

/** Appends one entry inside the caller's transaction. */
export async function appendAudit(m: EntityManager, e: AuditEntry): Promise<void> {
  const last = await m.getRepository(AuditRow).find({ order: { id: 'DESC' }, take: 1, select: { hash: true } });
  const row = {
    at: e.at,
    actorId: e.actor.id,
    actorName: e.actor.name,
    action: e.action,
    entity: e.entity,
    entityId: String(e.entityId),
    beforeHash: e.before === undefined ? null : sha256(canonicalJson(e.before)),
    afterHash: e.after === undefined ? null : sha256(canonicalJson(e.after)),
    detail: e.note ?? '',
    prevHash: last[0]?.hash ?? GENESIS_HASH,
  };
  await m.insert(AuditRow, { ...row, hash: entryHash(row) });
}
