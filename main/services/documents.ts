/** 文书: drafts filled from the case, previews, issuing (immutable, content-addressed PDF), corrections. */
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DocumentRow, OfficeSettingRow } from '../../db/entities';
import type { Database } from '../../db/open';
import type { DocumentData, DocumentDetail, DocumentSettings, DocumentSummary, PdfFile } from '../contract/documents';
import { AppError } from '../contract/errors';
import { correctionOf, formFieldsOf, withCorrection } from '../documents/correction-note';
import type { BlobStore } from '../storage/blob-store';
import { officeInfo } from './accounts';
import { overrideIssues } from './notice-settings';
import { authorize } from './access';
import { auditActor } from './actor';
import { appendAudit, type Actor } from './audit';
import { getCase } from './cases';
import type { Clock } from './clock';
import type { DocumentEngine, OfficeDocumentSettings } from './document-engine';
import { enqueueOutbox } from './outbox';
import type { PrefillProcedure } from '../documents/definition';
import { documentRefusalError, issueVerdict } from '../procedure/document-rules';
import { statementDue, lateFee } from '../procedure/deadlines';
import { requirementsOf } from '../procedure/requirements';
import { outstanding } from '../procedure/stage';
import { loadContext } from './procedure';
import type { Session } from '../rpc/dispatcher';

export interface DocumentDeps {
  db: Database;
  engine: DocumentEngine;
  blobs: BlobStore;
  clock: Clock;
}

/** office_setting key of the document settings (复议机关, 管辖法院, bank, contact, notice wording). */
export const DOCUMENT_SETTINGS_KEY = 'documents';

export async function documentSettings(db: Database): Promise<OfficeDocumentSettings> {
  const office = await officeInfo(db);
  const row = await db.read((m) => m.findOneBy(OfficeSettingRow, { key: DOCUMENT_SETTINGS_KEY }));
  const stored = row ? (JSON.parse(row.value) as Partial<OfficeDocumentSettings>) : {};
  // Anything an office has not configured prints as a blank to fill by hand, never a guess.
  return { ...stored, name: stored.name || office.name };
}

function formName(engine: DocumentEngine, formId: number): string {
  const form = engine.forms().find((f) => f.id === formId);
  if (!form) throw new AppError('NOT_FOUND', '没有该文书式样');
  return form.name;
}

function summary(engine: DocumentEngine, r: DocumentRow): DocumentSummary {
  const data = JSON.parse(r.data) as DocumentData;
  return {
    id: r.id, caseId: r.caseId, formId: r.formId, formName: formName(engine, r.formId), version: r.version, status: r.status,
    updatedAt: r.updatedAt, issuedAt: r.issuedAt, pdfSha256: r.pdfSha256, supersedesId: r.supersedesId,
    correctionReason: r.supersedesId ? correctionOf(data)?.reason ?? null : null,
  };
}

function detail(engine: DocumentEngine, r: DocumentRow): DocumentDetail {
  const data = JSON.parse(r.data) as DocumentData;
  return { ...summary(engine, r), templateVersion: r.templateVersion, data, missing: engine.check(r.formId, formFieldsOf(data)).missing };
}

async function loadRow(m: EntityManager, id: number): Promise<DocumentRow> {
  const row = await m.findOneBy(DocumentRow, { id });
  if (!row) throw new AppError('NOT_FOUND', '未找到该文书');
  return row;
}

function refuseBadShapes(engine: DocumentEngine, formId: number, data: DocumentData) {
  const { issues } = engine.check(formId, formFieldsOf(data));
  if (issues.length) throw new AppError('VALIDATION_FAILED', issues[0].message, issues.map((i) => ({ ...i, path: `data.${i.path}` })));
}

export function listDocuments(d: DocumentDeps, caseId: number): Promise<DocumentSummary[]> {
  return d.db.read(async (m) => (await m.find(DocumentRow, { where: { caseId }, order: { formId: 'ASC', version: 'ASC' } })).map((r) => summary(d.engine, r)));
}

export function getDocument(d: DocumentDeps, id: number): Promise<DocumentDetail> {
  return d.db.read(async (m) => detail(d.engine, await loadRow(m, id)));
}

