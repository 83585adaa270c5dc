/**
 * The per-case rule, generated from the contract: every call that declares a `scope` is made
 * through `backend.dispatch` as each of six actors — the clerk handling the case, a clerk not on it,
 * the reviewer, the head, the archivist and the admin — on a case in 调查取证 handled by 李明 (clerk)
 * and 陈刚 (no account's), its draft and issued documents, and a card read by clerk. The outcome
 * (ok or the error code) must be the table's.
 *
 * A new call fails here until it has a row; a call whose input takes a case, a document or a card
 * read and declares no scope fails too, so no such call can slip past the rule.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { calls, CALL_NAMES, type CallName, type CallScope, type CallSpec } from '../../main/contract/api';
import type { DocumentData } from '../../main/contract/documents';
import type { ErrorCode } from '../../main/contract/errors';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';
import { act, movableClock } from '../support/procedure';
import { fillRequired } from '../support/fill-form';

const ACTORS = ['clerk', 'clerk2', 'reviewer', 'head', 'archivist', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = 'ok' | ErrorCode;

/** The objects a call is made on. */
interface World {
  caseId: number;
  version: number;
  /** Form 2 (询问笔录) drafts: as made, complete (ready to issue), and issued. */
  draft: number;
  draftData: DocumentData;
  complete: number;
  issued: number;
  readId: number;
}

interface Row {
  /** Outcomes in the order of ACTORS: clerk, clerk2, reviewer, head, archivist, admin. */
  expect: readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
  /** Which document a document call is made on (the draft unless said). */
  doc?: 'draft' | 'complete' | 'issued';
  /** Input fields besides the scoped id. */
  extra?: (w: World) => Record<string, unknown>;
}

const WARNING = { warning: true, fine: 0, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none' as const, businessRestriction: false, other: '' };

//                          clerk   clerk2              reviewer               head    archivist             admin
const READ: Row['expect'] = ['ok', 'ok', 'ok', 'ok', 'CASE_NOT_VISIBLE', 'FORBIDDEN'];
const DRAFT: Row['expect'] = ['ok', 'CASE_NOT_HANDLER', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'FORBIDDEN'];
const CARD: Row['expect'] = ['ok', 'CARD_READ_NOT_YOURS', 'CARD_READ_NOT_YOURS', 'CARD_READ_NOT_YOURS', 'CARD_READ_NOT_YOURS', 'FORBIDDEN'];

const TABLE: Record<string, Row> = {
  'cases.get': { expect: READ },
  'documents.list': { expect: READ },
  'documents.get': { expect: READ },
  'documents.preview': { expect: READ },
  'documents.download': { expect: READ, doc: 'issued' },
  'procedure.get': { expect: READ },
  // The office log is the admin's; a case's trail is case content, refused by the rule itself.
  'audit.list': { expect: ['ok', 'ok', 'ok', 'ok', 'CASE_NOT_VISIBLE', 'ADMIN_NO_CASEWORK'], extra: () => ({ limit: 10 }) },
  'documents.create': { expect: DRAFT, extra: () => ({ formId: 2 }) },
  'documents.saveDraft': { expect: DRAFT, extra: (w) => ({ data: w.draftData }) },
  'documents.issue': { expect: DRAFT, doc: 'complete' },
  'documents.correct': { expect: DRAFT, doc: 'issued', extra: () => ({ reason: '当事人地址有误' }) },
  'documents.deleteDraft': { expect: DRAFT },
  // 调查终结 is a clerk's act: the reviewer and the head are refused it by the machine's role rules.
  'procedure.act': {
    expect: ['ok', 'CASE_NOT_HANDLER', 'FORBIDDEN', 'FORBIDDEN', 'CASE_NOT_VISIBLE', 'FORBIDDEN'],
    extra: (w) => ({
      caseVersion: w.version,
      action: { type: 'close_investigation', on: '2026-09-29', summary: '事实清楚', outcome: 'penalty', penalty: WARNING, departureReason: '情节轻微，仅予警告' },
    }),
  },
  'idcard.photo': { expect: CARD },
  'idcard.sheet': { expect: CARD },
};

/** Top-level keys of a call's input, through objects, unions and pipes; null when the shape cannot be read. */
function inputKeys(schema: z.ZodType): string[] | null {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodDiscriminatedUnion || schema instanceof z.ZodUnion) {
    const lists = (schema.options as z.ZodType[]).map(inputKeys);
    return lists.some((l) => l === null) ? null : [...new Set(lists.flat() as string[])];
  }
  if (schema instanceof z.ZodPipe) return inputKeys(schema.in as z.ZodType);
  return null;
}

/** Whether a call's input names a case, a document or a card read. */
function takesCaseContent(name: string, keys: readonly string[]): boolean {
  if (keys.includes('caseId') || keys.includes('readId')) return true;
  return keys.includes('id') && (name.startsWith('documents.') || name === 'cases.get');
}

