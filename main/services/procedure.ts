/**
 * 办案程序: performs procedural acts on a case. One act is one transaction: the guards are
 * checked against the case as it is inside the transaction, then the new facts, stage and queue,
 * the event, the audit entry, the sync outbox and the deadlines are written together.
 */
import type { EntityManager } from 'typeorm';
import { CaseDeadlineRow, CaseEventRow, CaseRow, CauseRow, OfficerRow, PartyRow } from '../../db/entities';
import type { Database } from '../../db/open';
import type { CallParsedInput } from '../contract/api';
import { AppError } from '../contract/errors';
import { ACTIONS, type CaseEvent, type Deadline, type ProcedureView } from '../contract/procedure';
import type { DocumentData } from '../contract/documents';
import { applyAction, availableActions, type CaseFacts, type MachineContext } from '../procedure/machine';
import { lateFee, type Periods } from '../procedure/deadlines';
import { requirementsOf } from '../procedure/requirements';
import { outstanding, stageOf } from '../procedure/stage';
import { officerQualification } from '../procedure/officer-qualification';
import type { Session } from '../rpc/dispatcher';
import { refusalOf, type AccessFacts } from './access';
import { auditActor } from './actor';
import { appendAudit } from './audit';
import { toCause } from './cases';
import type { Clock } from './clock';
import { loadCalendar, readProcedureState, refreshCaseDeadlines } from './deadlines';
import { credentialsOf, CREDENTIAL_COLUMNS } from './officers';
import { enqueueOutbox } from './outbox';
import { getProcedureSettings } from './procedure-settings';

export interface ProcedureDeps {
  db: Database;
  clock: Clock;
}

type ActInput = CallParsedInput<'procedure.act'>;

/** The case's facts, settings and calendar as the machine and the document rules read them. */
export async function loadContext(m: EntityManager, caseId: number, today: string): Promise<{ row: CaseRow; ctx: MachineContext }> {
  const row = await m.findOneBy(CaseRow, { id: caseId });
  if (!row) throw new AppError('NOT_FOUND', '未找到该案件');
  const cause = await m.findOneByOrFail(CauseRow, { id: row.causeId });
  const first = await m.findOne(PartyRow, { where: { caseId }, order: { ordinal: 'ASC' }, select: { kind: true } });
  const officers = (
    (await m.query(`SELECT o.id, ${CREDENTIAL_COLUMNS} FROM case_officer co JOIN officer o ON o.id = co.officer_id WHERE co.case_id = ? ORDER BY co.ordinal`, [
      caseId,
    ])) as ({ id: number } & Parameters<typeof credentialsOf>[0])[]
  ).map((o) => ({ id: o.id, ...credentialsOf(o) }));
  const issuedRows = (await m.query(
    "SELECT form_id AS formId, COUNT(*) AS n FROM document WHERE case_id = ? AND status = 'issued' GROUP BY form_id",
    [caseId],
  )) as { formId: number; n: number }[];
  const latestIssued = (await m.query(
    "SELECT form_id AS formId, data FROM document WHERE case_id = ? AND status = 'issued' ORDER BY issued_at, id",
    [caseId],
  )) as { formId: number; data: string }[];
  const facts: CaseFacts = {
    procedure: row.procedure,
    registeredOn: row.registeredAt.slice(0, 10),
    partyKind: first?.kind ?? 'individual',
    validOfficers: officers.filter((o) => officerQualification(o, row.category, today, 'act').qualified).length,
    officerIds: officers.map((o) => o.id),
    officers,
    cause: toCause(cause),
    occurredOn: row.occurredAt.slice(0, 10),
    issued: Object.fromEntries(issuedRows.map((r) => [r.formId, Number(r.n)])),
    // Later rows overwrite earlier ones: each form's latest issued document.
    documents: Object.fromEntries(latestIssued.map((r) => [r.formId, JSON.parse(r.data) as DocumentData])),
  };
  const settings = await getProcedureSettings(m);
  const periods: Periods = { settings, calendar: await loadCalendar(m) };
  return { row, ctx: { facts, state: readProcedureState(row.procedureState), settings, periods, today } };
}

/** The case as the access rule reads it, from what the procedure loaded anyway. */
const accessFacts = (row: CaseRow, ctx: MachineContext): AccessFacts => ({
  caseId: row.id, caseNumber: row.caseNumber, stage: row.stage, officers: ctx.facts.officerIds.map((id) => ({ id })),
});

