/**
 * Walks the audit chain on a raw better-sqlite3 handle and reports whether it is intact and,
 * if not, the first entry that does not fit and how (the problems are listed in contract/audit.ts):
 * a deleted row shows as 'missing', a re-linked one as 'link', an edited one as 'content', an
 * edited and re-chained one (every later hash recomputed, as someone with the file but not the
 * key can) as 'mac' at the edited row, and an entry of a key era without era/MAC as 'unsigned'.
 *
 * Entries written before the first key era (era NULL) are checked as they were written: the plain
 * chain in the older hash format. From an era's first entry on, every entry must carry that era
 * and a MAC under its key. Where an era's key is not available here, its entries' hashes and links
 * are still checked but not their MACs, and the verdict says so instead of calling them intact.
 *
 * What the chain cannot show: removing the newest entries leaves a shorter chain that is
 * itself consistent. Only a copy of the last hash kept elsewhere (a printed verdict, the sync
 * server) reveals a cut at the end.
 *
 * Runs over a million entries on the office PC in a few seconds: rows stream as arrays
 * (`.raw()`), the hashed fields are read by position and hashed straight from the row.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { AuditEraReport, AuditProblem, AuditVerdict } from '../contract/audit';
import { entryMac, GENESIS_HASH, hashOfEraFields, hashOfFields } from './audit';

export type ChainVerdict = Omit<AuditVerdict, 'checkedAt' | 'tookMs'>;
export type ChainBreak = NonNullable<AuditVerdict['brokenAt']>;

/** An era's key as the caller could find it: the key, or why not (in Chinese). */
export type EraKey = { key: Buffer } | { problem: string };
export type EraKeys = ReadonlyMap<number, EraKey>;

type Cell = string | number | null;

/** Column positions in the walk's SELECT; the hashed ones come first, in hashing order. */
const PREV = 0, AT = 1, ACTOR_ID = 2, ACTOR_NAME = 3, ACTION = 4, ENTITY = 5, ENTITY_ID = 6, BEFORE = 7, AFTER = 8, DETAIL = 9, CHANGES = 10, ID = 11, HASH = 12, ERA = 13, MAC = 14;

interface EraRow {
  era: number;
  startedAt: string;
  firstEntryId: number;
  store: 'keychain' | 'file';
}

function columnsOf(db: BetterSqlite3.Database): Set<string> {
  return new Set((db.prepare('PRAGMA table_info(audit_log)').all() as { name: string }[]).map((c) => c.name));
}

/** The recorded key eras, oldest first; none on a database older than schema 7. */
export function keyErasOf(db: BetterSqlite3.Database): EraRow[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_key_era'").get();
  if (!table) return [];
  return db
    .prepare('SELECT era, started_at AS startedAt, first_entry_id AS firstEntryId, store FROM audit_key_era ORDER BY first_entry_id, era')
    .all() as EraRow[];
}

const NO_KEY = '未提供该时期的密钥';

