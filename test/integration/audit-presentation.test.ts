import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AuditEntryView } from '../../main/contract/audit';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';

/**
 * A code or a field name shows as a run of Latin letters; an object named by its row id as `#27`.
 * Values a person typed may hold a letter or two (plates 浙AD12345, credit codes, road numbers G104),
 * never three in a row in this office's data; the account's own username is how a person names it.
 */
const LATIN = /[A-Za-z_]{3,}/;
const ROW_ID = /#\d/;
/** Data that is Latin by nature: a 统一社会信用代码, and a file's checksum shown by its first digits. */
const DATA_TOKENS = [/\b[0-9A-HJ-NPQRTUWXY]{18}\b/g, /\b[0-9a-f]{8}…/g];

function offending(text: string, allowed: readonly string[]): string | null {
  let rest = text;
  for (const a of allowed) rest = rest.split(a).join('');
  for (const re of DATA_TOKENS) rest = rest.replace(re, '');
  if (ROW_ID.test(rest)) return rest;
  return LATIN.test(rest) ? rest : null;
}

/** A name typed at the login that no account has: the failed login's note repeats it as typed. */
const TYPED_UNKNOWN = 'nobody';

describe('执法全过程记录 as a person reads it', () => {
  let tb: TestBackend;
  let admin: Client;
  let usernames: string[];

  before(async () => {
    // The demo office issues documents and walks cases through every stage by the services themselves.
    tb = await startTestBackend({ demoCases: 10 });
    admin = await tb.as('admin');
    const clerk = await tb.as('clerk');
    const head = await tb.as('head');

    const c = await clerk.call('cases.create', await validCaseInput(clerk));
    const doc = await clerk.call('documents.create', { caseId: c.id, formId: 2 });
    await clerk.call('documents.saveDraft', { id: doc.id, data: { ...doc.data, place: '东州市交通运输综合行政执法支队询问室' } });
    const draft = await clerk.call('documents.create', { caseId: c.id, formId: 3 });
    await clerk.call('documents.deleteDraft', { id: draft.id });
    await head.call('procedure.act', { caseId: c.id, action: { type: 'approve_registration', on: '2026-11-24' } } as never).catch(() => undefined);

    const docSettings = await admin.call('settings.documents.get', {});
    await admin.call('settings.documents.update', { ...docSettings.settings, zip: '318001' });
    const proc = await admin.call('settings.procedure.get', {});
    await admin.call('settings.procedure.update', { ...proc.settings, statementWorkingDays: 5, shortPeriodsInWorkingDays: !proc.settings.shortPeriodsInWorkingDays });
    const access = await admin.call('settings.access.get', {});
    await admin.call('settings.access.update', { ...access.settings, sessionIdleMinutes: 20, allowRemember: !access.settings.allowRemember });
    const devices = await admin.call('settings.devices.get', {});
    await admin.call('settings.devices.update', { ...devices.settings, pollMs: 500, transport: 'simulator' });
    await admin.call('calendar.set', { day: '2026-12-03', kind: 'holiday', name: '本地假日' });
    await admin.call('calendar.set', { day: '2026-12-03', kind: 'normal', name: '' });

    const exported = await admin.call('catalog.export', { format: 'json' });
    const causes = JSON.parse(exported.content) as { title: string; active: boolean }[];
    causes[0] = { ...causes[0], title: `${causes[0].title}（修订）`, active: false };
    await admin.call('catalog.import', { format: 'json', content: JSON.stringify(causes), dryRun: false });

    const officers = await admin.call('officers.records', {});
    const o = officers[0];
    const { accounts: _a, ...editable } = o;
    await admin.call('officers.save', { ...editable, unit: '东州市交通运输综合行政执法支队二大队', status: 'suspended' } as never);

    const made = await admin.call('accounts.create', { username: 'chengang', displayName: '陈刚', role: 'clerk', officerId: null });
    await admin.call('accounts.update', { id: made.account.id, displayName: '陈刚', role: 'reviewer', officerId: null } as never).catch(() => undefined);
    await admin.call('accounts.setActive', { id: made.account.id, active: false });
    await admin.call('accounts.setActive', { id: made.account.id, active: true });
    await admin.call('accounts.resetPassword', { id: made.account.id });
    await tb.as(TYPED_UNKNOWN).catch(() => undefined);
    await tb.as('clerk2').then((x) => x.call('session.logout', {}));

    await clerk.call('idcard.simulator.control', { action: 'place', fixture: 'resident' });
    const read = await clerk.call('idcard.read', {});
    await clerk.call('idcard.sheet', { readId: read.readId });
    await clerk.call('idcard.photo', { readId: read.readId });

    usernames = [...(await admin.call('accounts.list', {})).map((a) => a.username), TYPED_UNKNOWN];
  });
  after(() => tb.close());

  async function everyEntry(): Promise<AuditEntryView[]> {
    const all: AuditEntryView[] = [];
    let beforeId: number | undefined;
    for (;;) {
      const page = await admin.call('audit.list', { limit: 200, ...(beforeId ? { beforeId } : {}) });
      all.push(...page.items);
      if (!page.hasMore) return all;
      beforeId = page.items[page.items.length - 1].id;
    }
  }

  it('every audited change reads in Chinese, with no field code or #id', async () => {
    const entries = await everyEntry();
    const kinds = new Set(entries.map((e) => e.action));
    for (const k of ['case.register', 'document.create', 'document.save', 'document.issue', 'document.deleteDraft', 'settings.documents.update',
      'settings.procedure.update', 'settings.access.update', 'settings.devices.update', 'calendar.set', 'catalog.import', 'officer.update',
      'account.create', 'account.disable', 'account.resetPassword', 'login.succeeded', 'login.failed', 'idcard.read', 'idcard.sheet', 'idcard.photo',
      'procedure.approve_registration', 'procedure.record_service']) {
      assert.ok(kinds.has(k), `the walk wrote no ${k}; found ${[...kinds].join(' ')}`);
    }
    const problems: string[] = [];
    for (const e of entries) {
      const texts = [e.actionLabel, e.entityLabel, e.note, ...e.changes.flatMap((c) => [c.label, c.beforeText, c.afterText])];
      for (const t of texts) {
        const bad = offending(t, e.entity === 'account' ? usernames : []);
        if (bad !== null) problems.push(`${e.action}: ${bad.slice(0, 120)}`);
      }
    }
    assert.deepEqual([...new Set(problems)], []);
  });
});
