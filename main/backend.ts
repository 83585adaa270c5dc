/**
 * The workstation's backend, independent of what hosts it (Electron utility process, browser
 * host, tests): opens the case store, seeds the demo office on first start and binds every
 * call of the contract to its service.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, SCHEMA_VERSION, type Database } from '../db/open';
import type { EventName, EventPayload } from './contract/api';
import { AppError } from './contract/errors';
import { createDispatcher, logWithoutData, type Connection, type Dispatch, type Handlers } from './rpc/dispatcher';
import {
  changeOwnPassword, createAccount, listAccounts, officeInfo, resetAccountPassword, sessionInfo, setAccountActive, unlockAccount, updateAccount,
} from './services/accounts';
import { login, logout, restore, resume, type AccessDeps } from './services/login';
import { completeSetup, setupNeeded } from './services/setup';
import { openSystemKeychain } from './security/os-keychain';
import { auditActor } from './services/actor';
import { createCase, getCase, listOfficers, nextCaseNumber, searchCases, toCause, withAccess } from './services/cases';
import { scopedHandlers } from './services/access';
import { clockMs, systemClock, type Clock } from './services/clock';
import { isSeeded, seedDemoOffice } from './services/seed';
import { SessionStore, sessionLimits } from './services/sessions';
import { auditNumbering } from './services/numbering-audit';
import { CauseRow, OfficeRow } from '../db/entities';
import { createDocumentEngine, type DocumentEngine } from './services/document-engine';
import {
  correctDocument, createDocument, deleteDraft, documentSettings, downloadDocument, getDocument, issueDocument, listDocuments, noticeCatalogue,
  previewDocument, saveDraft, updateDocumentSettings,
  type DocumentDeps,
} from './services/documents';
import { BlobStore } from './storage/blob-store';
import { listAudit, verifyAudit } from './services/audit-log';
import { defaultKeyDir, startAuditKeys, type AuditKeyStores } from './services/audit-key';
import { exportCatalog, importCatalog, listCauseRecords, saveCause, setCauseActive } from './services/catalog';
import { listCalendar, setCalendarDay } from './services/calendar';
import { dashboard } from './services/dashboard';
import { recomputeAllDeadlines, recountAfterMigration } from './services/deadlines';
import { actOnCase, getProcedure, type ProcedureDeps } from './services/procedure';
import { getProcedureSettings, updateProcedureSettings } from './services/procedure-settings';
import { DEFAULT_PROCEDURE_SETTINGS, PROCEDURE_SETTING_SOURCES } from './contract/procedure';
import { IdCardReaderService, type ReaderServiceOptions } from './devices/idcard/reader-service';
import { defaultReaderSettings, getReaderSettings, updateReaderSettings } from './services/device-settings';
import { cardPhoto, cardSheet, photoUnavailableReason, readCard } from './services/idcard';
import { useDecoderLauncher, type DecoderLauncher } from './devices/idcard/photo-decoder/photo-decoder';
import { startCardReadPurge } from './services/card-read-purge';
import type { Keychain } from './security/keychain';
import { getAccessSettings, updateAccessSettings } from './services/access-settings';
import { certificateWarnings, exportRoster, importRoster, listOfficerRecords, saveOfficer } from './services/officers';
import { DEFAULT_ACCESS_SETTINGS } from './contract/people';

export const APP_VERSION = '0.1.0';

export interface BackendOptions {
  dataDir: string;
  host: 'electron' | 'browser';
  resourcesDir?: string;
  clock?: Clock;
  /** Sample cases to create with the demo office on first start. */
  demoCases?: number;
  /** Form definitions + PDF renderer; the shipped engine unless a test brings its own. */
  documentEngine?: DocumentEngine;
  log?: (msg: string, err?: unknown) => void;
  /** ID-card reader: simulator latency, time-outs, a USB bus for tests. */
  reader?: Omit<ReaderServiceOptions, 'onStatus' | 'log'>;
  /**
   * Seed the demo office (演示单位, sample data, demo accounts) when the data directory is empty.
   * Only `npm start` without a data directory and the tests ask for it; otherwise an empty data
   * directory opens on the first-run setup.
   */
  demo?: boolean;
  /** Where secrets live; the OS keychain unless a test brings its own. */
  keychain?: Keychain;
  /**
   * Where the audit chain's key is kept when no keychain is reachable: a 0700 folder of 0600 files
   * outside the data directory; `<dataDir>-keys` beside it unless given (services/audit-key.ts).
   */
  keyDir?: string;
  /**
   * How the photo decoder's child process is started: a Node fork unless the host brings its own
   * (the Electron host, with RunAsNode fused off, passes one over utilityProcess.fork).
   */
  decoderLauncher?: DecoderLauncher;
  /** How often unlinked card reads older than 24 h are purged; hourly unless a test wants it sooner. */
  cardReadPurgeMs?: number;
}