export function verifyAuditChain(db: BetterSqlite3.Database, keys: EraKeys = new Map()): ChainVerdict {
  const cols = columnsOf(db);
  // Logs written before schema 3 have no changes column and before schema 7 no era/mac; the verify command reads them without migrating.
  const changes = cols.has('changes') ? 'changes' : "''";
  const eraCols = cols.has('era') ? 'era, mac' : 'NULL, NULL';
  const eras = keyErasOf(db);
  const keyOf = new Map<number, Buffer>();
  for (const e of eras) {
    const k = keys.get(e.era);
    if (k && 'key' in k) keyOf.set(e.era, k.key);
  }
  const walk = db
    .prepare(
      `SELECT prev_hash, at, actor_id, actor_name, action, entity, entity_id, before_hash, after_hash, detail, ${changes}, id, hash, ${eraCols}
       FROM audit_log ORDER BY id`,
    )
    .raw(true);
  let prevHash = GENESIS_HASH;
  let prevId = 0;
  let entries = 0;
  let unchecked = 0;
  let broken: ChainBreak | null = null;
  // The era whose range the walk is in (index into eras), advanced as ids pass each era's first entry.
  let at = -1;
  let current: EraRow | null = null;
  let currentKey: Buffer | undefined;
  for (const r of walk.iterate() as IterableIterator<Cell[]>) {
    entries++;
    const id = r[ID] as number;
    while (at + 1 < eras.length && eras[at + 1].firstEntryId <= id) {
      current = eras[++at];
      currentKey = keyOf.get(current.era);
    }
    let problem: AuditProblem | null = null;
    if (id !== prevId + 1) problem = 'missing';
    else if (r[PREV] !== prevHash) problem = 'link';
    else if (current === null) {
      if (r[ERA] !== null) problem = 'era';
      else if (
        hashOfFields(
          r[PREV] as string, r[AT] as string, r[ACTOR_ID], r[ACTOR_NAME] as string, r[ACTION] as string, r[ENTITY] as string,
          r[ENTITY_ID] as string, r[BEFORE] as string | null, r[AFTER] as string | null, r[DETAIL] as string, r[CHANGES] as string,
        ) !== r[HASH]
      ) problem = 'content';
    } else if (r[ERA] === null || r[MAC] === null) problem = 'unsigned';
    else if (r[ERA] !== current.era) problem = 'era';
    else if (
      hashOfEraFields(
        current.era, r[PREV] as string, r[AT] as string, r[ACTOR_ID], r[ACTOR_NAME] as string, r[ACTION] as string, r[ENTITY] as string,
        r[ENTITY_ID] as string, r[BEFORE] as string | null, r[AFTER] as string | null, r[DETAIL] as string, r[CHANGES] as string,
      ) !== r[HASH]
    ) problem = 'content';
    else if (currentKey === undefined) unchecked++;
    else if (entryMac(currentKey, r[HASH] as string) !== r[MAC]) problem = 'mac';
    if (problem) {
      broken = {
        id, at: String(r[AT]), actorName: String(r[ACTOR_NAME]), action: String(r[ACTION]), entity: String(r[ENTITY]), entityId: String(r[ENTITY_ID]),
        problem, era: current?.era ?? null,
      };
      break;
    }
    prevId = id;
    prevHash = r[HASH] as string;
  }
  const ranges = eraReports(db, eras, keys);
  const legacyEntries = db.prepare('SELECT count(*) FROM audit_log WHERE id < ?').pluck().get(eras[0]?.firstEntryId ?? Number.MAX_SAFE_INTEGER) as number;
  if (broken) {
    // Stop hashing at the first break, but report the size of the whole log.
    entries = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    return { intact: false, status: 'broken', entries, legacyEntries, unchecked, eras: ranges, brokenAt: broken };
  }
  return { intact: unchecked === 0, status: unchecked === 0 ? 'intact' : 'unchecked', entries, legacyEntries, unchecked, eras: ranges, brokenAt: null };
}

/** Each era's range of ids and count, by the primary key (cheap whatever the walk found). */
function eraReports(db: BetterSqlite3.Database, eras: EraRow[], keys: EraKeys): AuditEraReport[] {
  const range = db.prepare('SELECT count(*) AS n, max(id) AS last FROM audit_log WHERE id >= ? AND id < ?');
  return eras.map((e, i) => {
    const { n, last } = range.get(e.firstEntryId, eras[i + 1]?.firstEntryId ?? Number.MAX_SAFE_INTEGER) as { n: number; last: number | null };
    const k = keys.get(e.era);
    return {
      era: e.era, startedAt: e.startedAt, firstId: e.firstEntryId, lastId: last, entries: n, store: e.store,
      keyAvailable: k !== undefined && 'key' in k, keyProblem: k === undefined ? NO_KEY : 'key' in k ? '' : k.problem,
    };
  });
}
