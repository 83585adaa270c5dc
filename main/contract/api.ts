/**
 * The one list of every renderer→backend call and backend→renderer event. Electron IPC, the
 * browser host and tests all bind this table through the same dispatcher; nothing else
 * crosses the boundary.
 */
import { z } from 'zod';
import type { Role } from './domain';
import { CATEGORY_CODES } from './domain';
import * as au from './audit';
import * as cat from './catalog';
import * as d from './documents';
import * as idc from './idcard';
import * as pe from './people';
import * as pr from './procedure';
import * as s from './schemas';

/** Who may make a call: anyone (before login), any signed-in account, or the listed roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

/**
 * What a call touches, for the per-case rule in the service layer (`main/services/access.ts`):
 * the object kind, the input field holding its id, and what the caller means to do with it —
 * `view` (read it), `draft` (make or change documents, record a read into it), `act` (perform a
 * procedural act). The dispatcher's role list is the first gate; this rule is the second, and a
 * test generated from this table calls every scoped call as every role.
 */
export interface CallScope {
  target: 'case' | 'document' | 'cardRead';
  key: string;
  intent: 'view' | 'draft' | 'act';
  /** The id may be absent (e.g. the office-wide audit log): the rule applies only when it is given. */
  optional?: boolean;
}

export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Changes data: the host serialises these and the audit log records them. */
  writes: boolean;
  /** Present on every call that takes a case, a document or a card read. */
  scope?: CallScope;
  /** May be made before a one-time password is changed (login, logout, the change itself). */
  beforePasswordChange?: boolean;
}

function call<I extends z.ZodType, O extends z.ZodType>(
  input: I, output: O, access: Access, writes = false, scope?: CallScope, beforePasswordChange = false,
): CallSpec<I, O> {
  return { input, output, access, writes, ...(scope ? { scope } : {}), ...(beforePasswordChange ? { beforePasswordChange } : {}) };
}

const onCase = (intent: CallScope['intent'], key = 'caseId'): CallScope => ({ target: 'case', key, intent });
const onDocument = (intent: CallScope['intent']): CallScope => ({ target: 'document', key: 'id', intent });
const onRead = (intent: CallScope['intent']): CallScope => ({ target: 'cardRead', key: 'readId', intent });

const empty = z.object({}).strict();
const id = z.number().int().positive();
const byId = z.object({ id }).strict();
const ALL_STAFF: readonly Role[] = ['clerk', 'reviewer', 'head', 'archivist', 'admin'];
/** Everyone who works on cases; the IT admin configures and never sees or drafts case content. */
const CASE_STAFF: readonly Role[] = ['clerk', 'reviewer', 'head', 'archivist'];
const DRAFTERS: readonly Role[] = ['clerk', 'head'];

