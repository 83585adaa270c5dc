/**
 * 执法全过程记录 verification over a million entries, all of key era 1 (length-prefixed hash and
 * an HMAC per entry, as every entry is written from schema 7 on).
 *   verify   — verifyAuditChain with the era's key, as the 校验 button and `npm run audit:verify`
 *              run it, 3 runs;
 *   no key   — the same without the key: hashes and links only, so the difference is what the
 *              MAC check costs;
 *   baseline — the same ordered walk over the same rows with the link check but no hashing:
 *              what SQLite alone costs, so the ratio shows what hashing adds;
 *   variant  — the walk hashing each row field by field through createHash().update(), the
 *              form verifyAuditChain does not use, to keep the choice measured.
 * Target: ≤ 10 s for 1M entries on the 2-core office PC. Before key eras (plain chain, one
 * hash per entry) this machine measured 3.05 s p50 for 1M.
 * Run: node --import tsx bench/audit.ts   (BENCH_AUDIT_ENTRIES to change the count)
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { entryMac, GENESIS_HASH, hashOfEraFields, sha256 } from '../main/services/audit';
import { keyFingerprint } from '../main/services/audit-key';
import { verifyAuditChain } from '../main/services/audit-verify';
import { heading, row, stats, time } from './harness';

const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 1_000_000);
const RUNS = 3;
const TARGET_MS = 10_000;
const KEY = randomBytes(32);
const ERA = 1;

const ACTORS = ['李明（clerk）', '王芳（clerk2）', '赵建国（head）', '陈静（reviewer）', '刘洋（archivist）'];
const ACTIONS: [string, string][] = [
  ['case.register', 'case'],
  ['procedure.notify', 'case'],
  ['procedure.record_service', 'case'],
  ['document.create', 'document'],
  ['document.save', 'document'],
  ['document.issue', 'document'],
];

/** A typical edit of a draft: a few fields, one of them a masked phone. */
function changesOf(i: number): string {
  return JSON.stringify([
    { path: 'place', before: '东州市交通运输综合行政执法支队询问室', after: `东州市G104国道收费站执法点${i % 97}号` },
    { path: 'partyTel', before: '138****5678', after: '139****1234' },
    { path: 'qa.3.answer', before: '当天上午我驾驶货车从仓库装货', after: '当天上午我驾驶重型厢式货车从下沙街道的仓库装货，运往滨江区的建筑工地' },
  ]);
}

