/**
 * 工作台: the office's overdue deadlines and those due soon, and the cases waiting for the signed-in
 * person's role. Every list is an indexed range read with a LIMIT (ix_deadline_open over the open
 * deadlines, ix_case_awaiting over the queues), so it costs the same for 100 cases as for 100k.
 * The certificate warnings cost one indexed query per officer with a lapsed certificate.
 */
import type { Database as RawDatabase, Statement } from 'better-sqlite3';
import type { Database } from '../../db/open';
import type { Dashboard, DeadlineKind, DueItem } from '../contract/procedure';
import type { Awaiting } from '../contract/procedure';
import { CASE_STAGES, labelOf } from '../contract/domain';
import { daysLeft, WINDOW_KINDS } from '../procedure/deadlines';
import { plusDays } from '../procedure/calendar';
import type { Session } from '../rpc/dispatcher';
import type { Clock } from './clock';
import { warningsIn } from './officers';
import { getProcedureSettings } from './procedure-settings';

/** Windows the party may use never count as overdue (see main/procedure/deadlines.ts). */
const NOT_WINDOW = `d.kind NOT IN (${WINDOW_KINDS.map((k) => `'${k}'`).join(', ')})`;

const DUE_COLUMNS = `d.case_id AS caseId, c.case_number AS caseNumber, k.title AS causeTitle,
  COALESCE((SELECT p.name FROM party p WHERE p.case_id = c.id AND p.ordinal = 0), '') AS partyName,
  c.stage AS stage, d.kind AS kind, d.due_on AS dueOn`;
const DUE_FROM = `case_deadline d INDEXED BY ix_deadline_open
  JOIN enforcement_case c ON c.id = d.case_id
  JOIN cause k ON k.id = c.cause_id`;

type DueRow = Omit<DueItem, 'daysLeft'> & { kind: DeadlineKind };
type QueueRow = Omit<Dashboard['queue'][number], 'note' | 'reason'>;

interface Queries {
  overdue: Statement<{ today: string; limit: number }, DueRow>;
  dueSoon: Statement<{ today: string; until: string; limit: number }, DueRow>;
  overdueCount: Statement<{ today: string }, number>;
  dueCounts: Statement<{ today: string; until: string }, { dueToday: number | null; dueSoon: number | null; upcoming: number | null }>;
  queue: Statement<{ role: Awaiting; limit: number }, QueueRow>;
  queueCount: Statement<{ role: Awaiting }, number>;
  clerkQueue: Statement<{ officer: number | null; limit: number }, QueueRow>;
  clerkQueueCount: Statement<{ officer: number | null }, number>;
  latestEvent: Statement<[number], { type: string; data: string }>;
}

const prepared = new WeakMap<RawDatabase, Queries>();

function queries(raw: RawDatabase): Queries {
  let q = prepared.get(raw);
  if (q) return q;
  const queueColumns = `c.id AS caseId, c.case_number AS caseNumber, k.title AS causeTitle,
    COALESCE((SELECT p.name FROM party p WHERE p.case_id = c.id AND p.ordinal = 0), '') AS partyName,
    c.stage AS stage, COALESCE(c.awaiting_since, '') AS since`;
  // The cases the clerk handles: only a handling officer may act on a case, so a case the clerk merely registered is not theirs to do.
  const mine = `EXISTS (SELECT 1 FROM case_officer o WHERE o.case_id = c.id AND o.officer_id = @officer)`;
  q = {
    overdue: raw.prepare(
      `SELECT ${DUE_COLUMNS} FROM ${DUE_FROM}
       WHERE d.status = 'open' AND d.due_on < @today AND ${NOT_WINDOW}
       ORDER BY d.due_on, d.case_id LIMIT @limit`,
    ),
    dueSoon: raw.prepare(
      `SELECT ${DUE_COLUMNS} FROM ${DUE_FROM}
       WHERE d.status = 'open' AND d.due_on BETWEEN @today AND @until
       ORDER BY d.due_on, d.case_id LIMIT @limit`,
    ),
    overdueCount: raw
      .prepare(`SELECT count(*) FROM case_deadline d INDEXED BY ix_deadline_open WHERE d.status = 'open' AND d.due_on < @today AND ${NOT_WINDOW}`)
      .pluck() as Statement<{ today: string }, number>,
    // Counted from the index alone: no table row is read for deadlines not yet due.
    dueCounts: raw.prepare(
      `SELECT sum(due_on = @today) AS dueToday, sum(due_on <= @until) AS dueSoon, count(*) AS upcoming
       FROM case_deadline INDEXED BY ix_deadline_open WHERE status = 'open' AND due_on >= @today`,
    ),
    queue: raw.prepare(
      `SELECT ${queueColumns} FROM enforcement_case c INDEXED BY ix_case_awaiting JOIN cause k ON k.id = c.cause_id
       WHERE c.awaiting = @role ORDER BY c.awaiting_since, c.id LIMIT @limit`,
    ),
    queueCount: raw.prepare('SELECT count(*) FROM enforcement_case INDEXED BY ix_case_awaiting WHERE awaiting = @role').pluck() as Statement<{ role: Awaiting }, number>,
    clerkQueue: raw.prepare(
      `SELECT ${queueColumns} FROM enforcement_case c INDEXED BY ix_case_awaiting JOIN cause k ON k.id = c.cause_id
       WHERE c.awaiting = 'clerk' AND ${mine} ORDER BY c.awaiting_since, c.id LIMIT @limit`,
    ),
    clerkQueueCount: raw
      .prepare(`SELECT count(*) FROM enforcement_case c INDEXED BY ix_case_awaiting WHERE c.awaiting = 'clerk' AND ${mine}`)
      .pluck() as Statement<{ officer: number | null }, number>,
    latestEvent: raw.prepare('SELECT type, data FROM case_event WHERE case_id = ? ORDER BY id DESC LIMIT 1'),
  };
  prepared.set(raw, q);
  return q;
}

