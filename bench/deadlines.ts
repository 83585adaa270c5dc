/**
 * Deadline benchmark over a 100k-case office.
 *
 *   fixture — the bench case fixture, then every case given a procedural history drawn from one seeded
 *             PRNG: each case walks the procedure from its registration towards 归档, stopping at today;
 *             a few percent stall on the way (unpaid fines, decisions not taken), so most cases are closed
 *             or archived and a few percent sit in each open stage, with measures, notices, hearings,
 *             decisions, publications, payment plans, demands and enforcement;
 *   recompute — recomputeAllDeadlines from an empty case_deadline table (every case), then again with
 *             nothing changed (the default scope: live cases and open deadlines), against recomputing
 *             every case with nothing changed;
 *   dashboard — dashboard.get through the dispatcher for clerk, reviewer and head, against the same
 *             figures computed naively by reading every case's state and computing deadlines in JS.
 *
 * Run: node --import tsx bench/deadlines.ts   (BENCH_CASES to change the size)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../main/backend';
import type { CaseStage, Procedure } from '../main/contract/domain';
import { procedureState, type Awaiting, type ProcedureState } from '../main/contract/procedure';
import { plusDays } from '../main/procedure/calendar';
import { computeDeadlines, WINDOW_KINDS, type Periods } from '../main/procedure/deadlines';
import { stageOf } from '../main/procedure/stage';
import type { Connection } from '../main/rpc/dispatcher';
import { fixedClock } from '../main/services/clock';
import { createRng, type Rng } from '../main/services/demo/sample-data';
import { loadCalendar, readProcedureState, recomputeAllDeadlines } from '../main/services/deadlines';
import { getProcedureSettings } from '../main/services/procedure-settings';
import { buildCaseFixture, FIXTURE_FILE } from './fixtures';
import { heading, row, stats, time } from './harness';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const DASHBOARD_RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 60);
const RECOMPUTE_RUNS = Number(process.env.BENCH_RECOMPUTE_RUNS ?? 20);
const NAIVE_RUNS = 5;
const TARGET_MS = 200;
const TODAY = '2026-11-24';
const LIMIT = 100;

// ---------------------------------------------------------------------------------------------------------------
// Procedural histories

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const chance = (rng: Rng, p: number) => rng() < p;
const penalty = (fine: number, confiscatedGain = 0) => ({
  warning: fine === 0, fine, confiscatedGain, confiscatedPropertyValue: 0, licenceAction: 'none' as const, businessRestriction: false, other: '',
});

/** Thrown to stop a history at the first act that would fall after today. */
class Today extends Error {}

/**
 * One case's history. `stall` is the share of cases that stop at a random point short of the end even when
 * there was time to finish (the cases an office has to chase).
 */
