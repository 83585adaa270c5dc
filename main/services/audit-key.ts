/**
 * The audit chain's secret keys, one per key era (audit_key_era). Someone who can edit the
 * database file can recompute every hash after an edit; they cannot recompute the MACs without
 * the key, so the key is never kept in the database or in the data directory.
 *
 * Where a key lives: the OS keychain through the keychain port, under `audit-key:<installId>:<era>`.
 * Where no keychain is reachable, a 0600 file `audit-key-<installId>-<era>.key` in a 0700 key
 * directory outside the data directory — by default `<dataDir>-keys`, beside it, so that copying or
 * backing up the data directory does not carry the key with it (BackendOptions.keyDir to change it).
 * The era records which of the two holds its key, and verify says so.
 *
 * At backend start: with no era, era 1 begins with a random 32-byte key. When the current era's key
 * cannot be found (keychain wiped, key file removed, or the keychain gone), a new era begins with a
 * new key and an audit entry says why: what was written before stays verifiable by hash and link,
 * and by MAC wherever its key turns up again.
 */
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { AuditKeyEraRow, AuditRow } from '../../db/entities';
import type { Database } from '../../db/open';
import type { Keychain } from '../security/keychain';
import { appendAudit, registerAuditKey } from './audit';
import { keyErasOf, type EraKey } from './audit-verify';
import type { Clock } from './clock';
import { INSTALL_ID_KEY, installId } from './install-id';

export type KeyStore = 'keychain' | 'file';

export interface AuditKeyStores {
  keychain: Keychain;
  /** The key directory for the file fallback (created 0700 when first needed). */
  keyDir: string;
}

/** The default key directory: beside the data directory, never inside it. */
export function defaultKeyDir(dataDir: string): string {
  return `${path.resolve(dataDir)}-keys`;
}

export const keychainName = (install: string, era: number) => `audit-key:${install}:${era}`;
export const keyFileOf = (keyDir: string, install: string, era: number) => path.join(keyDir, `audit-key-${install}-${era}.key`);

/** A fingerprint of a key for the era row (HMAC of a fixed label under it, 16 hex digits): tells a wrong key from the right one without revealing it. */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('zhifa-workstation audit key id').digest('hex').slice(0, 16);
}

const POSIX = process.platform !== 'win32';

/** Permissions that let anyone but the owner at the key: refused, as the key would prove nothing. */
function tooOpen(p: string): boolean {
  return POSIX && (fs.statSync(p).mode & 0o077) !== 0;
}

async function readKeychain(k: Keychain, name: string): Promise<EraKey> {
  try {
    const v = await k.get(name);
    return v === null ? { problem: '系统钥匙串中没有该时期的密钥' } : { key: Buffer.from(v, 'base64') };
  } catch (e) {
    return { problem: `系统钥匙串不可用：${(e as Error).message}` };
  }
}