const scopeOf = (name: CallName): CallScope | undefined => (calls[name] as CallSpec).scope;
const SCOPED = CALL_NAMES.filter((n) => scopeOf(n));

describe('the access table, generated from the contract', () => {
  it('has a row for every scoped call, and no row for a call without a scope', () => {
    assert.deepEqual(SCOPED.filter((n) => !TABLE[n]), [], 'scoped calls with no row in the table');
    assert.deepEqual(Object.keys(TABLE).filter((n) => !SCOPED.includes(n as CallName)), [], 'rows for calls that are not scoped');
  });

  it('finds a scope on every call whose input takes a case, a document or a card read', () => {
    const unreadable = CALL_NAMES.filter((n) => inputKeys(calls[n].input) === null);
    assert.deepEqual(unreadable, [], 'inputs whose shape this test cannot read: teach inputKeys their kind');
    const unscoped = CALL_NAMES.filter((n) => takesCaseContent(n, inputKeys(calls[n].input)!) && !scopeOf(n));
    assert.deepEqual(unscoped, [], 'calls that take a case, a document or a read without a scope');
  });

  it('names in each scope a field of its call’s input', () => {
    for (const n of SCOPED) assert.ok(inputKeys(calls[n].input)!.includes(scopeOf(n)!.key), `${n}: no input field ${scopeOf(n)!.key}`);
  });

  describe('as each actor', () => {
    const clock = movableClock('2026-09-29');
    let tb: TestBackend;
    const as = {} as Record<Actor, Client>;
    let handlers: number[];
    let form2: Parameters<typeof fillRequired>[0];
    let shared: World;

    const versionOf = (caseId: number) =>
      (tb.backend.db.raw().prepare('SELECT version FROM enforcement_case WHERE id = ?').get(caseId) as { version: number }).version;

    async function approvedCase(): Promise<number> {
      const c = await as.clerk.call('cases.create', await validCaseInput(as.clerk, { officerIds: handlers }));
      await act(as.head, c.id, { type: 'approve_registration', on: clock.today() });
      return c.id;
    }

    async function document(caseId: number, kind: 'draft' | 'complete' | 'issued'): Promise<{ id: number; data: DocumentData }> {
      const d = await as.clerk.call('documents.create', { caseId, formId: 2 });
      if (kind === 'draft') return { id: d.id, data: d.data };
      const saved = await as.clerk.call('documents.saveDraft', { id: d.id, data: fillRequired(form2, d.data) });
      if (kind === 'issued') await as.clerk.call('documents.issue', { id: d.id });
      return { id: d.id, data: saved.data };
    }

    /** A world of its own for a call that writes, so one actor's success does not change what the next one meets. */
    async function worldFor(row: Row, target: CallScope['target'], writes: boolean): Promise<World> {
      if (!writes || target === 'cardRead') return shared;
      const caseId = await approvedCase();
      const doc = target === 'document' ? await document(caseId, row.doc ?? 'draft') : { id: shared.draft, data: shared.draftData };
      const id = doc.id;
      return { ...shared, caseId, version: versionOf(caseId), draft: id, draftData: doc.data, complete: id, issued: id };
    }

    before(async () => {
      tb = await startTestBackend({ clock });
      for (const a of ACTORS) as[a] = await tb.as(a);
      const officers = await as.clerk.call('officers.list', {});
      // 李明 (clerk's officer) and 陈刚 (no account's); 王芳 (clerk2) is not on the case.
      handlers = [officers[0].id, officers[2].id];
      form2 = (await as.clerk.call('documents.forms', {})).find((f) => f.id === 2)!;
      const caseId = await approvedCase();
      const draft = await document(caseId, 'draft');
      await as.clerk.call('idcard.simulator.control', { action: 'place', fixture: 'resident' });
      const read = await as.clerk.call('idcard.read', {});
      shared = {
        caseId, version: versionOf(caseId), draft: draft.id, draftData: draft.data,
        complete: (await document(caseId, 'complete')).id, issued: (await document(caseId, 'issued')).id, readId: read.readId,
      };
    });
    after(() => tb.close());

    for (const name of SCOPED) {
      const scope = scopeOf(name)!;
      it(`${name} (${scope.intent} on ${scope.target}) answers each actor as the table says`, async () => {
        const row = TABLE[name];
        assert.ok(row, `no row for ${name}`);
        const got = {} as Record<Actor, Outcome>;
        for (const actor of ACTORS) {
          const w = await worldFor(row, scope.target, (calls[name] as CallSpec).writes);
          const id = scope.target === 'case' ? w.caseId : scope.target === 'cardRead' ? w.readId : w[row.doc ?? 'draft'];
          const r = await tb.backend.dispatch(name, { [scope.key]: id, ...row.extra?.(w) }, as[actor].conn);
          got[actor] = r.ok ? 'ok' : r.error.code;
        }
        assert.deepEqual(got, Object.fromEntries(ACTORS.map((a, i) => [a, row.expect[i]])));
      });
    }
  });
});
