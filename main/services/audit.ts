/**
 * 执法全过程记录: append-only audit entries chained by SHA-256. Each entry hashes its own content
 * together with the previous entry's hash, so editing or deleting any row breaks every later link.
 *
 * From schema 7 on, entries belong to a key era (audit-key.ts): their hash is taken over
 * length-prefixed fields, and `mac` is an HMAC of that hash under the era's secret key. Someone
 * with the database file but not the key can still recompute a consistent chain after an edit,
 * but not the MACs, so a re-chained table shows at the first edited row.
 */
import { createHash, createHmac, hash as oneShotHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditRow } from '../../db/entities';
import { AppError } from '../contract/errors';
import type { AuditChange } from '../contract/audit';
import { maskIdNumber, maskPhone } from '../contract/validation/mask';

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
  /** What changed; computed from `before`/`after` when not given. Personal identifiers are masked either way. */
  changes?: AuditChange[];
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

const SEP = '\u001f';

/**
 * The hashed text of an entry: its fields joined by the unit separator, in this order —
 * prev_hash, at, actor_id, actor_name, action, entity, entity_id, before_hash, after_hash, detail —
 * followed by the changes text only when there is one, so entries written before schema 3
 * (changes '') keep the hash they were written with.
 *
 * One concatenated string through the one-shot `crypto.hash` is the cheapest form on the
 * verifier's hot path: each call across the native boundary costs more than building a short
 * string, and a `createHash` object fed field by field makes some twenty of them per row
 * (bench/audit.ts measures both; field by field was 1.8× slower over 1M entries).
 */
export function hashOfFields(
  prevHash: string, at: string, actorId: number | string | null, actorName: string, action: string, entity: string, entityId: string,
  beforeHash: string | null, afterHash: string | null, detail: string, changes: string,
): string {
  const text =
    prevHash + SEP + at + SEP + (actorId ?? '') + SEP + actorName + SEP + action + SEP + entity + SEP + entityId + SEP +
    (beforeHash ?? '') + SEP + (afterHash ?? '') + SEP + detail + (changes === '' ? '' : SEP + changes);
  return oneShotHash('sha256', text, 'hex');
}

/** One field of the era format: its UTF-8 byte length, ':', the text; NULL as '-:' (apart from ''). */
function field(v: string | number | null): string {
  if (v === null) return '-:';
  const t = typeof v === 'string' ? v : String(v);
  return Buffer.byteLength(t, 'utf8') + ':' + t;
}

/**
 * The hash of an entry of a key era: era, prev_hash, at, actor_id, actor_name, action, entity,
 * entity_id, before_hash, after_hash, detail, changes, each length-prefixed, so no text moved from
 * one field into its neighbour (a name ending in the separator, say) can keep the hash. One string,
 * one native call, as in the older form.
 */
export function hashOfEraFields(
  era: number, prevHash: string, at: string, actorId: number | string | null, actorName: string, action: string, entity: string, entityId: string,
  beforeHash: string | null, afterHash: string | null, detail: string, changes: string,
): string {
  const text =
    field(era) + field(prevHash) + field(at) + field(actorId) + field(actorName) + field(action) + field(entity) + field(entityId) +
    field(beforeHash) + field(afterHash) + field(detail) + field(changes);
  return oneShotHash('sha256', text, 'hex');
}

type HashedFields = Omit<AuditRow, 'id' | 'hash' | 'era' | 'mac'> & { era?: number | null };

/** The hash an entry must carry: the era format when it has an era, else the one it was written with. */
export function entryHash(row: HashedFields): string {
  if (row.era !== undefined && row.era !== null) {
    return hashOfEraFields(
      row.era, row.prevHash, row.at, row.actorId, row.actorName, row.action, row.entity, row.entityId, row.beforeHash, row.afterHash, row.detail, row.changes,
    );
  }
  return hashOfFields(
    row.prevHash, row.at, row.actorId, row.actorName, row.action, row.entity, row.entityId, row.beforeHash, row.afterHash, row.detail, row.changes,
  );
}

/** HMAC-SHA256 of an entry's hash under its era's key. */
export function entryMac(key: Buffer, hash: string): string {
  return createHmac('sha256', key).update(hash).digest('hex');
}

/** The key appends are signed with on one database: its era and secret. */
export interface AuditSigningKey {
  era: number;
  key: Buffer;
}

/**
 * Keys per open database, set by the backend at start (audit-key.ts). A WeakMap on the DataSource
 * spares every caller of appendAudit a key parameter and lets a closed database take its key with it.
 */
const signingKeys = new WeakMap<DataSource, AuditSigningKey>();

export function registerAuditKey(ds: DataSource, k: AuditSigningKey): void {
  signingKeys.set(ds, k);
}

export function registeredAuditKey(ds: DataSource): AuditSigningKey | undefined {
  return signingKeys.get(ds);
}

/**
 * Whether the database has started a key era: then every entry must be signed. Databases opened
 * directly (tests, migrations, older schemas without the table) have none and write plain entries.
 */