/** The case's recorded acts as a document's pre-fill reads them. */
async function procedureForPrefill(m: EntityManager, caseId: number, today: string): Promise<PrefillProcedure> {
  const { ctx } = await loadContext(m, caseId, today);
  const { state, settings, periods, facts } = ctx;
  return {
    state,
    settings,
    requirements: requirementsOf(facts.procedure, state, facts.partyKind, settings),
    outstanding: outstanding(state),
    lateFee: lateFee(periods, state, today),
    statementDueOn: state.notifiedOn ? statementDue(periods, state.notifiedOn) : null,
  };
}

/**
 * Refuses a document issued out of its place in the procedure or saying what the recorded acts do not
 * (DOC_PROCEDURE_MISMATCH, naming the field and the rule).
 */
async function checkAgainstProcedure(d: DocumentDeps, m: EntityManager, row: DocumentRow, data: DocumentData): Promise<void> {
  const { ctx } = await loadContext(m, row.caseId, d.clock.now().slice(0, 10));
  const refusal = issueVerdict(row.formId, data, ctx, formName(d.engine, row.formId));
  if (refusal) throw documentRefusalError(refusal);
}

/*
 * Drafting, saving, issuing and correcting ask the access rule (a handling officer or the head; never
 * on an archived, revoked or transferred case) inside the transaction that writes, so the verdict
 * holds at the moment of writing, not only when the call came in.
 */

/**
 * A new draft, pre-filled from the case for the party chosen (a case with several parties has a
 * document for each); without a choice, for the first party as registered.
 */
export async function createDocument(d: DocumentDeps, session: Session, caseId: number, formId: number, partyId?: number): Promise<DocumentDetail> {
  const actor = auditActor(session);
  const form = d.engine.forms().find((f) => f.id === formId);
  if (!form) throw new AppError('NOT_FOUND', '没有该文书式样');
  const c = await getCase(d.db, caseId);
  if (partyId !== undefined && !c.parties.some((p) => p.id === partyId)) {
    throw new AppError('VALIDATION_FAILED', '所选当事人不是本案的当事人', [{ path: 'partyId', message: '所选当事人不是本案的当事人' }]);
  }
  const today = d.clock.now().slice(0, 10);
  const procedure = await d.db.read((m) => procedureForPrefill(m, caseId, today));
  const earlier = await d.db.read(
    (m) =>
      m.query(
        "SELECT form_id AS formId, issued_at AS issuedAt FROM document WHERE case_id = ? AND status = 'issued' ORDER BY issued_at, id",
        [caseId],
      ) as Promise<{ formId: number; issuedAt: string }[]>,
  );
  const data = d.engine.prefill(formId, c, await documentSettings(d.db), today, earlier, procedure, partyId);
  const id = await d.db.write(async (m) => {
    await authorize(m, session, 'case', caseId, 'draft');
    const now = d.clock.now();
    const inserted = await m.insert(DocumentRow, {
      caseId, formId, templateVersion: form.templateVersion, version: 1, supersedesId: null, status: 'draft',
      data: JSON.stringify(data), pdfSha256: null, createdBy: actor.id ?? 0, createdAt: now, updatedAt: now, issuedBy: null, issuedAt: null,
    });
    const docId = Number(inserted.identifiers[0].id);
    await appendAudit(m, { actor, at: now, action: 'document.create', entity: 'document', entityId: docId, after: data, note: `制作《${form.name}》草稿（${c.caseNumber}）` });
    return docId;
  });
  return getDocument(d, id);
}

export async function saveDraft(d: DocumentDeps, session: Session, id: number, data: DocumentData): Promise<DocumentDetail> {
  const actor = auditActor(session);
  await d.db.write(async (m) => {
    await authorize(m, session, 'document', id, 'draft');
    const row = await loadRow(m, id);
    if (row.status !== 'draft') throw new AppError('DOC_IMMUTABLE');
    refuseBadShapes(d.engine, row.formId, data);
    // A correction's reason was given when it was started; what the editor sends back cannot change it.
    const stored = JSON.parse(row.data) as DocumentData;
    const note = row.supersedesId ? correctionOf(stored) : null;
    const kept = note ? withCorrection(formFieldsOf(data), note) : formFieldsOf(data);
    const now = d.clock.now();
    await m.update(DocumentRow, { id }, { data: JSON.stringify(kept), updatedAt: now });
    await appendAudit(m, { actor, at: now, action: 'document.save', entity: 'document', entityId: id, before: stored, after: kept });
  });
  return getDocument(d, id);
}