export type EventSink = <K extends EventName>(name: K, payload: EventPayload<K>) => void;

export interface Backend {
  readonly db: Database;
  dispatch: Dispatch;
  /** Subscribes to events for every connection; returns the unsubscribe function. */
  onEvent(sink: EventSink): () => void;
  /** A window's connection ended: drops what it had asked for (e.g. watching the card reader). */
  release(conn: Connection): void;
  /** Whether the connection's session is live now (not ended by an admin, not expired): only such windows hear events. */
  signedIn(conn: Connection): boolean;
  close(): Promise<void>;
}

export function databaseFile(dataDir: string): string {
  return path.join(dataDir, 'workstation.sqlite');
}

/** The shipped resources folder, found by walking up from this file (source tree, build output and app bundle differ in depth). */
export function findResourcesDir(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'resources', 'catalog', 'causes.json'))) return path.join(dir, 'resources');
    if (path.dirname(dir) === dir) throw new Error(`resources folder not found above ${from}`);
  }
}

export async function createBackend(opts: BackendOptions): Promise<Backend> {
  const clock = opts.clock ?? systemClock;
  const resourcesDir = opts.resourcesDir ?? findResourcesDir();
  const db = await openDatabase(databaseFile(opts.dataDir));
  const keychain = opts.keychain ?? openSystemKeychain();
  // The audit key before anything is written: the recount and the demo seed are signed too.
  const auditKeys: AuditKeyStores = { keychain, keyDir: opts.keyDir ?? defaultKeyDir(opts.dataDir) };
  await startAuditKeys(db, auditKeys, clock);
  await recountAfterMigration(db);
  if (opts.demo && !(await isSeeded(db))) {
    await seedDemoOffice(db, { resourcesDir, clock, sampleCases: opts.demoCases ?? 40 });
  }
  const sessions = new SessionStore(() => clockMs(clock), sessionLimits(await db.read((m) => getAccessSettings(m))));
  sessions.start();
  const access: AccessDeps = { db, clock, sessions, keychain };
  const blobs = new BlobStore(path.join(opts.dataDir, 'blobs'));
  blobs.tightenExisting();
  const docs: DocumentDeps = {
    db,
    engine: opts.documentEngine ?? createDocumentEngine(),
    blobs,
    clock,
  };
  const proc: ProcedureDeps = { db, clock };
  const sinks = new Set<EventSink>();
  const emit: EventSink = (name, payload) => {
    for (const s of sinks) s(name, payload);
  };
  const log = opts.log ?? logWithoutData;
  if (opts.decoderLauncher) useDecoderLauncher(opts.decoderLauncher);
  const purge = startCardReadPurge({ db, clock, intervalMs: opts.cardReadPurgeMs, log });
  const reader = new IdCardReaderService({ ...opts.reader, onStatus: (status) => emit('idcard.status', status), log });
  const readerSettings = () => db.read((m) => getReaderSettings(m));
  const applyReaderSettings = async () => {
    const s = await readerSettings();
    await reader.configure(s);
    reader.setPhotoUnavailable(await photoUnavailableReason(s));
  };
  await applyReaderSettings();
  const signedIn = (conn: Connection) => {
    if (!conn.session) throw new AppError('NOT_AUTHENTICATED');
    return conn.session;
  };

  const handlers: Handlers = {
    'app.info': async () => {
      const office = await db.read((m) => m.findOneBy(OfficeRow, { id: 1 }));
      const k = await keychain.status();
      return {
        version: APP_VERSION, schemaVersion: SCHEMA_VERSION, dataDir: opts.dataDir, host: opts.host,
        setupNeeded: !office, demo: office?.demo ?? false,
        keychain: { available: k.ok, kind: k.kind, message: k.ok ? '' : k.reason },
        rememberAllowed: office ? (await db.read((m) => getAccessSettings(m))).allowRemember : false,
      };
    },
    'setup.status': async () => ({ needed: await setupNeeded(db) }),
    'setup.complete': async (input, conn) => {
      conn.session = await completeSetup({ ...access, resourcesDir }, input);
      return sessionInfo(db, conn.session);
    },
    'session.restore': async (_input, conn) => {
      conn.session = await restore(access);
      return sessionInfo(db, conn.session);
    },
    'session.changePassword': (input, conn) => changeOwnPassword(access, signedIn(conn), input),
    'accounts.list': (_input, conn) => listAccounts(access, signedIn(conn)),
    'accounts.create': (input, conn) => createAccount(access, signedIn(conn), input),
    'accounts.update': (input, conn) => updateAccount(access, signedIn(conn), input),
    'accounts.setActive': (input, conn) => setAccountActive(access, signedIn(conn), input),
    'accounts.resetPassword': (input, conn) => resetAccountPassword(access, signedIn(conn), input.id),
    'accounts.unlock': (input, conn) => unlockAccount(access, signedIn(conn), input.id),
    'settings.access.get': async () => ({ settings: await db.read((m) => getAccessSettings(m)), defaults: DEFAULT_ACCESS_SETTINGS }),
    'settings.access.update': async (input, conn) => {
      const saved = await updateAccessSettings(db, auditActor(signedIn(conn)), clock, input);
      sessions.configure(sessionLimits(saved));
      return saved;
    },
    'officers.records': () => listOfficerRecords(db),
    'officers.save': (input, conn) => saveOfficer(db, auditActor(signedIn(conn)), clock, input),
    'officers.export': () => exportRoster(db, clock),
    'officers.import': (input, conn) => importRoster(db, auditActor(signedIn(conn)), clock, input),
    'officers.warnings': (_input, conn) => certificateWarnings(db, signedIn(conn), clock),
    'session.login': async (input, conn) => {
      conn.session = await login(access, conn, input);
      return sessionInfo(db, conn.session);
    },
    'session.resume': async (input, conn) => {
      conn.session = await resume(access, input.token);
      return sessionInfo(db, conn.session);
    },
    'session.logout': async (_input, conn) => {
      await logout(access, signedIn(conn));
      conn.session = null;
      return {};
    },
    'office.get': () => officeInfo(db),
    'catalog.causes': (input) =>
      db.read(async (m) =>
        (await m.find(CauseRow, { where: { active: true, ...(input.category ? { category: input.category } : {}) }, order: { code: 'ASC' } })).map(toCause),
      ),
    'officers.list': () => listOfficers(db, clock),
    'cases.create': async (input, conn) => {
      const detail = await createCase(db, auditActor(signedIn(conn)), input, clock);
      emit('cases.changed', { id: detail.id, caseNumber: detail.caseNumber });
      return withAccess(detail, signedIn(conn));
    },
    'cases.get': (input, conn) => getCase(db, input.id, signedIn(conn)),
    'cases.search': (input, conn) => searchCases(db, input, signedIn(conn)),
    'numbering.preview': async (input) => {
      const year = input.year ?? Number(clock.now().slice(0, 4));
      return { caseNumber: (await db.read((m) => nextCaseNumber(m, input.category, year))).caseNumber };
    },
    'numbering.audit': (input) => auditNumbering(db, input.year),
    'documents.forms': async () => docs.engine.forms(),
    'documents.list': (input) => listDocuments(docs, input.caseId),
    'documents.get': (input) => getDocument(docs, input.id),
    'documents.create': async (input, conn) => {
      const doc = await createDocument(docs, signedIn(conn), input.caseId, input.formId, input.partyId);
      emit('documents.changed', { id: doc.id, caseId: doc.caseId });
      return doc;
    },
    'documents.saveDraft': async (input, conn) => {
      const doc = await saveDraft(docs, signedIn(conn), input.id, input.data);
      emit('documents.changed', { id: doc.id, caseId: doc.caseId });
      return doc;
    },
    'documents.preview': (input) => previewDocument(docs, input.id, input.data),
    'documents.issue': async (input, conn) => {
      const doc = await issueDocument(docs, signedIn(conn), input.id);
      emit('documents.changed', { id: doc.id, caseId: doc.caseId });
      return doc;
    },
    'documents.correct': async (input, conn) => {
      const doc = await correctDocument(docs, signedIn(conn), input.id, input.reason);
      emit('documents.changed', { id: doc.id, caseId: doc.caseId });
      return doc;
    },
    'documents.deleteDraft': async (input, conn) => {
      const was = await deleteDraft(docs, signedIn(conn), input.id);
      emit('documents.changed', { id: was.id, caseId: was.caseId });
      return was;
    },
    'documents.download': (input) => downloadDocument(docs, input.id),
    'settings.documents.get': async () => ({ settings: await documentSettings(db), notices: noticeCatalogue() }),
    'settings.documents.update': (input, conn) => updateDocumentSettings(db, auditActor(signedIn(conn)), clock, input),
    'procedure.get': (input, conn) => getProcedure(proc, signedIn(conn), input.caseId),
    'procedure.act': async (input, conn) => {
      const view = await actOnCase(proc, signedIn(conn), input);
      emit('cases.changed', { id: view.caseId, caseNumber: view.caseNumber });
      return view;
    },
    'dashboard.get': (input, conn) => dashboard(db, signedIn(conn), clock, input.limit),
    'calendar.list': (input) => listCalendar(db, input.year),
    'calendar.set': (input, conn) => setCalendarDay(db, auditActor(signedIn(conn)), clock, input),
    'settings.procedure.get': async () => ({
      settings: await db.read((m) => getProcedureSettings(m)),
      defaults: DEFAULT_PROCEDURE_SETTINGS,
      sources: PROCEDURE_SETTING_SOURCES,
    }),
    'settings.procedure.update': (input, conn) => updateProcedureSettings(db, auditActor(signedIn(conn)), clock, input, recomputeAllDeadlines),
    'catalog.records': () => listCauseRecords(db),
    'catalog.export': (input) => exportCatalog(db, clock, input.format),
    'catalog.import': (input, conn) => importCatalog(db, auditActor(signedIn(conn)), clock, input),
    'catalog.save': (input, conn) => saveCause(db, auditActor(signedIn(conn)), clock, input),
    'catalog.setActive': (input, conn) => setCauseActive(db, auditActor(signedIn(conn)), clock, input),
    'audit.list': (input, conn) => listAudit(db, signedIn(conn), input),
    'audit.verify': () => verifyAudit(db, clock, auditKeys),
    'idcard.status': async () => reader.status(),
    'idcard.watch': async (input, conn) => reader.watch(conn, input.on),
    'idcard.read': (_input, conn) => readCard(db, reader, auditActor(signedIn(conn)), clock),
    'idcard.photo': async (input, conn) => cardPhoto(db, await readerSettings(), auditActor(signedIn(conn)), clock, input.readId),
    'idcard.sheet': async (input, conn) => cardSheet(db, docs.engine, await readerSettings(), auditActor(signedIn(conn)), clock, input.readId),
    'idcard.simulator.get': async () => reader.simulatorState(),
    'idcard.simulator.control': async (input) => reader.simulatorControl(input),
    'settings.devices.get': async () => ({ settings: await readerSettings(), defaults: await db.read((m) => defaultReaderSettings(m)) }),
    'settings.devices.update': async (input, conn) => {
      const saved = await updateReaderSettings(db, auditActor(signedIn(conn)), clock, input);
      await applyReaderSettings();
      return saved;
    },
  };

  return {
    db,
    // The per-case rule (services/access.ts) before every call the contract scopes; the role check is the dispatcher's.
    dispatch: createDispatcher(scopedHandlers(db, handlers), { log: opts.log, validateSession: (s) => sessions.validate(s) }),
    onEvent(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
    release(conn) {
      reader.watch(conn, false);
    },
    signedIn(conn) {
      return conn.session !== null && sessions.isLive(conn.session);
    },
    close: async () => {
      sessions.stop();
      await purge.stop();
      await reader.close();
      await docs.engine.close?.();
      await db.close();
    },
  };
}
