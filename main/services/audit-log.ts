/** 执法全过程记录 as the API serves it: a case's trail or the office's log, newest first, and the chain's verdict. */
import type { Database } from '../../db/open';
import type { AuditChange, AuditEntryView, AuditPage, AuditVerdict } from '../contract/audit';
import { entityNames, presentChange, type EntityNames } from './audit-present';
import { AppError } from '../contract/errors';
import type { Role } from '../contract/domain';
import type { Session } from '../rpc/dispatcher';
import { actionLabel } from './audit-labels';
import { loadEraKeys, type AuditKeyStores } from './audit-key';
import { verifyAuditChain } from './audit-verify';
import type { Clock } from './clock';

/** Who may read the whole office's log, not only one case's trail. */
const OFFICE_LOG_ROLES: readonly Role[] = ['head', 'admin', 'archivist'];

interface ListedRow {
  id: number;
  at: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  detail: string;
  changes: string;
  hash: string;
}

const COLUMNS = 'id, at, actor_name AS actorName, action, entity, entity_id AS entityId, detail, changes, hash';

/**
 * A case's entries: the case row itself (registration and every procedural act), its documents,
 * and case events should a service ever log them under their own id. entity_id is text: the case id
 * is bound as a string and row ids are cast, so the comparison stays a text one and uses ix_audit_entity.
 */
const CASE_FILTER = `(
  (entity = 'case' AND entity_id = ?)
  OR (entity = 'document' AND entity_id IN (SELECT CAST(id AS TEXT) FROM document WHERE case_id = ?))
  OR (entity = 'case_event' AND entity_id IN (SELECT CAST(id AS TEXT) FROM case_event WHERE case_id = ?))
)`;

function parseChanges(text: string): AuditChange[] {
  if (text === '') return [];
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? (list as AuditChange[]) : [];
  } catch {
    // An unreadable changes text can only come from an edit behind the app's back; the verdict reports it.
    return [];
  }
}

function toView(r: ListedRow, names: EntityNames): AuditEntryView {
  const changes = parseChanges(r.changes);
  const formId = names.formOf(r);
  return {
    id: r.id,
    at: r.at,
    actorName: r.actorName,
    action: r.action,
    actionLabel: actionLabel(r.action),
    entity: r.entity,
    entityId: r.entityId,
    entityLabel: names.label(r, changes),
    note: r.detail,
    changes: changes.map((c) => presentChange(c, r.entity, formId)),
    hash: r.hash,
  };
}

export async function listAudit(
  db: Database,
  session: Session,
  query: { caseId?: number; entity?: string; beforeId?: number; limit: number },
): Promise<AuditPage> {
  if (query.caseId === undefined && !OFFICE_LOG_ROLES.includes(session.role)) {
    throw new AppError('FORBIDDEN', '只有负责人、系统管理员和档案管理员可以查看本单位的全部执法记录');
  }
  return db.read(async (m) => {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.caseId !== undefined) {
      const found = (await m.query('SELECT 1 AS x FROM enforcement_case WHERE id = ?', [query.caseId])) as unknown[];
      if (found.length === 0) throw new AppError('NOT_FOUND', '未找到该案件');
      where.push(CASE_FILTER);
      params.push(String(query.caseId), query.caseId, query.caseId);
    }
    if (query.entity !== undefined) {
      where.push('entity = ?');
      params.push(query.entity);
    }
    if (query.beforeId !== undefined) {
      where.push('id < ?');
      params.push(query.beforeId);
    }
    // One row more than asked tells whether an older page exists.
    const rows = (await m.query(
      `SELECT ${COLUMNS} FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
      [...params, query.limit + 1],
    )) as ListedRow[];
    const items = rows.slice(0, query.limit);
    const names = await entityNames(m, items);
    return { items: items.map((r) => toView(r, names)), hasMore: rows.length > query.limit };
  });
}

/**
 * Verifies the whole chain under the database lock, so no entry is appended half-way through the
 * walk. Reading appends nothing: a verification must leave the chain exactly as it found it. Each
 * era's key is looked up where the era says it is kept; an era whose key cannot be had is reported
 * as unchecked, never as intact.
 */
export async function verifyAudit(db: Database, clock: Clock, stores: AuditKeyStores): Promise<AuditVerdict> {
  return db.read(async () => {
    const started = performance.now();
    const keys = await loadEraKeys(db.raw(), stores);
    const verdict = verifyAuditChain(db.raw(), keys);
    const tookMs = Math.round((performance.now() - started) * 10) / 10;
    return { ...verdict, checkedAt: clock.now(), tookMs };
  });
}
