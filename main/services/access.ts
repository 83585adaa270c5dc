/**
 * 按案授权: the rule every call that touches a case, its documents or a card read asks, after the
 * dispatcher's role check. A role says what kind of work a person does; the case says whether they
 * may do it here: a clerk drafts and acts only on the cases they handle (承办), the head on any,
 * the reviewer and the archivist do what their stage of the case asks of them, and the IT admin
 * configures the system without seeing or drafting case content (三员分立).
 *
 * `scopedHandlers` applies the rule to every call the contract gives a `scope`, so a handler cannot
 * forget it; services that write re-ask it inside their transaction, so the verdict holds at the
 * moment of writing, and services whose answer depends on the caller (the case's `access`, the acts
 * offered) read it through `refusalOf`.
 */
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/open';
import { calls, CALL_NAMES, type CallScope, type CallSpec } from '../contract/api';
import { CASE_STAGES, type CaseStage, type Role } from '../contract/domain';
import { AppError, ERROR_MESSAGES, type ErrorCode } from '../contract/errors';
import type { CaseAccess } from '../contract/schemas';
import type { Connection, Handlers, Session } from '../rpc/dispatcher';
import { readOwnership } from './card-reads';

export type Target = CallScope['target'];
export type Intent = CallScope['intent'];

/** What the rule reads of a case. */
export interface AccessFacts {
  caseId: number;
  caseNumber: string;
  stage: CaseStage;
  /** The handling officers (承办人员), in the case's order; names only where the caller loaded them. */
  officers: readonly { id: number; name?: string }[];
}

/** Who the rule is asked about: a session, or the part of one it reads. */
export type Viewer = Pick<Session, 'accountId' | 'role' | 'officerId'>;

export interface Refusal {
  code: ErrorCode;
  message: string;
}

/** What a granted call learns of its object: the case it belongs to (none for an unlinked card read). */
export interface Grant {
  caseId: number | null;
  facts: AccessFacts | null;
}

/** From 结案 on, and once revoked or transferred, the case is the archivist's business. */
export const ARCHIVIST_STAGES: readonly CaseStage[] = ['closed', 'archived', 'revoked', 'transferred_out'];
const FINISHED: ReadonlySet<CaseStage> = new Set(ARCHIVIST_STAGES);
/** Nothing is drafted, changed or issued on a case that has left the office's hands. */
const SEALED: ReadonlySet<CaseStage> = new Set<CaseStage>(['archived', 'revoked', 'transferred_out']);
/** The roles that make documents: a handling clerk, or the head on any case. */
const DRAFTING_ROLES: ReadonlySet<Role> = new Set<Role>(['clerk', 'head']);

const stageLabel = (stage: CaseStage) => CASE_STAGES.find((s) => s.code === stage)?.label ?? stage;

function handles(v: Viewer, facts: AccessFacts): boolean {
  return v.officerId !== null && facts.officers.some((o) => o.id === v.officerId);
}

function notHandler(v: Viewer, facts: AccessFacts, what: string): Refusal {
  if (v.role === 'clerk' && v.officerId === null) {
    return { code: 'CASE_NOT_HANDLER', message: `您的账户未关联执法人员，不能${what}案件 ${facts.caseNumber}（本单位权限规则：案件由承办人员办理）` };
  }
  const names = facts.officers.map((o) => o.name).filter(Boolean);
  return {
    code: 'CASE_NOT_HANDLER',
    message: `您不是案件 ${facts.caseNumber} 的承办人员，只能查看，不能${what}${names.length ? `；本案承办人员：${names.join('、')}` : ''}（本单位权限规则：案件由承办人员办理）`,
  };
}

/**
 * Why `v` may not do `intent` on the case, or null when the rule allows it. For `act`, null means
 * only that the rule lets the caller ask: which acts the role performs at this point is the
 * procedure machine's to say (ACTIONS, applyAction), on a closed or sealed case too.
 */
export function refusalOf(v: Viewer, facts: AccessFacts, intent: Intent): Refusal | null {
  if (v.role === 'admin') return { code: 'ADMIN_NO_CASEWORK', message: ERROR_MESSAGES.ADMIN_NO_CASEWORK };
  if (v.role === 'archivist' && !FINISHED.has(facts.stage)) {
    return {
      code: 'CASE_NOT_VISIBLE',
      message: `档案管理员在案件结案后方可查看；案件 ${facts.caseNumber} 当前处于${stageLabel(facts.stage)}环节（本单位权限规则：按案件环节授权）`,
    };
  }
  if (intent === 'view') return null;
  if (intent === 'draft') {
    if (SEALED.has(facts.stage)) {
      return { code: 'CASE_NOT_DRAFTABLE', message: `案件 ${facts.caseNumber} 已${stageLabel(facts.stage)}，不能再制作、修改或签发文书` };
    }
    if (!DRAFTING_ROLES.has(v.role)) {
      return { code: 'FORBIDDEN', message: '法制审核员和档案管理员不制作文书；文书由本案承办人员或负责人制作' };
    }
    if (v.role === 'head' || handles(v, facts)) return null;
    return notHandler(v, facts, '制作、修改或签发文书');
  }
  if (v.role === 'clerk' && !handles(v, facts)) return notHandler(v, facts, '办理');
  return null;
}