function fileName(detailOf: DocumentDetail, caseNumber: string): string {
  return `${caseNumber}-${detailOf.formName}${detailOf.version > 1 ? `-第${detailOf.version}版` : ''}${detailOf.status === 'draft' ? '-草稿' : ''}.pdf`;
}

export async function previewDocument(d: DocumentDeps, id: number, data?: DocumentData): Promise<PdfFile> {
  const row = await d.db.read((m) => loadRow(m, id));
  const use = data ?? (JSON.parse(row.data) as DocumentData);
  refuseBadShapes(d.engine, row.formId, use);
  const doc = detail(d.engine, row);
  const c = await getCase(d.db, row.caseId);
  const { pdf, pages } = await d.engine.render(row.formId, use, await documentSettings(d.db), row.issuedAt ?? row.updatedAt, row.status === 'draft');
  return { fileName: fileName(doc, c.caseNumber), sha256: createHash('sha256').update(pdf).digest('hex'), pages, base64: pdf.toString('base64') };
}

export async function issueDocument(d: DocumentDeps, session: Session, id: number): Promise<DocumentDetail> {
  const actor = auditActor(session);
  const row = await d.db.read((m) => loadRow(m, id));
  if (row.status !== 'draft') throw new AppError('DOC_IMMUTABLE');
  const data = JSON.parse(row.data) as DocumentData;
  const { issues, missing } = d.engine.check(row.formId, formFieldsOf(data));
  if (issues.length) throw new AppError('VALIDATION_FAILED', issues[0].message, issues.map((i) => ({ ...i, path: `data.${i.path}` })));
  if (missing.length) throw new AppError('DOC_INCOMPLETE', `文书尚有必填项未填写，不能签发：${missing.join('、')}`);
  // Checked before the slow render, so a refusal comes at once, and again inside the transaction below.
  await d.db.read((m) => checkAgainstProcedure(d, m, row, data));
  const now = d.clock.now();
  // Rendered before the transaction (it is the slow part) with the issue time fixed into the PDF.
  const { pdf } = await d.engine.render(row.formId, data, await documentSettings(d.db), now, false);
  const sha256 = d.blobs.put(pdf);
  await d.db.write(async (m) => {
    await authorize(m, session, 'document', id, 'draft');
    const current = await loadRow(m, id);
    if (current.status !== 'draft' || current.data !== row.data) throw new AppError('CONFLICT');
    await checkAgainstProcedure(d, m, row, data);
    await m.update(DocumentRow, { id }, { status: 'issued', pdfSha256: sha256, issuedBy: actor.id, issuedAt: now, updatedAt: now });
    if (row.supersedesId) await m.update(DocumentRow, { id: row.supersedesId }, { status: 'superseded' });
    const c = await m.query('SELECT case_number AS n FROM enforcement_case WHERE id = ?', [row.caseId]);
    await appendAudit(m, {
      actor, at: now, action: 'document.issue', entity: 'document', entityId: id, after: { data, pdfSha256: sha256 },
      note: `签发《${formName(d.engine, row.formId)}》${row.version > 1 ? `第${row.version}版` : ''}（${c[0]?.n ?? ''}）`,
    });
    await enqueueOutbox(m, { entity: 'document', entityId: `${row.caseId}:${row.formId}:${row.version}`, op: 'create', payload: { caseId: row.caseId, formId: row.formId, version: row.version, data, pdfSha256: sha256 }, at: now });
  });
  return getDocument(d, id);
}

