/** Walks the audit chain and reports whether it is intact, and where it first breaks. */
import type BetterSqlite3 from 'better-sqlite3';
import { entryHash, GENESIS_HASH } from './audit';

export interface ChainVerdict {
  intact: boolean;
  entries: number;
  /** Id of the first entry whose link or content does not match. */
  brokenAt: number | null;
}

interface RawRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string;
  before_hash: string | null;
  after_hash: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export function verifyAuditChain(db: BetterSqlite3.Database): ChainVerdict {
  let prev = GENESIS_HASH;
  let entries = 0;
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<RawRow>) {
    entries++;
    const expected = entryHash({
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      beforeHash: r.before_hash,
      afterHash: r.after_hash,
      detail: r.detail,
      prevHash: r.prev_hash,
    });
    if (r.prev_hash !== prev || r.hash !== expected) return { intact: false, entries, brokenAt: r.id };
    prev = r.hash;
  }
  return { intact: true, entries, brokenAt: null };
}