function buildLog(file: string): Promise<number> {
  return (async () => {
    const db = await openDatabase(file);
    const raw = db.raw();
    const insert = raw.prepare(`INSERT INTO audit_log (at, actor_id, actor_name, action, entity, entity_id, before_hash, after_hash, detail, changes, prev_hash, hash, era, mac)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    raw.prepare("INSERT INTO audit_key_era (era, started_at, first_entry_id, key_id, store) VALUES (?, '2026-01-01T00:00:00', 1, ?, 'file')").run(ERA, keyFingerprint(KEY));
    const someHash = sha256('before');
    let prev = GENESIS_HASH;
    raw.transaction(() => {
      for (let i = 0; i < ENTRIES; i++) {
        const [action, entity] = ACTIONS[i % ACTIONS.length];
        const second = i % 86_400;
        const at = `2026-${String(1 + (Math.floor(i / 90_000) % 12)).padStart(2, '0')}-${String(1 + (Math.floor(i / 3_000) % 28)).padStart(2, '0')}T${String(Math.floor(second / 3600) % 24).padStart(2, '0')}:${String(Math.floor(second / 60) % 60).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}`;
        const actorId = 1 + (i % ACTORS.length);
        const entityId = String(1 + Math.floor(i / 10));
        const beforeHash = action === 'case.register' ? null : someHash;
        const afterHash = sha256(`after ${i}`);
        const detail = action === 'case.register' ? `立案 东交执〔2026〕${entityId}号` : action === 'document.save' ? '' : `签发《行政处罚决定书》（东交执〔2026〕${entityId}号）`;
        // Every fourth entry carries a changes list (draft saves); the rest none, like entries before schema 3.
        const changes = action === 'document.save' ? changesOf(i) : '';
        const hash = hashOfEraFields(ERA, prev, at, actorId, ACTORS[actorId - 1], action, entity, entityId, beforeHash, afterHash, detail, changes);
        insert.run(at, actorId, ACTORS[actorId - 1], action, entity, entityId, beforeHash, afterHash, detail, changes, prev, hash, ERA, entryMac(KEY, hash));
        prev = hash;
      }
    })();
    raw.pragma('wal_checkpoint(TRUNCATE)');
    await db.close();
    return ENTRIES;
  })();
}

type Cell = string | number | null;
const SELECT = `SELECT prev_hash, at, actor_id, actor_name, action, entity, entity_id, before_hash, after_hash, detail, changes, id, hash, era, mac FROM audit_log ORDER BY id`;

/** The walk without hashing: ids and links checked, every column read. */
function walkOnly(raw: import('better-sqlite3').Database): number {
  let prev = GENESIS_HASH;
  let prevId = 0;
  let n = 0;
  for (const r of raw.prepare(SELECT).raw(true).iterate() as IterableIterator<Cell[]>) {
    if (r[11] !== prevId + 1 || r[0] !== prev) throw new Error(`walk broke at ${r[11]}`);
    prevId = r[11] as number;
    prev = r[12] as string;
    n++;
  }
  return n;
}

/** The walk hashing field by field (length prefix, then the text) through a Hash object, MAC checked. */
function walkFieldByField(raw: import('better-sqlite3').Database): number {
  let prev = GENESIS_HASH;
  let n = 0;
  const put = (h: ReturnType<typeof createHash>, v: Cell) => {
    if (v === null) return void h.update('-:');
    const t = typeof v === 'string' ? v : String(v);
    h.update(Buffer.byteLength(t) + ':');
    h.update(t);
  };
  for (const r of raw.prepare(SELECT).raw(true).iterate() as IterableIterator<Cell[]>) {
    const h = createHash('sha256');
    put(h, r[13]);
    for (let f = 0; f <= 10; f++) put(h, r[f]);
    const hash = h.digest('hex');
    if (r[0] !== prev || hash !== r[12] || entryMac(KEY, hash) !== r[14]) throw new Error(`walk broke at ${r[11]}`);
    prev = r[12] as string;
    n++;
  }
  return n;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-bench-audit-'));
  const file = path.join(dir, 'workstation.sqlite');
  try {
    heading(`audit chain: ${ENTRIES.toLocaleString('en')} entries`);
    const [buildMs] = await time(() => buildLog(file));
    process.stdout.write(`  built in ${(buildMs / 1000).toFixed(1)} s, database ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MiB\n`);

    const db = await openDatabase(file);
    const raw = db.raw();
    const verifyMs: number[] = [];
    const noKeyMs: number[] = [];
    const baseMs: number[] = [];
    const fieldMs: number[] = [];
    const keys = new Map([[ERA, { key: KEY }]]);
    for (let i = 0; i < RUNS; i++) {
      const [ms, v] = await time(() => verifyAuditChain(raw, keys));
      if (!v.intact || v.entries !== ENTRIES) throw new Error(`unexpected verdict ${JSON.stringify(v)}`);
      verifyMs.push(ms);
      const [unkeyedMs, u] = await time(() => verifyAuditChain(raw));
      if (u.status !== 'unchecked' || u.unchecked !== ENTRIES) throw new Error(`unexpected verdict without the key ${JSON.stringify(u)}`);
      noKeyMs.push(unkeyedMs);
      baseMs.push((await time(() => walkOnly(raw)))[0]);
    }
    fieldMs.push((await time(() => walkFieldByField(raw)))[0]);
    await db.close();

    const v = stats(verifyMs);
    const b = stats(baseMs);
    process.stdout.write(row('verifyAuditChain (hash + MAC)', v, `${Math.round(ENTRIES / (v.p50 / 1000)).toLocaleString('en')} entries/s`) + '\n');
    const k = stats(noKeyMs);
    process.stdout.write(row('without the key (hash + link only)', k, `MAC check adds ${((v.p50 - k.p50) / 1000).toFixed(2)} s`) + '\n');
    process.stdout.write(row('walk without hashing (SQLite read)', b, `verify / walk = ${(v.p50 / b.p50).toFixed(2)}×`) + '\n');
    process.stdout.write(row('variant: hash.update per field + MAC', stats(fieldMs), `${(fieldMs[0] / v.p50).toFixed(2)}× the chosen form`) + '\n');
    const scaled = (v.max * 1_000_000) / ENTRIES;
    process.stdout.write(`  target: 1M entries ≤ ${TARGET_MS / 1000} s — ${scaled <= TARGET_MS ? 'met' : 'NOT met'} (slowest run ${(v.max / 1000).toFixed(2)} s${ENTRIES === 1_000_000 ? '' : `, ${(scaled / 1000).toFixed(2)} s scaled to 1M`})\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