const RETURN_PREFIX: Readonly<Record<string, string>> = { review_return: '法制审核退回：', return_decision: '负责人退回：' };

function headNote(stage: string): string {
  if (stage === 'registered') return '待批准立案';
  if (stage === 'pending_decision') return '待批准决定';
  return '待批准结案';
}

/**
 * What the handling officer is to do next at each stage the clerk's queue can hold (stageOf in
 * main/procedure/stage.ts): a row never leaves the clerk guessing why it is there.
 */
const CLERK_NEXT: Readonly<Partial<Record<string, string>>> = {
  registered: '待作出当场处罚决定',
  investigation: '待调查取证',
  coercive_measure: '待处理行政强制措施',
  investigation_closed: '待提交法制审核或告知当事人',
  notified: '待陈述申辩、听证申请期满后提请决定',
  hearing: '待举行听证',
  decided: '待送达处罚决定书',
  served: '待报备当场处罚决定',
  execution: '待执行完毕后结案',
};

/** Why a case sits in the clerk's queue: the opinion it was sent back with, else what its stage awaits. */
function clerkNote(q: Queries, caseId: number, stage: string): string {
  const last = q.latestEvent.get(caseId);
  const prefix = last ? RETURN_PREFIX[last.type] : undefined;
  if (last && prefix) {
    const opinion = (JSON.parse(last.data) as { opinion?: unknown }).opinion;
    return prefix + (typeof opinion === 'string' ? opinion : '');
  }
  return CLERK_NEXT[stage] ?? `待办理（${labelOf(CASE_STAGES, stage)}）`;
}

/** The part the signed-in person plays in the cases of their queue. */
const REASONS: Readonly<Record<Awaiting, string>> = {
  // Only the officers handling a case are given it (see `mine`): the clerk is there as 承办.
  clerk: '承办',
  reviewer: '法制审核',
  head: '负责人审批',
  archivist: '立卷归档',
};

export async function dashboard(db: Database, session: Session, clock: Clock, limit: number): Promise<Dashboard> {
  const started = performance.now();
  const today = clock.now().slice(0, 10);
  return db.read(async (m) => {
    const { alertDays } = await getProcedureSettings(m);
    const q = queries(db.raw());
    const until = plusDays(today, alertDays);
    const item = (r: DueRow): DueItem => ({ ...r, daysLeft: daysLeft(today, r.dueOn) });

    const overdueCount = q.overdueCount.get({ today }) ?? 0;
    const due = q.dueCounts.get({ today, until });

    let queue: Dashboard['queue'] = [];
    let queueTotal = 0;
    const role = session.role;
    if (role === 'clerk') {
      const who = { officer: session.officerId };
      queue = q.clerkQueue.all({ ...who, limit }).map((r) => ({ ...r, reason: REASONS.clerk, note: clerkNote(q, r.caseId, r.stage) }));
      queueTotal = q.clerkQueueCount.get(who) ?? 0;
    } else if (role === 'reviewer' || role === 'head' || role === 'archivist') {
      const note = (stage: string) => (role === 'reviewer' ? '待法制审核' : role === 'archivist' ? '待立卷归档' : headNote(stage));
      queue = q.queue.all({ role, limit }).map((r) => ({ ...r, reason: REASONS[role], note: note(r.stage) }));
      queueTotal = q.queueCount.get({ role }) ?? 0;
    }

    // Whose officers' lapses show here: the clerk's own cases, every open case for the head.
    const certificateWarnings = role === 'clerk' || role === 'head' ? await warningsIn(m, session, today, { lapsesOnly: true }) : [];

    return {
      today,
      alertDays,
      counts: { overdue: overdueCount, dueToday: due?.dueToday ?? 0, dueSoon: due?.dueSoon ?? 0, open: overdueCount + (due?.upcoming ?? 0) },
      overdue: q.overdue.all({ today, limit }).map(item),
      dueSoon: q.dueSoon.all({ today, until, limit }).map(item),
      queue,
      queueTotal,
      certificateWarnings,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
    };
  });
}