function readFile(keyDir: string, install: string, era: number): EraKey {
  const file = keyFileOf(keyDir, install, era);
  if (!fs.existsSync(file)) return { problem: `密钥文件不存在：${file}` };
  if (tooOpen(file) || tooOpen(keyDir)) return { problem: `密钥文件或其文件夹可被他人访问（应为 0600 / 0700），不予采信：${file}` };
  return { key: Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64') };
}

async function readKey(stores: AuditKeyStores, install: string, era: { era: number; store: KeyStore; keyId: string }): Promise<EraKey> {
  const found = era.store === 'keychain' ? await readKeychain(stores.keychain, keychainName(install, era.era)) : readFile(stores.keyDir, install, era.era);
  if ('key' in found && keyFingerprint(found.key) !== era.keyId) return { problem: '找到的密钥与该时期登记的指纹不符' };
  return found;
}

function writeFile(keyDir: string, install: string, era: number, key: Buffer): void {
  fs.mkdirSync(keyDir, { recursive: true, mode: 0o700 });
  if (POSIX) fs.chmodSync(keyDir, 0o700);
  // 'wx': never overwrite a key another era (or another install's copy) may still need.
  const fd = fs.openSync(keyFileOf(keyDir, install, era), 'wx', 0o600);
  try {
    if (POSIX) fs.fchmodSync(fd, 0o600);
    fs.writeSync(fd, key.toString('base64') + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether a key of this era number already exists in either store (a name we must not reuse). */
async function taken(stores: AuditKeyStores, install: string, era: number): Promise<boolean> {
  if (fs.existsSync(keyFileOf(stores.keyDir, install, era))) return true;
  try {
    return (await stores.keychain.get(keychainName(install, era))) !== null;
  } catch {
    return false;
  }
}

/** Keeps a new key in the keychain when it answers, else in the key file. */
async function storeKey(stores: AuditKeyStores, install: string, era: number, key: Buffer): Promise<KeyStore> {
  const status = await stores.keychain.status();
  if (status.ok) {
    try {
      await stores.keychain.set(keychainName(install, era), key.toString('base64'));
      return 'keychain';
    } catch {
      // A keychain that says it is there and then refuses: fall through to the file.
    }
  }
  writeFile(stores.keyDir, install, era, key);
  return 'file';
}

export interface AuditKeyState {
  era: number;
  store: KeyStore;
  /** True when this start began the era. */
  started: boolean;
}

/**
 * Finds (or begins) the current key era and registers its key for appendAudit on this database.
 * Call once at backend start, before anything is written.
 */
export async function startAuditKeys(db: Database, stores: AuditKeyStores, clock: Clock): Promise<AuditKeyState> {
  const install = await db.write((m) => installId(m));
  const current = await db.read((m) => m.findOne(AuditKeyEraRow, { where: {}, order: { era: 'DESC' } }));
  let lost: string | null = null;
  if (current) {
    const found = await readKey(stores, install, current);
    if ('key' in found) {
      registerAuditKey(db.dataSource, { era: current.era, key: found.key });
      return { era: current.era, store: current.store, started: false };
    }
    lost = found.problem;
  }
  let era = (current?.era ?? 0) + 1;
  const skipped: number[] = [];
  while (await taken(stores, install, era)) skipped.push(era++);
  const key = randomBytes(32);
  const store = await storeKey(stores, install, era, key);
  await db.write(async (m) => {
    const last = await m.find(AuditRow, { order: { id: 'DESC' }, take: 1, select: { id: true } });
    const now = clock.now();
    await m.insert(AuditKeyEraRow, { era, startedAt: now, firstEntryId: (last[0]?.id ?? 0) + 1, keyId: keyFingerprint(key), store });
    registerAuditKey(m.connection, { era, key });
    const notes: string[] = [];
    if (current) notes.push(`第 ${current.era} 时期的校验密钥无法取得（${lost}）`);
    // Keys under era numbers the database does not know: the table was rewritten, or belongs to another copy.
    if (skipped.length > 0) notes.push(`密钥库中已有数据库未登记的第 ${skipped.join('、')} 时期密钥，未予覆盖`);
    if (notes.length > 0) {
      await appendAudit(m, {
        actor: { id: null, name: '系统' }, at: now, action: 'audit.key_era.start', entity: 'audit_key_era', entityId: era,
        note: `${notes.join('；')}。自本条起启用第 ${era} 时期的新密钥（保存于${store === 'keychain' ? '系统钥匙串' : '密钥文件'}）`,
      });
    }
  });
  return { era, store, started: true };
}

/** This install's id as a raw handle reads it (the verify command opens the file read-only). */
function installIdOf(db: BetterSqlite3.Database): string | null {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'office_setting'").get();
  if (!table) return null;
  return (db.prepare('SELECT value FROM office_setting WHERE key = ?').pluck().get(INSTALL_ID_KEY) as string | undefined) ?? null;
}

/** Every recorded era's key, or why it cannot be had, for the verifier. */
export async function loadEraKeys(db: BetterSqlite3.Database, stores: AuditKeyStores): Promise<Map<number, EraKey>> {
  const out = new Map<number, EraKey>();
  const eras = keyErasOf(db);
  if (eras.length === 0) return out;
  const install = installIdOf(db);
  const keyIds = new Map((db.prepare('SELECT era, key_id FROM audit_key_era').raw(true).all() as [number, string][]).map(([e, k]) => [e, k]));
  for (const e of eras) {
    out.set(e.era, install === null ? { problem: '数据库中没有本机安装标识，无法找到密钥' } : await readKey(stores, install, { ...e, keyId: keyIds.get(e.era) ?? '' }));
  }
  return out;
}
