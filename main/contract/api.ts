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
import * as pr from './procedure';
import * as s from './schemas';

/** Who may make a call: anyone (before login), any signed-in account, or the listed roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Changes data: the host serialises these and the audit log records them. */
  writes: boolean;
}

function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, access: Access, writes = false): CallSpec<I, O> {
  return { input, output, access, writes };
}

const empty = z.object({}).strict();
const id = z.number().int().positive();
const byId = z.object({ id }).strict();
const ALL_STAFF: readonly Role[] = ['clerk', 'reviewer', 'head', 'archivist', 'admin'];
const DRAFTERS: readonly Role[] = ['clerk', 'head', 'admin'];

export const calls = {
  'app.info': call(empty, s.appInfo, 'public'),
  'session.login': call(
    z.object({ username: z.string().trim().min(1, '请输入用户名').max(50), password: z.string().min(1, '请输入密码').max(200) }).strict(),
    s.sessionInfo,
    'public',
  ),
  'session.resume': call(z.object({ token: z.string().min(16).max(200) }).strict(), s.sessionInfo, 'public'),
  'session.logout': call(empty, z.object({}), 'signed-in'),
  'office.get': call(empty, s.office, 'signed-in'),
  'catalog.causes': call(z.object({ category: z.enum(CATEGORY_CODES).optional() }).strict(), z.array(s.cause), 'signed-in'),
  'officers.list': call(empty, z.array(s.officer), 'signed-in'),
  'cases.create': call(s.caseCreateInput, s.caseDetail, ['clerk', 'head', 'admin'], true),
  'cases.get': call(byId, s.caseDetail, ALL_STAFF),
  'cases.search': call(s.caseQuery, s.casePage, ALL_STAFF),
  'numbering.preview': call(
    z.object({ category: z.enum(CATEGORY_CODES), year: z.number().int().min(2000).max(2100).optional() }).strict(),
    z.object({ caseNumber: z.string() }),
    ['clerk', 'head', 'admin'],
  ),
  'numbering.audit': call(z.object({ year: z.number().int().min(2000).max(2100) }).strict(), s.numberingAudit, ['head', 'admin', 'archivist']),
  'documents.forms': call(empty, z.array(d.formSummary), 'signed-in'),
  'documents.list': call(z.object({ caseId: z.number().int().positive() }).strict(), z.array(d.documentSummary), ALL_STAFF),
  'documents.get': call(byId, d.documentDetail, ALL_STAFF),
  'documents.create': call(
    z.object({ caseId: z.number().int().positive(), formId: z.number().int().min(1, '请选择文书').max(d.HIGHEST_FORM_ID, '请选择文书') }).strict(),
    d.documentDetail,
    DRAFTERS,
    true,
  ),
  'documents.saveDraft': call(z.object({ id: z.number().int().positive(), data: d.documentData }).strict(), d.documentDetail, DRAFTERS, true),
  /** Renders the given (unsaved) data, or the stored data, without storing anything. */
  'documents.preview': call(z.object({ id: z.number().int().positive(), data: d.documentData.optional() }).strict(), d.pdfFile, ALL_STAFF),
  'documents.issue': call(byId, d.documentDetail, DRAFTERS, true),
  /** Starts a correction of an issued document: a new draft version that supersedes it once issued. */
  'documents.correct': call(byId, d.documentDetail, DRAFTERS, true),
  'documents.download': call(byId, d.pdfFile, ALL_STAFF),
  'settings.documents.get': call(empty, z.object({ settings: d.documentSettings, notices: z.array(d.noticeInfo) }), ['admin', 'head']),
  'settings.documents.update': call(d.documentSettings.strict(), d.documentSettings, ['admin'], true),

  /** The case's procedure: facts, history, deadlines and the acts open to the caller's role. */
  'procedure.get': call(z.object({ caseId: id }).strict(), pr.procedureView, ALL_STAFF),
  /**
   * Performs one procedural act. Who may perform which act is in `ACTIONS`; the service refuses
   * the others with FORBIDDEN, and an act the procedure does not allow now with PROC_GUARD.
   */
  'procedure.act': call(
    z.object({ caseId: id, caseVersion: z.number().int().positive(), action: pr.procedureAction }).strict(),
    pr.procedureView,
    ['clerk', 'reviewer', 'head', 'archivist'],
    true,
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
  /** A case's audit trail (any staff), or the office's whole log (head, admin, archivist). */
  'audit.list': call(au.auditQuery, au.auditPage, ALL_STAFF),
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
  'idcard.photo': call(z.object({ readId: id }).strict(), idc.cardPhoto, ALL_STAFF),
  /** A read's 证件信息核对单 as a PDF for the case file: the fields as read and the photo (or why none); logged. */
  'idcard.sheet': call(z.object({ readId: id }).strict(), d.pdfFile, ALL_STAFF, true),
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