/** The caller's rights on a case as the case page shows them: read-only when neither is open. */
export function caseAccess(v: Viewer, facts: AccessFacts): CaseAccess {
  const draft = refusalOf(v, facts, 'draft');
  const act = refusalOf(v, facts, 'act');
  return { draft: draft === null, act: act === null, reason: (draft ?? act)?.message ?? '' };
}

/** The case's number, stage and handling officers (with names, for the refusal's message). */
export async function loadCaseFacts(m: EntityManager, caseId: number): Promise<AccessFacts | null> {
  const rows = (await m.query(
    `SELECT c.case_number AS caseNumber, c.stage, co.officer_id AS officerId, o.name AS officerName
     FROM enforcement_case c
     LEFT JOIN case_officer co ON co.case_id = c.id
     LEFT JOIN officer o ON o.id = co.officer_id
     WHERE c.id = ? ORDER BY co.ordinal`,
    [caseId],
  )) as { caseNumber: string; stage: CaseStage; officerId: number | null; officerName: string | null }[];
  if (!rows.length) return null;
  return {
    caseId,
    caseNumber: rows[0].caseNumber,
    stage: rows[0].stage,
    officers: rows.filter((r) => r.officerId !== null).map((r) => ({ id: r.officerId!, name: r.officerName ?? '' })),
  };
}

async function authorizeCase(m: EntityManager, v: Viewer, caseId: number, intent: Intent): Promise<Grant> {
  const facts = await loadCaseFacts(m, caseId);
  if (!facts) throw new AppError('NOT_FOUND', '未找到该案件');
  const no = refusalOf(v, facts, intent);
  if (no) throw new AppError(no.code, no.message);
  return { caseId, facts };
}

/**
 * Asks the rule and throws the refusal as an AppError; answers what the object belongs to.
 * A card read is the business of the account that made it, and once it became a party's, of whoever
 * may do as much on that party's case.
 */
export async function authorize(m: EntityManager, v: Viewer, target: Target, id: number, intent: Intent): Promise<Grant> {
  // The admin is refused before anything is looked up: not even whether the object exists.
  if (v.role === 'admin') throw new AppError('ADMIN_NO_CASEWORK');
  switch (target) {
    case 'case':
      return authorizeCase(m, v, id, intent);
    case 'document': {
      const rows = (await m.query('SELECT case_id AS caseId FROM document WHERE id = ?', [id])) as { caseId: number }[];
      if (!rows.length) throw new AppError('NOT_FOUND', '未找到该文书');
      return authorizeCase(m, v, rows[0].caseId, intent);
    }
    case 'cardRead': {
      const read = await readOwnership(m, id);
      if (!read) throw new AppError('NOT_FOUND', '未找到该读卡记录');
      const facts = read.caseId === null ? null : await loadCaseFacts(m, read.caseId);
      if (read.accountId === v.accountId) return { caseId: read.caseId, facts };
      if (facts && refusalOf(v, facts, intent) === null) return { caseId: read.caseId, facts };
      // Which case the read went into is not said: that too is the case's.
      throw new AppError('CARD_READ_NOT_YOURS');
    }
  }
}

type AnyHandler = (input: unknown, conn: Connection) => Promise<unknown>;

/**
 * Wraps every handler whose call the contract scopes so that it asks the rule first, with the id
 * from the field the scope names. Driven by the contract, so a new scoped call is covered without
 * a line here; an optional scope (the office-wide audit log) applies only when the id is given.
 */
export function scopedHandlers(db: Database, handlers: Handlers): Handlers {
  const out: Record<string, AnyHandler> = { ...(handlers as unknown as Record<string, AnyHandler>) };
  for (const name of CALL_NAMES) {
    const scope = (calls[name] as CallSpec).scope;
    if (!scope) continue;
    const inner = out[name];
    out[name] = async (input, conn) => {
      if (!conn.session) throw new AppError('NOT_AUTHENTICATED');
      const session = conn.session;
      const id = (input as Record<string, unknown>)[scope.key];
      if (id === undefined && scope.optional) return inner(input, conn);
      if (typeof id !== 'number') throw new AppError('INTERNAL', `调用 ${name} 缺少授权所需的 ${scope.key}`);
      await db.read((m) => authorize(m, session, scope.target, id, scope.intent));
      return inner(input, conn);
    };
  }
  return out as unknown as Handlers;
}
