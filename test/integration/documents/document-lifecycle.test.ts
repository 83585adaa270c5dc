import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../main/services/clock';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../../support/backend';
import { fillRequired } from '../../support/fill-form';

describe('document lifecycle (草稿 → 签发 → 更正)', () => {
  let tb: TestBackend;
  let clerk: Client;
  let caseId: number;
  let caseNumber: string;

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock('2026-11-24T10:00:00') });
    clerk = await tb.as('clerk');
    const c = await clerk.call('cases.create', await validCaseInput(clerk));
    caseId = c.id;
    caseNumber = c.caseNumber;
  });
  after(() => tb.close());

  it('lists the standard forms with their fields', async () => {
    const forms = await clerk.call('documents.forms', {});
    assert.ok(forms.length >= 6, `${forms.length} forms`);
    assert.ok(forms.some((f) => f.id === 2 && f.name === '询问笔录'));
    assert.ok(forms.every((f) => f.fields.length > 0));
  });

  it('pre-fills a new draft from the case and renders it with blanks', async () => {
    const doc = await clerk.call('documents.create', { caseId, formId: 2 });
    assert.equal(doc.status, 'draft');
    assert.equal(doc.version, 1);
    assert.ok(JSON.stringify(doc.data).includes(caseNumber), 'case number filled in');
    assert.ok(doc.missing.length > 0, 'a fresh inquiry record still has blanks');
    const preview = await clerk.call('documents.preview', { id: doc.id });
    assert.ok(preview.pages >= 1);
    assert.ok(Buffer.from(preview.base64, 'base64').subarray(0, 5).toString() === '%PDF-');
  });

  it('refuses to issue while required fields are blank, naming them', async () => {
    const doc = await clerk.call('documents.create', { caseId, formId: 2 });
    const err = await clerk.fail('documents.issue', { id: doc.id });
    assert.equal(err.code, 'DOC_INCOMPLETE');
    assert.ok(doc.missing.every((label) => err.message.includes(label)));
    assert.equal((await clerk.call('documents.get', { id: doc.id })).status, 'draft');
  });

  it('issues a complete document: stores the PDF by its SHA-256, then refuses any change', async () => {
    const forms = await clerk.call('documents.forms', {});
    const form = forms.find((f) => f.id === 2)!;
    const draft = await clerk.call('documents.create', { caseId, formId: 2 });
    const saved = await clerk.call('documents.saveDraft', { id: draft.id, data: fillRequired(form, draft.data) });
    assert.deepEqual(saved.missing, []);
    const issued = await clerk.call('documents.issue', { id: draft.id });
    assert.equal(issued.status, 'issued');
    assert.match(issued.pdfSha256 ?? '', /^[0-9a-f]{64}$/);
    const file = path.join(tb.dataDir, 'blobs', issued.pdfSha256!.slice(0, 2), issued.pdfSha256!);
    assert.equal(createHash('sha256').update(fs.readFileSync(file)).digest('hex'), issued.pdfSha256);

    const download = await clerk.call('documents.download', { id: draft.id });
    assert.equal(download.sha256, issued.pdfSha256);
    assert.equal(createHash('sha256').update(Buffer.from(download.base64, 'base64')).digest('hex'), issued.pdfSha256);
    assert.match(download.fileName, /询问笔录\.pdf$/);

    assert.equal((await clerk.fail('documents.saveDraft', { id: draft.id, data: {} })).code, 'DOC_IMMUTABLE');
    assert.equal((await clerk.fail('documents.issue', { id: draft.id })).code, 'DOC_IMMUTABLE');
  });

  it('renders the same data to byte-identical PDFs', async () => {
    const form = (await clerk.call('documents.forms', {})).find((f) => f.id === 2)!;
    const draft = await clerk.call('documents.create', { caseId, formId: 2 });
    const data = fillRequired(form, draft.data);
    const a = await clerk.call('documents.preview', { id: draft.id, data });
    const b = await clerk.call('documents.preview', { id: draft.id, data });
    assert.equal(a.sha256, b.sha256);
  });

  it('corrects an issued document with a new version that supersedes it once issued', async () => {
    const form = (await clerk.call('documents.forms', {})).find((f) => f.id === 2)!;
    const v1 = await clerk.call('documents.create', { caseId, formId: 2 });
    await clerk.call('documents.saveDraft', { id: v1.id, data: fillRequired(form, v1.data) });
    await clerk.call('documents.issue', { id: v1.id });
    const v2 = await clerk.call('documents.correct', { id: v1.id, reason: '被询问人工作单位写错' });
    assert.equal(v2.version, 2);
    assert.equal(v2.supersedesId, v1.id);
    assert.equal((await clerk.fail('documents.correct', { id: v1.id, reason: '再次更正' })).code, 'CONFLICT');
    await clerk.call('documents.issue', { id: v2.id });
    assert.equal((await clerk.call('documents.get', { id: v1.id })).status, 'superseded');
    const audit = (await tb.backend.db.read((m) => m.query("SELECT action FROM audit_log WHERE entity = 'document' AND entity_id IN (?, ?) ORDER BY id", [String(v1.id), String(v2.id)]))) as { action: string }[];
    assert.deepEqual(audit.map((a) => a.action), ['document.create', 'document.save', 'document.issue', 'document.correct', 'document.issue']);
  });

  it('refuses data of the wrong shape even in a draft, and lets a reviewer read but not draft', async () => {
    const draft = await clerk.call('documents.create', { caseId, formId: 2 });
    const form = (await clerk.call('documents.forms', {})).find((f) => f.id === 2)!;
    const dateField = form.fields.find((f) => f.kind === 'date' || f.kind === 'datetime');
    if (dateField) {
      const err = await clerk.fail('documents.saveDraft', { id: draft.id, data: { ...draft.data, [dateField.key]: '明天' } });
      assert.equal(err.code, 'VALIDATION_FAILED');
      assert.equal(err.issues?.[0].path, `data.${dateField.key}`);
    }
    const reviewer = await tb.as('reviewer');
    assert.equal((await reviewer.call('documents.get', { id: draft.id })).id, draft.id);
    assert.equal((await reviewer.fail('documents.create', { caseId, formId: 2 })).code, 'FORBIDDEN');
  });

  it('pre-fills the date of an earlier decision that a later form refers to', async () => {
    const forms = await clerk.call('documents.forms', {});
    // 行政强制措施决定书 (8) → 延长行政强制措施期限通知书 (9): the dates the procedure records itself
    // (decisions, 催告) are pre-filled from the acts instead, see issue11-forms.test.ts.
    const measureForm = forms.find((f) => f.id === 8)!;
    const measure = await clerk.call('documents.create', { caseId, formId: 8 });
    await clerk.call('documents.saveDraft', { id: measure.id, data: fillRequired(measureForm, measure.data) });
    const issued = await clerk.call('documents.issue', { id: measure.id });
    const extension = await clerk.call('documents.create', { caseId, formId: 9 });
    assert.equal(extension.data.measureDate, issued.issuedAt!.slice(0, 10));
  });
});