async function view(m: EntityManager, session: Session, caseId: number, today: string): Promise<ProcedureView> {
  const { row, ctx } = await loadContext(m, caseId, today);
  const seeing = refusalOf(session, accessFacts(row, ctx), 'view');
  if (seeing) throw new AppError(seeing.code, seeing.message);
  // A clerk not on the case reads its procedure but is offered no act (the rule refuses them all).
  const mayAct = refusalOf(session, accessFacts(row, ctx), 'act') === null;
  const events = await m.find(CaseEventRow, { where: { caseId }, order: { id: 'ASC' } });
  const deadlines = await m.find(CaseDeadlineRow, { where: { caseId }, order: { dueOn: 'ASC', kind: 'ASC', seq: 'ASC' } });
  return {
    caseId,
    caseNumber: row.caseNumber,
    caseVersion: row.version,
    procedure: row.procedure,
    stage: row.stage,
    awaiting: row.awaiting,
    state: ctx.state,
    events: events.map(
      (e): CaseEvent => ({
        id: e.id, type: e.type as CaseEvent['type'], on: e.onDate, data: JSON.parse(e.data) as Record<string, unknown>,
        actorName: e.actorName, actorRole: e.actorRole, at: e.at,
      }),
    ),
    deadlines: deadlines.map(
      (d): Deadline => ({ kind: d.kind as Deadline['kind'], fromOn: d.fromOn, dueOn: d.dueOn, rule: d.rule, status: d.status, metOn: d.metOn }),
    ),
    actions: mayAct ? availableActions(ctx, session.role) : [],
    requirements: requirementsOf(row.procedure, ctx.state, ctx.facts.partyKind, ctx.settings),
    lateFee: lateFee(ctx.periods, ctx.state, today),
    outstanding: outstanding(ctx.state),
    today,
  };
}

export function getProcedure(d: ProcedureDeps, session: Session, caseId: number): Promise<ProcedureView> {
  return d.db.read((m) => view(m, session, caseId, d.clock.now().slice(0, 10)));
}

/** A short Chinese line for the audit log: the act and what it decided. */
function noteOf(caseNumber: string, input: ActInput['action']): string {
  const label = ACTIONS[input.type].label;
  const detail =
    'opinion' in input && input.opinion ? `：${input.opinion}` : 'reason' in input && input.reason ? `：${input.reason}` : '';
  return `${caseNumber} ${label}${detail}`.slice(0, 500);
}

/** 听证主持人: an officer of the office, qualified on the day the hearing is scheduled (行政处罚法 第四十二、六十四条). */
async function checkHearingHost(m: EntityManager, officerId: number, category: CaseRow['category'], on: string): Promise<void> {
  const host = await m.findOneBy(OfficerRow, { id: officerId });
  if (!host) throw new AppError('PROC_GUARD', '请选择听证主持人', [{ path: 'action.hostOfficerId', message: '请选择听证主持人' }]);
  // Newly named to the hearing: asked as an assignment.
  const q = officerQualification(credentialsOf(host), category, on);
  if (!q.qualified) {
    throw new AppError('OFFICER_NOT_QUALIFIED', `${q.message}，不能主持听证（行政处罚法 第四十二条）`, [{ path: 'action.hostOfficerId', message: q.message }]);
  }
}

export async function actOnCase(d: ProcedureDeps, session: Session, input: ActInput): Promise<ProcedureView> {
  const now = d.clock.now();
  const today = now.slice(0, 10);
  await d.db.write(async (m) => {
    const { row, ctx } = await loadContext(m, input.caseId, today);
    // Asked again inside the transaction: who handles the case is read as it is when the act is written.
    const refused = refusalOf(session, accessFacts(row, ctx), 'act');
    if (refused) throw new AppError(refused.code, refused.message);
    if (row.version !== input.caseVersion) throw new AppError('CONFLICT', '案件已被他人更新，请刷新后重试');
    const next = applyAction(ctx, session.role, input.action);
    if (input.action.type === 'schedule_hearing') await checkHearingHost(m, input.action.hostOfficerId, row.category, input.action.on);
    const { stage, awaiting } = stageOf(row.procedure, next);
    const stateJson = JSON.stringify(next);
    await m.update(
      CaseRow,
      { id: row.id, version: row.version },
      {
        procedureState: stateJson,
        stage,
        awaiting,
        awaitingSince: awaiting === row.awaiting && stage === row.stage ? row.awaitingSince : awaiting ? now : null,
        version: row.version + 1,
        updatedAt: now,
      },
    );
    const { type, on, ...data } = input.action;
    await m.insert(CaseEventRow, {
      caseId: row.id, type, onDate: on, data: JSON.stringify(data), actorId: session.accountId,
      actorName: session.displayName, actorRole: session.role, at: now,
    });
    await appendAudit(m, {
      actor: auditActor(session),
      at: now,
      action: `procedure.${type}`,
      entity: 'case',
      entityId: row.id,
      before: { stage: row.stage, procedure: ctx.state },
      after: { stage, procedure: next },
      note: noteOf(row.caseNumber, input.action),
    });
    await enqueueOutbox(m, { entity: 'case_event', entityId: row.caseNumber, op: 'create', payload: { caseUid: row.uid, type, on, data }, at: now });
    await refreshCaseDeadlines(m, row.id, ctx.periods);
  });
  return getProcedure(d, session, input.caseId);
}
