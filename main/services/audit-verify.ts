/**
 * Walks the audit chain on a raw better-sqlite3 handle and reports whether it is intact and,
 * if not, the first entry that does not fit and how:
 *   'missing' — the entry's id does not follow the previous one (a row was deleted),
 *   'link'    — its prev_hash is not the previous row's hash (deleted, reordered or re-chained rows),
 *   'content' — its own hash does not match its fields (the row was edited).
 *
 * What the chain cannot show: removing the newest entries leaves a shorter chain that is
 * itself consistent. Only a copy of the last hash kept elsewhere (a printed verdict, the sync
 * server) reveals a cut at the end.
 *
 * Runs over a million entries on the office PC in a few seconds: rows stream as arrays
 * (`.raw()`), the hashed fields are read by position and hashed straight from the row.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { AuditVerdict } from '../contract/audit';
import { GENESIS_HASH, hashOfFields } from './audit';

export type ChainVerdict = Omit<AuditVerdict, 'checkedAt' | 'tookMs'>;
export type ChainBreak = NonNullable<AuditVerdict['brokenAt']>;

type Cell = string | number | null;

/** Column positions in the walk's SELECT; the hashed ones come first, in hashing order. */
const PREV = 0, AT = 1, ACTOR_ID = 2, ACTOR_NAME = 3, ACTION = 4, ENTITY = 5, ENTITY_ID = 6, BEFORE = 7, AFTER = 8, DETAIL = 9, CHANGES = 10, ID = 11, HASH = 12;

/** Logs written before schema 3 have no changes column; the verify command reads them without migrating. */
function hasChangesColumn(db: BetterSqlite3.Database): boolean {
  return (db.prepare('PRAGMA table_info(audit_log)').all() as { name: string }[]).some((c) => c.name === 'changes');
}

export function verifyAuditChain(db: BetterSqlite3.Database): ChainVerdict {
  const changes = hasChangesColumn(db) ? 'changes' : "''";
  const walk = db
    .prepare(
      `SELECT prev_hash, at, actor_id, actor_name, action, entity, entity_id, before_hash, after_hash, detail, ${changes}, id, hash
       FROM audit_log ORDER BY id`,
    )
    .raw(true);
  let prevHash = GENESIS_HASH;
  let prevId = 0;
  let entries = 0;
  let broken: ChainBreak | null = null;
  for (const r of walk.iterate() as IterableIterator<Cell[]>) {
    entries++;
    const id = r[ID] as number;
    const problem: ChainBreak['problem'] | null =
      id !== prevId + 1
        ? 'missing'
        : r[PREV] !== prevHash
          ? 'link'
          : hashOfFields(
                r[PREV] as string, r[AT] as string, r[ACTOR_ID], r[ACTOR_NAME] as string, r[ACTION] as string, r[ENTITY] as string,
                r[ENTITY_ID] as string, r[BEFORE] as string | null, r[AFTER] as string | null, r[DETAIL] as string, r[CHANGES] as string,
              ) !== r[HASH]
            ? 'content'
            : null;
    if (problem) {
      broken = {
        id, at: String(r[AT]), actorName: String(r[ACTOR_NAME]), action: String(r[ACTION]), entity: String(r[ENTITY]), entityId: String(r[ENTITY_ID]), problem,
      };
      break;
    }
    prevId = id;
    prevHash = r[HASH] as string;
  }
  if (broken) {
    // Stop hashing at the first break, but report the size of the whole log.
    entries = (db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number);
    return { intact: false, entries, brokenAt: broken };
  }
  return { intact: true, entries, brokenAt: null };
}