function history(rng: Rng, procedure: Procedure, registeredOn: string, stall = 0.04): ProcedureState {
  const s: ProcedureState = procedureState.parse({});
  let day = registeredOn;
  const stopAt = chance(rng, stall) ? int(rng, 1, 12) : Infinity;
  let step = 0;
  /** The next act, `min`–`max` days after the previous one; stops the history at today or at the stall point. */
  const next = (min: number, max: number): string => {
    const d = plusDays(day, int(rng, min, max));
    if (d > TODAY || ++step > stopAt) throw new Today();
    day = d;
    return d;
  };
  try {
    if (procedure === 'simple') {
      const fine = chance(rng, 0.2) ? 0 : int(rng, 1, 20) * 10;
      const paidOnSpot = fine > 0 && chance(rng, 0.3);
      s.onSpot = { on: registeredOn, partySigned: chance(rng, 0.95), paidOnSpot, filedOn: null, place: '东州市G104国道', collectionGround: paidOnSpot ? 'hard' : 'none', receiptNo: paidOnSpot ? 'CZ0001' : '' };
      s.amountDue = fine;
      if (paidOnSpot) s.payments.push({ on: registeredOn, amount: fine });
      s.onSpot.filedOn = next(0, 4);
      if (fine > 0 && !paidOnSpot) s.payments.push({ on: next(1, 14), amount: fine });
      s.closedOn = next(3, 20);
      s.archivedOn = next(10, 90);
      return s;
    }

    s.registrationApprovedOn = next(0, 2);
    if (chance(rng, 0.01)) {
      s.revokedOn = next(3, 30);
      return s;
    }
    if (chance(rng, 0.25)) {
      s.measures.push({ id: 1, kind: chance(rng, 0.7) ? 'detain_vehicle' : 'seize', items: '车辆一辆', startedOn: next(0, 2), days: 30, extendedDays: null, extendedOn: null, releasedOn: null, releaseGround: null, emergency: false, approvedOn: s.registrationApprovedOn });
      s.nextMeasureId = 2;
      if (chance(rng, 0.15)) {
        s.measures[0].extendedOn = next(20, 28);
        s.measures[0].extendedDays = 30;
      }
    }
    if (chance(rng, 0.01)) {
      s.transferredOn = next(5, 30);
      s.transferTo = '东州市公安局';
      return s;
    }
    const fine = int(rng, 1, 100) * 500;
    const gain = chance(rng, 0.1) ? int(rng, 1, 20) * 100 : 0;
    s.investigationClosedOn = next(5, 40);
    s.proposal = { outcome: 'penalty', penalty: penalty(fine, gain), circumstance: '一般', departureReason: '', majorPublicInterest: false, complex: false, serious: false, longLimitation: false, longLimitationReason: '' };
    for (const m of s.measures) {
      m.releasedOn = day;
      m.releaseGround = 'no_longer_needed';
    }
    s.review = { status: 'pending', submittedOn: next(0, 3), decidedOn: null, rounds: 1 };
    s.review = { ...s.review, status: 'approved', decidedOn: next(1, 6) };
    s.notifiedOn = next(0, 3);
    s.hearingRightTold = fine >= 2000;
    if (s.hearingRightTold && chance(rng, 0.1)) {
      s.hearing = { requestedOn: next(1, 4), noticeOn: null, hearingOn: null, hostOfficerId: 3, heldOn: null, waivedOn: null };
      s.hearing.noticeOn = next(1, 3);
      const wait = int(rng, 8, 14);
      s.hearing.hearingOn = plusDays(s.hearing.noticeOn, wait);
      s.hearing.heldOn = next(wait, wait);
    } else if (chance(rng, 0.7)) {
      s.statement = { on: next(0, 3), waived: chance(rng, 0.5), adopted: false };
    } else {
      next(3, 6);
    }
    const proposedOn = next(1, 5);
    s.decision = { outcome: 'penalty', penalty: penalty(fine, gain), circumstance: '一般', departureReason: '', transferTo: '', duty: '', proposedOn, decidedOn: null };
    s.decision.decidedOn = next(1, 4);
    s.amountDue = fine + gain;
    const publication = chance(rng, 0.05);
    const servedOn = next(0, 5);
    const abroad = publication && chance(rng, 0.1);
    s.service = { method: publication ? 'publication' : 'direct', on: servedOn, effectiveOn: publication ? plusDays(servedOn, abroad ? 60 : 30) : servedOn, abroad };
    if (publication) day = s.service.effectiveOn;
    if (chance(rng, 0.08)) {
      const n = int(rng, 2, 6);
      const part = Math.floor(s.amountDue / n);
      const schedule = Array.from({ length: n }, (_, i) => ({ dueOn: plusDays(day, 30 * (i + 1)), amount: i === n - 1 ? s.amountDue - part * (n - 1) : part }));
      s.paymentPlan = { kind: 'instalments', on: next(1, 10), schedule };
      for (const e of schedule) s.payments.push({ on: next(Math.max(0, daysFrom(day, e.dueOn) - 5), Math.max(1, daysFrom(day, e.dueOn))), amount: e.amount });
    } else if (chance(rng, 0.9)) {
      s.payments.push({ on: next(1, 15), amount: s.amountDue });
    } else {
      s.demand = { on: next(20, 40), performBy: '' };
      s.demand.performBy = plusDays(s.demand.on, 10);
      if (chance(rng, 0.5)) s.payments.push({ on: next(1, 10), amount: s.amountDue });
      else s.enforcement = { on: next(11, 30), kind: 'court' };
      s.executionDoneOn = next(10, 60);
    }
    s.closedOn = next(3, 20);
    s.archivedOn = next(10, 90);
  } catch (e) {
    if (!(e instanceof Today)) throw e;
  }
  return s;
}

function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Gives every case of the fixture a history, its stage and queue, and the act that put it there. */
function writeHistories(backend: Backend): Record<string, number> {
  const raw = backend.db.raw();
  const cases = raw.prepare('SELECT id, procedure, registered_at AS registeredAt FROM enforcement_case ORDER BY id').all() as { id: number; procedure: Procedure; registeredAt: string }[];
  const update = raw.prepare('UPDATE enforcement_case SET procedure_state = ?, stage = ?, awaiting = ?, awaiting_since = ?, created_by = ? WHERE id = ?');
  const event = raw.prepare(`INSERT INTO case_event (case_id, type, on_date, data, actor_id, actor_name, actor_role, at) VALUES (?, ?, ?, ?, NULL, '赵敏', 'reviewer', ?)`);
  const rng = createRng(20261124);
  const stages: Record<string, number> = {};
  raw.transaction(() => {
    for (const c of cases) {
      const s = history(rng, c.procedure, c.registeredAt.slice(0, 10));
      const { stage, awaiting } = stageOf(c.procedure, s);
      stages[stage] = (stages[stage] ?? 0) + 1;
      const since = awaiting ? `${lastAct(s) ?? c.registeredAt.slice(0, 10)}T16:00:00` : null;
      update.run(JSON.stringify(s), stage satisfies CaseStage, awaiting satisfies Awaiting | null, since, chance(rng, 0.5) ? 1 : 2, c.id);
      // Some clerks' cases came back from 法制审核: the dashboard shows the opinion.
      if (awaiting === 'clerk' && chance(rng, 0.1)) event.run(c.id, 'review_return', since!.slice(0, 10), JSON.stringify({ opinion: '证据不足，请补充询问笔录' }), since);
    }
  })();
  raw.exec('ANALYZE');
  return stages;
}