export const calls = {
  'app.info': call(empty, s.appInfo, 'public', false, undefined, true),
  /** Whether this data directory still needs its first-run setup. */
  'setup.status': call(empty, pe.setupStatus, 'public', false, undefined, true),
  /** First start: creates the office and its first admin, and signs that admin in. Refused once an office exists. */
  'setup.complete': call(pe.setupInput, s.sessionInfo, 'public', true, undefined, true),
  'session.login': call(
    z
      .object({
        username: z.string().trim().min(1, '请输入用户名').max(50),
        password: z.string().min(1, '请输入密码').max(200),
        /** Stay signed in across restarts: the token is kept in the OS keychain, never on disk. */
        remember: z.boolean().default(false),
      })
      .strict(),
    s.sessionInfo,
    'public',
    false,
    undefined,
    true,
  ),
  'session.resume': call(z.object({ token: z.string().min(16).max(200) }).strict(), s.sessionInfo, 'public', false, undefined, true),
  /** Resumes the session this OS user asked to keep (token from the keychain), if any. */
  'session.restore': call(empty, s.sessionInfo, 'public', false, undefined, true),
  'session.logout': call(empty, z.object({}), 'signed-in', false, undefined, true),
  /** The user's own password; the only call open while a one-time password awaits its change. */
  'session.changePassword': call(
    z.object({ current: z.string().min(1, '请输入当前密码').max(200), next: pe.newPassword }).strict(),
    s.sessionInfo,
    'signed-in',
    true,
    undefined,
    true,
  ),
  'office.get': call(empty, s.office, 'signed-in', false, undefined, true),

  'accounts.list': call(empty, z.array(pe.accountRecord), ['admin']),
  'accounts.create': call(pe.accountCreateInput, pe.accountWithPassword, ['admin'], true),
  /** Name, role and officer link; a change of role ends the account's sessions. */
  'accounts.update': call(pe.accountUpdateInput, pe.accountRecord, ['admin'], true),
  /** Disables (ending its sessions at once) or re-enables an account. */
  'accounts.setActive': call(z.object({ id, active: z.boolean() }).strict(), pe.accountRecord, ['admin'], true),
  /** A new one-time password the user must change at the next login; ends the account's sessions. */
  'accounts.resetPassword': call(byId, pe.accountWithPassword, ['admin'], true),
  'accounts.unlock': call(byId, pe.accountRecord, ['admin'], true),
  'settings.access.get': call(empty, z.object({ settings: pe.accessSettings, defaults: pe.accessSettings }), ['admin']),
  'settings.access.update': call(pe.accessSettings.strict(), pe.accessSettings, ['admin'], true),

  /** 执法队伍: every officer with certificate, categories, status and training. */
  'officers.records': call(empty, z.array(pe.officerRecord), ['admin', 'head']),
  'officers.save': call(pe.officerSaveInput, pe.officerRecord, ['admin'], true),
  'officers.export': call(empty, pe.rosterExport, ['admin', 'head']),
  /** All-or-nothing: a file with any bad row changes nothing and reports every problem. */
  'officers.import': call(pe.rosterImportInput, pe.rosterImportResult, ['admin'], true),
  /** Certificates lapsed under open cases, and (admin, head) those expiring within the configured window. */
  'officers.warnings': call(empty, z.array(pe.certificateWarning), ALL_STAFF),
  'catalog.causes': call(z.object({ category: z.enum(CATEGORY_CODES).optional() }).strict(), z.array(s.cause), 'signed-in'),
  'officers.list': call(empty, z.array(s.officer), 'signed-in'),
  'cases.create': call(s.caseCreateInput, s.caseDetail, DRAFTERS, true),
  'cases.get': call(byId, s.caseDetail, CASE_STAFF, false, onCase('view', 'id')),
  'cases.search': call(s.caseQuery, s.casePage, CASE_STAFF),
  'numbering.preview': call(
    z.object({ category: z.enum(CATEGORY_CODES), year: z.number().int().min(2000).max(2100).optional() }).strict(),
    z.object({ caseNumber: z.string() }),
    DRAFTERS,
  ),
  'numbering.audit': call(z.object({ year: z.number().int().min(2000).max(2100) }).strict(), s.numberingAudit, ['head', 'admin', 'archivist']),
  'documents.forms': call(empty, z.array(d.formSummary), 'signed-in'),
  'documents.list': call(z.object({ caseId: z.number().int().positive() }).strict(), z.array(d.documentSummary), CASE_STAFF, false, onCase('view')),
  'documents.get': call(byId, d.documentDetail, CASE_STAFF, false, onDocument('view')),
  'documents.create': call(
    z
      .object({
        caseId: z.number().int().positive(),
        formId: z.number().int().min(1, '请选择文书').max(d.HIGHEST_FORM_ID, '请选择文书'),
        /** The party the document is for (a party of that case); the first party when left out. */
        partyId: z.number().int().positive().optional(),
      })
      .strict(),
    d.documentDetail,
    DRAFTERS,
    true,
    onCase('draft'),
  ),
  'documents.saveDraft': call(z.object({ id: z.number().int().positive(), data: d.documentData }).strict(), d.documentDetail, DRAFTERS, true, onDocument('draft')),
  /** Renders the given (unsaved) data, or the stored data, without storing anything. */
  'documents.preview': call(z.object({ id: z.number().int().positive(), data: d.documentData.optional() }).strict(), d.pdfFile, CASE_STAFF, false, onDocument('view')),
  'documents.issue': call(byId, d.documentDetail, DRAFTERS, true, onDocument('draft')),
  /** Starts a correction of an issued document: a new draft version that supersedes it once issued. */
  'documents.correct': call(z.object({ id: z.number().int().positive(), reason: d.correctionReason }).strict(), d.documentDetail, DRAFTERS, true, onDocument('draft')),
  /** Deletes a draft never issued (audited); returns what it was. An issued document is refused. */
  'documents.deleteDraft': call(byId, d.documentSummary, DRAFTERS, true, onDocument('draft')),
  'documents.download': call(byId, d.pdfFile, CASE_STAFF, false, onDocument('view')),
  'settings.documents.get': call(empty, z.object({ settings: d.documentSettings, notices: z.array(d.noticeInfo) }), ['admin', 'head']),
  'settings.documents.update': call(d.documentSettings.strict(), d.documentSettings, ['admin'], true),

  /** The case's procedure: facts, history, deadlines and the acts open to the caller's role. */
  'procedure.get': call(z.object({ caseId: id }).strict(), pr.procedureView, CASE_STAFF, false, onCase('view')),
  /**
   * Performs one procedural act. Who may perform which act is in `ACTIONS`; the service refuses
   * the others with FORBIDDEN, and an act the procedure does not allow now with PROC_GUARD.
   */
  'procedure.act': call(
    z.object({ caseId: id, caseVersion: z.number().int().positive(), action: pr.procedureAction }).strict(),
    pr.procedureView,
    ['clerk', 'reviewer', 'head', 'archivist'],
    true,
    onCase('act'),
  ),
  /** Deadlines due and overdue across the office, and the caller's queue (待审核 / 待批准 / 被退回 / 待归档). */
  'dashboard.get': call(z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(), pr.dashboard, ALL_STAFF),
  'calendar.list': call(z.object({ year: z.number().int().min(2000).max(2100) }).strict(), z.object({ year: z.number().int(), days: z.array(pr.calendarDay) }), ALL_STAFF),
  /** Marks a day a holiday or a working day, or (kind 'normal') returns it to the weekday rule; deadlines are recomputed. */
  'calendar.set': call(
    z.object({ day: s.isoDate, kind: z.enum(['holiday', 'workday', 'normal'], { error: '请选择日期类型' }), name: z.string().trim().max(20, '名称不能超过20个字').default('') }).strict(),
    z.object({ year: z.number().int(), days: z.array(pr.calendarDay), recomputed: z.number().int() }),
    ['admin'],
    true,
  ),
  'settings.procedure.get': call(
    empty,
    z.object({ settings: pr.procedureSettings, defaults: pr.procedureSettings, sources: z.record(z.string(), z.string()) }),
    ALL_STAFF,
  ),
  'settings.procedure.update': call(pr.procedureSettings.strict(), pr.procedureSettings, ['admin'], true),
  /** The whole catalogue as records (inactive rows too), for the admin's page. */
  'catalog.records': call(empty, z.array(cat.causeRecord), ['admin', 'head']),
  'catalog.export': call(z.object({ format: z.enum(cat.CATALOG_FORMATS, { error: '请选择文件格式' }) }).strict(), cat.catalogExport, ['admin', 'head']),
  /** All-or-nothing: a file with any bad row changes nothing and reports every problem. */
  'catalog.import': call(cat.catalogImportInput, cat.catalogImportResult, ['admin'], true),
  /** Adds or changes one 案由 with its tiers (audited), checked as an import row is. */
  'catalog.save': call(cat.catalogSaveInput, cat.causeRecord, ['admin'], true),
  /** Retires or restores one 案由 (audited); never deletes. */
  'catalog.setActive': call(cat.catalogSetActiveInput, cat.causeRecord, ['admin'], true),
  /** A case's audit trail (any staff), or the office's whole log (head, admin, archivist). */
  'audit.list': call(au.auditQuery, au.auditPage, ALL_STAFF, false, { ...onCase('view'), optional: true }),
  'audit.verify': call(empty, au.auditVerdict, ['head', 'admin', 'archivist']),

  /** The desk's ID-card reader: its state, as the status bar shows it. */
  'idcard.status': call(empty, idc.readerStatus, 'signed-in'),
  /**
   * A party form is open (`on`) or closed: while any window watches, the reader is asked every
   * `pollMs` whether a card was placed, and `idcard.status` reports `cardPresent`.
   */
  'idcard.watch': call(z.object({ on: z.boolean() }).strict(), idc.readerStatus, DRAFTERS),
  /** Reads the card on the reader now (find, select, read text and photo, appended address) and keeps the read. */
  'idcard.read': call(empty, idc.cardRead, DRAFTERS, true),
  /** The photo of a stored read, decoded through the vendor's library where one is installed. */
  'idcard.photo': call(z.object({ readId: id }).strict(), idc.cardPhoto, CASE_STAFF, true, onRead('view')),
  /** A read's 证件信息核对单 as a PDF for the case file: the fields as read and the photo (or why none); logged. */
  'idcard.sheet': call(z.object({ readId: id }).strict(), d.pdfFile, CASE_STAFF, true, onRead('view')),
  'idcard.simulator.get': call(empty, idc.simulatorState, DRAFTERS),
  /** Places or lifts a card, unplugs or plugs the simulated reader; refused unless the simulator is the reader. */
  'idcard.simulator.control': call(idc.simulatorControl, idc.simulatorState, DRAFTERS),
  'settings.devices.get': call(empty, z.object({ settings: idc.readerSettings, defaults: idc.readerSettings }), ['admin', 'head']),
  'settings.devices.update': call(idc.readerSettings.strict(), idc.readerSettings, ['admin'], true),
} as const satisfies Record<string, CallSpec>;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type CallParsedInput<K extends CallName> = z.output<Calls[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Calls[K]['output']>;
export const CALL_NAMES = Object.keys(calls) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name);
}

/** Events the backend pushes to every signed-in window. */
export const events = {
  'cases.changed': z.object({ id: z.number().int(), caseNumber: z.string() }),
  'documents.changed': z.object({ id: z.number().int(), caseId: z.number().int() }),
  /** The reader's state changed (plugged, unplugged, card placed, reading, failed). Carries no personal data. */
  'idcard.status': idc.readerStatus,
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** The shape a window's client sees, whatever carries the calls (Electron IPC or WebSocket). */
export interface ApiClient {
  invoke<K extends CallName>(name: K, input: CallInput<K>): Promise<import('./errors').Result<CallOutput<K>>>;
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
}
