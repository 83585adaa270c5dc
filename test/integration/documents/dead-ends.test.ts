/**
 * Documents without dead ends: a draft made in error can be deleted until it is issued; a new
 * document is drawn up for the party the clerk chooses; a correction says why it is made, in its
 * printed 备注 and in the history.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FormSummary } from '../../../main/contract/documents';
import { fixedClock } from '../../../main/services/clock';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../../support/backend';
import { fillRequired } from '../../support/fill-form';
import { pdfText, squeeze, toFile } from './pdf-tools';

describe('documents without dead ends', () => {
  let tb: TestBackend;
  let clerk: Client;
  let clerk2: Client;
  let caseId: number;
  let caseNumber: string;
  let forms: FormSummary[];
  const form = (id: number) => forms.find((f) => f.id === id)!;

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock('2026-11-24T10:00:00') });
    clerk = await tb.as('clerk');
    clerk2 = await tb.as('clerk2');
    const officers = await clerk.call('officers.list', {});
    // 李明 (clerk) and 陈刚 handle it; 王芳 (clerk2) does not.
    const c = await clerk.call('cases.create', await validCaseInput(clerk, { officerIds: [officers[0].id, officers[2].id] }));
    caseId = c.id;
    caseNumber = c.caseNumber;
    forms = await clerk.call('documents.forms', {});
  });
  after(() => tb.close());

  async function issued(formId: number): Promise<number> {
    const d = await clerk.call('documents.create', { caseId, formId });
    await clerk.call('documents.saveDraft', { id: d.id, data: fillRequired(form(formId), d.data) });
    return (await clerk.call('documents.issue', { id: d.id })).id;
  }

  const auditRows = (action: string) =>
    tb.backend.db.raw().prepare('SELECT entity, entity_id AS entityId, detail, before_hash AS beforeHash FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
      entity: string; entityId: string; detail: string; beforeHash: string | null;
    }[];

  describe('deleting a draft', () => {
    it('deletes a draft and records under the case what it was', async () => {
      const draft = await clerk.call('documents.create', { caseId, formId: 2 });
      const was = await clerk.call('documents.deleteDraft', { id: draft.id });
      assert.deepEqual([was.id, was.formName, was.status], [draft.id, '询问笔录', 'draft']);
      assert.equal((await clerk.fail('documents.get', { id: draft.id })).code, 'NOT_FOUND');
      assert.ok(!(await clerk.call('documents.list', { caseId })).some((d) => d.id === draft.id), 'gone from the case’s documents');

      const entry = auditRows('document.deleteDraft').at(-1)!;
      assert.deepEqual([entry.entity, entry.entityId], ['case', String(caseId)]);
      assert.match(entry.detail, new RegExp(`删除《询问笔录》草稿（${caseNumber.replace(/[〔〕]/g, '.')}）`));
      assert.match(entry.beforeHash ?? '', /^[0-9a-f]{64}$/, 'the deleted content is pinned by its hash');
      const trail = await clerk.call('audit.list', { caseId, limit: 50 });
      assert.ok(trail.items.some((i) => i.action === 'document.deleteDraft'), 'the deletion shows in the case’s own trail');
    });

    it('refuses to delete an issued document', async () => {
      const id = await issued(2);
      const e = await clerk.fail('documents.deleteDraft', { id });
      assert.equal(e.code, 'DOC_IMMUTABLE');
      assert.match(e.message, /已签发，不能删除/);
      assert.equal((await clerk.call('documents.get', { id })).status, 'issued');
    });

    it('refuses a clerk not on the case, leaving the draft', async () => {
      const draft = await clerk.call('documents.create', { caseId, formId: 2 });
      assert.equal((await clerk2.fail('documents.deleteDraft', { id: draft.id })).code, 'CASE_NOT_HANDLER');
      assert.equal((await clerk.call('documents.get', { id: draft.id })).status, 'draft');
    });

    it('a correction draft deleted leaves the issued original as the current version', async () => {
      const original = await issued(2);
      const correction = await clerk.call('documents.correct', { id: original, reason: '询问地点写错' });
      await clerk.call('documents.deleteDraft', { id: correction.id });
      const left = (await clerk.call('documents.list', { caseId })).filter((d) => d.id === original || d.supersedesId === original);
      assert.deepEqual(left.map((d) => [d.id, d.status]), [[original, 'issued']]);
      // The correction can be started again, now that none is pending.
      const again = await clerk.call('documents.correct', { id: original, reason: '询问地点写错，重新更正' });
      assert.equal(again.version, 2);
    });
  });

  describe('choosing the party', () => {
    it('pre-fills the party chosen instead of the first', async () => {
      const c = await clerk.call('cases.get', { id: caseId });
      const company = c.parties.find((p) => p.kind === 'organisation')!;
      assert.notEqual(c.parties[0].id, company.id, 'the company is not the first party');
      const first = await clerk.call('documents.create', { caseId, formId: 15 });
      const chosen = await clerk.call('documents.create', { caseId, formId: 15, partyId: company.id });
      assert.equal((first.data.party as Record<string, string>).name, c.parties[0].name);
      assert.equal((chosen.data.party as Record<string, string>).name, '东州市顺捷物流有限公司');
      assert.equal((chosen.data.party as Record<string, string>).kind, 'organisation');
    });

    it('refuses a party of another case', async () => {
      const other = await clerk.call('cases.create', await validCaseInput(clerk));
      const stranger = (await clerk.call('cases.get', { id: other.id })).parties[0];
      const e = await clerk.fail('documents.create', { caseId, formId: 15, partyId: stranger.id });
      assert.equal(e.code, 'VALIDATION_FAILED');
      assert.equal(e.message, '所选当事人不是本案的当事人');
      assert.equal(e.issues?.[0].path, 'partyId');
    });
  });

  describe('a correction’s reason', () => {
    it('refuses a correction without a reason, in Chinese', async () => {
      const id = await issued(2);
      const short = await clerk.fail('documents.correct', { id, reason: ' 错' });
      assert.equal(short.code, 'VALIDATION_FAILED');
      assert.match(short.issues?.[0].message ?? '', /请填写更正原因（至少2个字）/);
      const long = await clerk.fail('documents.correct', { id, reason: '错'.repeat(201) });
      assert.match(long.issues?.[0].message ?? '', /更正原因不能超过200个字/);
      assert.ok(!(await clerk.call('documents.list', { caseId })).some((d) => d.supersedesId === id), 'no correction was started');
    });

    it('prints the reason in the new version’s 备注 and keeps it in the history', async () => {
      const original = await issued(2);
      const reason = '被询问人工作单位写错，应为东州顺捷物流有限公司';
      const v2 = await clerk.call('documents.correct', { id: original, reason });
      assert.equal(v2.correctionReason, reason);
      assert.deepEqual(v2.missing, [], 'the correction starts complete, as the original was');

      // A save from the editor cannot drop or change the reason.
      const { _correction: _dropped, ...edited } = { ...v2.data, askStart: '2026-11-24T09:00' } as Record<string, unknown>;
      const saved = await clerk.call('documents.saveDraft', { id: v2.id, data: edited as typeof v2.data });
      assert.equal(saved.correctionReason, reason);

      const issuedV2 = await clerk.call('documents.issue', { id: v2.id });
      const text = squeeze(pdfText(toFile(Buffer.from((await clerk.call('documents.download', { id: issuedV2.id })).base64, 'base64'), 'corrected')));
      assert.ok(text.includes(squeeze(`备注：本文书更正2026年11月24日签发的第1版，更正原因：${reason}`)), text.slice(-400));

      const versions = (await clerk.call('documents.list', { caseId })).filter((d) => d.id === original || d.id === v2.id);
      assert.deepEqual(versions.map((d) => [d.version, d.status, d.correctionReason]), [[1, 'superseded', null], [2, 'issued', reason]]);
      const entry = auditRows('document.correct').at(-1)!;
      assert.equal(entry.entityId, String(v2.id));
      assert.match(entry.detail, new RegExp(`更正《询问笔录》第1版.*更正原因：${reason}`));
    });
  });
});