function lastAct(s: ProcedureState): string | null {
  const days = [
    s.registrationApprovedOn, s.investigationClosedOn, s.review.decidedOn, s.notifiedOn, s.statement?.on, s.hearing?.heldOn,
    s.decision?.proposedOn, s.decision?.decidedOn, s.service?.on, s.payments.at(-1)?.on, s.demand?.on, s.enforcement?.on, s.closedOn, s.onSpot?.filedOn,
  ].filter((d): d is string => Boolean(d));
  return days.length ? days.sort().at(-1)! : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Baseline: the dashboard's deadline figures without the materialised table.

function naiveDashboard(backend: Backend, periods: Periods) {
  const rows = backend.db.raw().prepare('SELECT id, procedure, registered_at, procedure_state FROM enforcement_case').all() as { id: number; procedure: Procedure; registered_at: string; procedure_state: string }[];
  const until = plusDays(TODAY, periods.settings.alertDays);
  const windows = new Set<string>(WINDOW_KINDS);
  const overdue: { caseId: number; dueOn: string }[] = [];
  const dueSoon: { caseId: number; dueOn: string }[] = [];
  for (const r of rows) {
    for (const d of computeDeadlines(periods, { procedure: r.procedure, registeredOn: r.registered_at.slice(0, 10), state: readProcedureState(r.procedure_state) })) {
      if (d.status !== 'open') continue;
      if (d.dueOn < TODAY && !windows.has(d.kind)) overdue.push({ caseId: r.id, dueOn: d.dueOn });
      else if (d.dueOn >= TODAY && d.dueOn <= until) dueSoon.push({ caseId: r.id, dueOn: d.dueOn });
    }
  }
  const byDue = (a: { dueOn: string; caseId: number }, b: { dueOn: string; caseId: number }) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.caseId - b.caseId);
  return { overdue: overdue.sort(byDue).slice(0, LIMIT), overdueCount: overdue.length, dueSoon: dueSoon.sort(byDue).slice(0, LIMIT), dueSoonCount: dueSoon.length };
}

// ---------------------------------------------------------------------------------------------------------------

const verdict = (ms: number) => `target p95 ≤ ${TARGET_MS} ms — ${ms <= TARGET_MS ? 'met' : 'NOT met'}`;