/** A correction: a new draft version with the reason it is made, printed in its 备注 and kept in the history. */
export async function correctDocument(d: DocumentDeps, session: Session, id: number, reason: string): Promise<DocumentDetail> {
  const actor = auditActor(session);
  const newId = await d.db.write(async (m) => {
    await authorize(m, session, 'document', id, 'draft');
    const row = await loadRow(m, id);
    if (row.status !== 'issued') throw new AppError('VALIDATION_FAILED', '只有已签发的文书可以更正');
    const pending = await m.findOneBy(DocumentRow, { supersedesId: id });
    if (pending) throw new AppError('CONFLICT', '该文书已有更正版本，请在更正版本上继续');
    const now = d.clock.now();
    const data = withCorrection(formFieldsOf(JSON.parse(row.data) as DocumentData), { reason, supersedes: row.version, issuedOn: (row.issuedAt ?? now).slice(0, 10) });
    const inserted = await m.insert(DocumentRow, {
      caseId: row.caseId, formId: row.formId, templateVersion: d.engine.forms().find((f) => f.id === row.formId)!.templateVersion,
      version: row.version + 1, supersedesId: id, status: 'draft', data: JSON.stringify(data), pdfSha256: null, createdBy: actor.id ?? 0,
      createdAt: now, updatedAt: now, issuedBy: null, issuedAt: null,
    });
    const docId = Number(inserted.identifiers[0].id);
    const c = await m.query('SELECT case_number AS n FROM enforcement_case WHERE id = ?', [row.caseId]);
    await appendAudit(m, {
      actor, at: now, action: 'document.correct', entity: 'document', entityId: docId,
      note: `更正《${formName(d.engine, row.formId)}》第${row.version}版（${c[0]?.n ?? ''}），更正原因：${reason}`,
    });
    return docId;
  });
  return getDocument(d, newId);
}

/**
 * Deletes a draft that is not to be issued. An issued or superseded document is never deleted
 * (DOC_IMMUTABLE); a deleted correction leaves the issued version it would have replaced as the
 * current one. The entry under the case records what was deleted (form, version, content hash),
 * since the document's own entries are found through a row that is gone.
 */
export async function deleteDraft(d: DocumentDeps, session: Session, id: number): Promise<DocumentSummary> {
  const actor = auditActor(session);
  return d.db.write(async (m) => {
    await authorize(m, session, 'document', id, 'draft');
    const row = await loadRow(m, id);
    if (row.status !== 'draft') throw new AppError('DOC_IMMUTABLE', '文书已签发，不能删除；如需更正，请制作更正版本');
    const was = summary(d.engine, row);
    const now = d.clock.now();
    await m.delete(DocumentRow, { id });
    const c = await m.query('SELECT case_number AS n FROM enforcement_case WHERE id = ?', [row.caseId]);
    await appendAudit(m, {
      actor, at: now, action: 'document.deleteDraft', entity: 'case', entityId: row.caseId,
      before: JSON.parse(row.data), changes: [],
      note: `删除《${was.formName}》${row.version > 1 ? `第${row.version}版（更正）` : ''}草稿（${c[0]?.n ?? ''}），该草稿制作于${row.createdAt.replace('T', ' ').slice(0, 16)}`,
    });
    return was;
  });
}

export async function downloadDocument(d: DocumentDeps, id: number): Promise<PdfFile> {
  const row = await d.db.read((m) => loadRow(m, id));
  if (!row.pdfSha256) return previewDocument(d, id);
  const pdf = d.blobs.get(row.pdfSha256);
  const c = await getCase(d.db, row.caseId);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { fileName: fileName(detail(d.engine, row), c.caseNumber), sha256: row.pdfSha256, pages, base64: pdf.toString('base64') };
}

export { noticeCatalogue } from './notice-settings';

/** Checks every override against the forms that print it, so a broken placeholder never reaches a PDF; names every problem at once. */
function checkOverrides(overrides: Record<string, string>): void {
  const issues = overrideIssues(overrides);
  if (!issues.length) return;
  const message = issues.length === 1 ? issues[0].message : `告知文字有${issues.length}处问题，请逐一修改：${issues[0].message}等`;
  throw new AppError('VALIDATION_FAILED', message, issues);
}

export async function updateDocumentSettings(db: Database, actor: Actor, clock: Clock, settings: DocumentSettings): Promise<DocumentSettings> {
  checkOverrides(settings.noticeOverrides ?? {});
  await db.write(async (m) => {
    const now = clock.now();
    const before = await m.findOneBy(OfficeSettingRow, { key: DOCUMENT_SETTINGS_KEY });
    await m.save(OfficeSettingRow, { key: DOCUMENT_SETTINGS_KEY, value: JSON.stringify(settings), updatedAt: now });
    await appendAudit(m, {
      actor, at: now, action: 'settings.documents.update', entity: 'office_setting', entityId: DOCUMENT_SETTINGS_KEY,
      before: before ? JSON.parse(before.value) : null, after: settings, note: '修改文书设置',
    });
  });
  return documentSettings(db);
}
