/**
 * What the per-case rule (按案授权, main/services/access.ts) adds to opening a case.
 *
 *   rule     — cases.get as the backend serves it: the rule asked before the read (as the scoped
 *              handler does) and the caller's `access` computed from the case as loaded;
 *   baseline — the same read of the same case without the rule (getCase with no viewer);
 *   check    — the rule alone: the case's number, stage and officers looked up and judged;
 *   dispatch — the whole call through the dispatcher (zod validation, session check, rule, read), for scale.
 * Rule and baseline alternate case by case over the same sample, in one run.
 *
 * Target: the rule adds ≤ 1 ms to cases.get p95. Run: node --import tsx bench/access.ts
 * (BENCH_CASES to change the size of the office, BENCH_ACCESS_RUNS the number of reads).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../main/backend';
import type { Connection } from '../main/rpc/dispatcher';
import { authorize } from '../main/services/access';
import { getCase } from '../main/services/cases';
import { buildCaseFixture } from './fixtures';
import { heading, row, stats, time } from './harness';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const RUNS = Number(process.env.BENCH_ACCESS_RUNS ?? 2000);
const WARMUP = 200;
const TARGET_MS = 1;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-bench-access-'));
  heading(`per-case authorization on cases.get (${CASES.toLocaleString('en')} cases, ${RUNS} reads each)`);
  const fixture = await buildCaseFixture(dir, CASES);
  const backend = await createBackend({ dataDir: dir, host: 'browser', demo: true, demoCases: 0, log: () => undefined });
  const conn: Connection = { session: null };
  const login = await backend.dispatch('session.login', { username: 'clerk', password: 'demo1234' }, conn);
  if (!login.ok || !conn.session) throw new Error(`login failed: ${JSON.stringify(login)}`);
  const session = conn.session;
  const db = backend.db;

  let s = 7;
  const pick = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return fixture[s % fixture.length].id;
  };
  const withRule = async (id: number) => {
    await db.read((m) => authorize(m, session, 'case', id, 'view'));
    return getCase(db, id, session);
  };

  for (let i = 0; i < WARMUP; i++) {
    const id = pick();
    await getCase(db, id);
    await withRule(id);
    await backend.dispatch('cases.get', { id }, conn);
  }
  const rule: number[] = [];
  const base: number[] = [];
  const check: number[] = [];
  const dispatch: number[] = [];
  let readOnly = 0;
  for (let i = 0; i < RUNS; i++) {
    const id = pick();
    // Alternating which goes first keeps a warm page cache from favouring either.
    if (i % 2) {
      base.push((await time(() => getCase(db, id)))[0]);
      const [ms, detail] = await time(() => withRule(id));
      rule.push(ms);
      if (!detail.access.draft) readOnly++;
    } else {
      const [ms, detail] = await time(() => withRule(id));
      rule.push(ms);
      if (!detail.access.draft) readOnly++;
      base.push((await time(() => getCase(db, id)))[0]);
    }
    check.push((await time(() => db.read((m) => authorize(m, session, 'case', id, 'view'))))[0]);
    const [ms, r] = await time(() => backend.dispatch('cases.get', { id }, conn));
    if (!r.ok) throw new Error(`cases.get ${id}: ${r.error.code}`);
    dispatch.push(ms);
  }
  const r = stats(rule);
  const b = stats(base);
  process.stdout.write(row('cases.get with the rule', r) + '\n');
  process.stdout.write(row('cases.get without (baseline)', b) + '\n');
  process.stdout.write(row('the rule alone', stats(check)) + '\n');
  process.stdout.write(row('cases.get through the dispatcher', stats(dispatch)) + '\n');
  const addedP50 = r.p50 - b.p50;
  const addedP95 = r.p95 - b.p95;
  process.stdout.write(`  the rule adds p50 ${addedP50.toFixed(3)} ms, p95 ${addedP95.toFixed(3)} ms (the clerk handles ${RUNS - readOnly} of the ${RUNS} cases read and sees the rest read-only)\n`);
  process.stdout.write(`  target: adds ≤ ${TARGET_MS} ms p95 — ${addedP95 <= TARGET_MS ? 'met' : 'NOT met'}\n`);
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