async function main() {
  // BENCH_DATA_DIR keeps the fixture between runs (built on the first); otherwise a temporary one is built and removed.
  const kept = process.env.BENCH_DATA_DIR;
  const dir = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-bench-deadlines-'));
  const reuse = Boolean(kept && fs.existsSync(FIXTURE_FILE(dir)));
  process.stdout.write(`# deadlines bench — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}\n`);

  heading(`fixture: ${CASES.toLocaleString('en')} cases with procedural histories up to ${TODAY}${reuse ? ` (reused from ${dir})` : ''}`);
  const [buildMs] = reuse ? [0] : await time(() => buildCaseFixture(dir, CASES));
  const backend = await createBackend({ dataDir: dir, host: 'browser', clock: fixedClock(`${TODAY}T10:00:00`), demoCases: 0, demo: true, log: () => undefined });
  const db = backend.db;
  if (!reuse) {
    const [histMs, stages] = await time(() => writeHistories(backend));
    process.stdout.write(`  cases built in ${(buildMs / 1000).toFixed(1)} s, histories in ${(histMs / 1000).toFixed(1)} s, database ${(fs.statSync(FIXTURE_FILE(dir)).size / 2 ** 20).toFixed(0)} MiB\n`);
    const pct = (n: number) => `${((100 * n) / CASES).toFixed(1)} %`;
    process.stdout.write('  stages: ' + Object.entries(stages).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${pct(n)}`).join(', ') + '\n');
  }

  heading('recompute deadlines (recomputeAllDeadlines, one transaction)');
  const [fullMs, fullChanged] = await time(() => db.write(async (m) => {
    await m.query('DELETE FROM case_deadline');
    return recomputeAllDeadlines(m, { allCases: true });
  }));
  const [{ n: deadlineRows, open: openRows }] = (await db.read((m) => m.query(`SELECT count(*) AS n, sum(status = 'open') AS open FROM case_deadline`))) as { n: number; open: number }[];
  process.stdout.write(`  every case, from an empty table: ${fullMs.toFixed(0)} ms — ${fullChanged.toLocaleString('en')} cases written, ${deadlineRows.toLocaleString('en')} deadlines (${openRows.toLocaleString('en')} open)\n`);

  const noChange: number[] = [];
  const noChangeCpu: number[] = [];
  let changedAgain = 0;
  for (let i = 0; i < RECOMPUTE_RUNS; i++) {
    const cpu = process.cpuUsage();
    const [ms, n] = await time(() => db.write((m) => recomputeAllDeadlines(m)));
    const used = process.cpuUsage(cpu);
    noChangeCpu.push((used.user + used.system) / 1000);
    noChange.push(ms);
    changedAgain += n;
  }
  const allAgain: number[] = [];
  for (let i = 0; i < 3; i++) allAgain.push((await time(() => db.write((m) => recomputeAllDeadlines(m, { allCases: true }))))[0]);
  const nc = stats(noChange);
  const aa = stats(allAgain);
  process.stdout.write(row('nothing changed (live cases)', nc, `cases changed: ${changedAgain}, CPU p50 ${stats(noChangeCpu).p50.toFixed(0)} ms`) + '\n');
  process.stdout.write(row('nothing changed (every case)', aa, `baseline → ${(aa.p50 / nc.p50).toFixed(1)}× slower than the live-case scope`) + '\n');
  process.stdout.write(`  ${verdict(nc.p95)}\n`);

  const admin: Connection = { session: null };
  const login = async (conn: Connection, username: string) => {
    const r = await backend.dispatch('session.login', { username, password: 'demo1234' }, conn);
    if (!r.ok) throw new Error(`login ${username}: ${r.error.message}`);
  };
  await login(admin, 'admin');
  const [holidayMs, holiday] = await time(() => backend.dispatch('calendar.set', { day: '2026-12-31', kind: 'holiday', name: '测试' }, admin));
  process.stdout.write(`  calendar.set (mark 2026-12-31 a holiday) through the dispatcher: ${holidayMs.toFixed(0)} ms, ${holiday.ok ? (holiday.value as { recomputed: number }).recomputed : 'failed'} cases changed\n`);
  await backend.dispatch('calendar.set', { day: '2026-12-31', kind: 'normal', name: '' }, admin);

  heading(`dashboard.get through the dispatcher (limit ${LIMIT}), ${DASHBOARD_RUNS} runs per role`);
  const all: number[] = [];
  let sample: { counts: Record<string, number>; queueTotal: number; tookMs: number } | null = null;
  for (const role of ['clerk', 'reviewer', 'head']) {
    const conn: Connection = { session: null };
    await login(conn, role);
    const runs: number[] = [];
    for (let i = 0; i < DASHBOARD_RUNS; i++) {
      const [ms, r] = await time(() => backend.dispatch('dashboard.get', { limit: LIMIT }, conn));
      if (!r.ok) throw new Error(`dashboard.get: ${r.error.message}`);
      runs.push(ms);
      sample = r.value as typeof sample;
    }
    all.push(...runs);
    process.stdout.write(row(role, stats(runs), `queue ${sample!.queueTotal.toLocaleString('en')}`) + '\n');
  }
  const ours = stats(all);
  process.stdout.write(row('all roles', ours) + '\n');
  process.stdout.write(`  counts: ${JSON.stringify(sample!.counts)}\n`);

  const periods: Periods = await db.read(async (m) => ({ settings: await getProcedureSettings(m), calendar: await loadCalendar(m) }));
  const naive: number[] = [];
  let naiveResult: ReturnType<typeof naiveDashboard> | null = null;
  for (let i = 0; i < NAIVE_RUNS; i++) {
    const [ms, r] = await time(() => db.read(async () => naiveDashboard(backend, periods)));
    naive.push(ms);
    naiveResult = r;
  }
  const nv = stats(naive);
  process.stdout.write(row('baseline: every state in JS', nv, `→ dashboard p50 ${(nv.p50 / ours.p50).toFixed(0)}× faster`) + '\n');
  const agrees = naiveResult!.overdueCount === sample!.counts.overdue && naiveResult!.dueSoonCount === sample!.counts.dueSoon;
  process.stdout.write(`  baseline agrees on overdue ${naiveResult!.overdueCount} / due soon ${naiveResult!.dueSoonCount}: ${agrees ? 'yes' : 'NO'}\n`);
  process.stdout.write(`  ${verdict(ours.p95)}\n`);

  await backend.close();
  if (!kept) fs.rmSync(dir, { recursive: true, force: true });
}

void main();