async function hasKeyEra(m: EntityManager): Promise<boolean> {
  const table = (await m.query("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'audit_key_era'")) as unknown[];
  if (table.length === 0) return false;
  return ((await m.query('SELECT 1 AS x FROM audit_key_era LIMIT 1')) as unknown[]).length > 0;
}

type Masker = (s: string) => string;

/**
 * Which masking a key's value gets, from the key's last word: idNumber / id_number / partyIdNo →
 * ID number; phone / mobile / partyTel → phone. Everything under such a key (a list of numbers)
 * is masked the same way.
 */
export function maskerFor(key: string): Masker | null {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_\s-]+/).filter(Boolean);
  const last = words[words.length - 1]?.replace(/s$/, '');
  const before = words[words.length - 2];
  if (before === 'id' && (last === 'number' || last === 'no')) return maskIdNumber;
  if (last === 'phone' || last === 'mobile' || last === 'tel' || last === 'telephone') return maskPhone;
  return null;
}

function maskValue(v: unknown, mask: Masker | null): unknown {
  if (v === undefined) return null;
  if (v === null || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => maskValue(x, mask));
  if (typeof v === 'object') {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, maskValue(x, maskerFor(k) ?? mask)]));
  }
  return mask ? mask(String(v)) : v;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmptyContainer = (v: unknown) => (Array.isArray(v) ? v.length === 0 : isPlainObject(v) && Object.keys(v).length === 0);

/**
 * The leaf differences between two JSON values: dotted paths (list items by index), values as
 * they were and are, an absent side as null, personal identifiers masked. Walking into both
 * sides keeps a change to one party's phone to one row instead of the whole case.
 */
export function diffChanges(before: unknown, after: unknown): AuditChange[] {
  const out: AuditChange[] = [];
  const walk = (path: string, a: unknown, b: unknown, mask: Masker | null) => {
    const bothObjects = isPlainObject(a) && isPlainObject(b);
    const bothArrays = Array.isArray(a) && Array.isArray(b);
    const oneAbsent = a === undefined || a === null || b === undefined || b === null;
    const container = (v: unknown) => (isPlainObject(v) || Array.isArray(v)) && !isEmptyContainer(v);
    if (bothObjects || (oneAbsent && isPlainObject(a ?? b) && container(a ?? b))) {
      const ao = isPlainObject(a) ? a : {};
      const bo = isPlainObject(b) ? b : {};
      const keys = [...Object.keys(ao), ...Object.keys(bo).filter((k) => !(k in ao))];
      for (const k of keys) walk(path === '' ? k : `${path}.${k}`, ao[k], bo[k], maskerFor(k) ?? mask);
      return;
    }
    if (bothArrays || (oneAbsent && Array.isArray(a ?? b) && container(a ?? b))) {
      const al = Array.isArray(a) ? a : [];
      const bl = Array.isArray(b) ? b : [];
      for (let i = 0; i < Math.max(al.length, bl.length); i++) walk(path === '' ? String(i) : `${path}.${i}`, al[i], bl[i], mask);
      return;
    }
    const norm = (v: unknown) => (v === undefined ? null : v);
    if (canonicalJson(norm(a)) === canonicalJson(norm(b))) return;
    out.push({ path, before: maskValue(a, mask), after: maskValue(b, mask) });
  };
  walk('', before, after, null);
  return out;
}

/** Masks changes a service lists itself, by the last key of each path. */
export function maskChanges(changes: readonly AuditChange[]): AuditChange[] {
  return changes.map((c) => {
    const keys = c.path.split('.').filter((k) => !/^\d+$/.test(k));
    const mask = keys.reduce<Masker | null>((m, k) => maskerFor(k) ?? m, null);
    return { path: c.path, before: maskValue(c.before, mask), after: maskValue(c.after, mask) };
  });
}

/** The stored changes text: '' when nothing is recorded, else JSON of the masked list. */
export function changesText(e: Pick<AuditEntry, 'before' | 'after' | 'changes'>): string {
  const list = e.changes ? maskChanges(e.changes) : e.before === undefined && e.after === undefined ? [] : diffChanges(e.before, e.after);
  return list.length === 0 ? '' : JSON.stringify(list);
}

/** Appends one entry inside the caller's transaction. */
export async function appendAudit(m: EntityManager, e: AuditEntry): Promise<void> {
  const signing = registeredAuditKey(m.connection);
  if (!signing && (await hasKeyEra(m))) throw new AppError('AUDIT_KEY_UNAVAILABLE');
  // By id DESC on the primary key: one index step, whatever the length of the log.
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
    changes: changesText(e),
    prevHash: last[0]?.hash ?? GENESIS_HASH,
    era: signing?.era ?? null,
  };
  const hash = entryHash(row);
  await m.insert(AuditRow, { ...row, hash, mac: signing ? entryMac(signing.key, hash) : null });
}
