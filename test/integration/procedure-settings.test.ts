import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_PROCEDURE_SETTINGS } from '../../main/contract/procedure';
import { fixedClock } from '../../main/services/clock';
import { refreshCaseDeadlines } from '../../main/services/deadlines';
import { PROCEDURE_SETTINGS_KEY } from '../../main/services/procedure-settings';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';

describe('procedure settings (程序设置)', () => {
  let tb: TestBackend;
  let admin: Client;
  let clerk: Client;

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock('2026-11-24T10:00:00') });
    admin = await tb.as('admin');
    clerk = await tb.as('clerk');
  });
  after(() => tb.close());

  const storeRaw = (value: string) =>
    tb.backend.db.write((m) =>
      m.query('INSERT INTO office_setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
        PROCEDURE_SETTINGS_KEY,
        value,
        '2026-11-24T10:00:00',
      ]),
    );

  it('gives a fresh office the defaults, each setting with the source it comes from', async () => {
    const got = await clerk.call('settings.procedure.get', {});
    assert.deepEqual(got.settings, DEFAULT_PROCEDURE_SETTINGS);
    assert.deepEqual(got.defaults, DEFAULT_PROCEDURE_SETTINGS);
    for (const key of Object.keys(DEFAULT_PROCEDURE_SETTINGS)) assert.ok((got.sources[key] ?? '').length > 0, `source of ${key}`);
  });

  it('stores an admin’s change, audits it, and returns it on the next read', async () => {
    const changed = { ...DEFAULT_PROCEDURE_SETTINGS, hearingFineIndividual: 3000, reviewAllGeneral: false, alertDays: 5 };
    assert.deepEqual(await admin.call('settings.procedure.update', changed), changed);
    assert.deepEqual((await clerk.call('settings.procedure.get', {})).settings, changed);
    const audit = (await tb.backend.db.read((m) =>
      m.query("SELECT entity_id, changes FROM audit_log WHERE action = 'settings.procedure.update' ORDER BY id"),
    )) as { entity_id: string; changes: string }[];
    assert.equal(audit.length, 1);
    assert.equal(audit[0].entity_id, PROCEDURE_SETTINGS_KEY);
    const paths = (JSON.parse(audit[0].changes) as { path: string }[]).map((c) => c.path).sort();
    assert.deepEqual(paths, ['alertDays', 'hearingFineIndividual', 'reviewAllGeneral']);
  });

  it('reads a stored record that lacks later-added settings over the defaults', async () => {
    await storeRaw(JSON.stringify({ hearingFineIndividual: 5000, statementWorkingDays: 5 }));
    const { settings } = await clerk.call('settings.procedure.get', {});
    assert.deepEqual(settings, { ...DEFAULT_PROCEDURE_SETTINGS, hearingFineIndividual: 5000, statementWorkingDays: 5 });
  });

  it('refuses an out-of-range or missing setting, naming the field, and keeps what was stored', async () => {
    const stored = (await admin.call('settings.procedure.get', {})).settings;
    const tooShort = await admin.fail('settings.procedure.update', { ...stored, statementWorkingDays: 0 });
    assert.equal(tooShort.code, 'VALIDATION_FAILED');
    assert.deepEqual(tooShort.issues?.map((i) => i.path), ['statementWorkingDays']);
    const { alertDays: _left, ...missing } = stored;
    const incomplete = await admin.fail('settings.procedure.update', missing as typeof stored);
    assert.deepEqual(incomplete.issues?.map((i) => i.path), ['alertDays']);
    assert.deepEqual((await admin.call('settings.procedure.get', {})).settings, stored);
  });

  it('refuses switching on extensions or direct enforcement without naming the legal basis', async () => {
    const stored = (await admin.call('settings.procedure.get', {})).settings;
    const ext = await admin.fail('settings.procedure.update', { ...stored, decisionExtensionEnabled: true, decisionExtensionBasis: '  ' });
    assert.equal(ext.code, 'VALIDATION_FAILED');
    assert.deepEqual(ext.issues?.map((i) => i.path), ['decisionExtensionBasis']);
    assert.match(ext.message, /行政处罚法 第六十条/);
    const direct = await admin.fail('settings.procedure.update', { ...stored, directEnforcement: true, directEnforcementBasis: '' });
    assert.deepEqual(direct.issues?.map((i) => i.path), ['directEnforcementBasis']);
    assert.match(direct.message, /行政强制法 第十三条/);
    assert.deepEqual((await admin.call('settings.procedure.get', {})).settings, stored, 'nothing stored');
    const named = { ...stored, directEnforcement: true, directEnforcementBasis: '《中华人民共和国某法》第某条' };
    assert.deepEqual(await admin.call('settings.procedure.update', named), named);
    await admin.call('settings.procedure.update', stored);
  });

  it('lets only an admin change the settings', async () => {
    const stored = (await clerk.call('settings.procedure.get', {})).settings;
    const err = await clerk.fail('settings.procedure.update', { ...stored, hearingFineIndividual: 1 });
    assert.equal(err.code, 'FORBIDDEN');
    assert.deepEqual((await clerk.call('settings.procedure.get', {})).settings, stored);
  });

  it('moves an open 陈述申辩 deadline when the number of working days changes', async () => {
    await admin.call('settings.procedure.update', DEFAULT_PROCEDURE_SETTINGS);
    const { id } = await clerk.call('cases.create', await validCaseInput(clerk));
    // Told on Friday 2026-11-20: three working days end on Wednesday 11-25.
    await tb.backend.db.write(async (m) => {
      await m.query('UPDATE enforcement_case SET procedure_state = ? WHERE id = ?', [JSON.stringify({ notifiedOn: '2026-11-20' }), id]);
      await refreshCaseDeadlines(m, id);
    });
    const dueOn = async () =>
      ((await tb.backend.db.read((m) => m.query("SELECT due_on FROM case_deadline WHERE case_id = ? AND kind = 'statement_period'", [id]))) as { due_on: string }[])[0]
        ?.due_on;
    assert.equal(await dueOn(), '2026-11-25');
    await admin.call('settings.procedure.update', { ...DEFAULT_PROCEDURE_SETTINGS, statementWorkingDays: 5 });
    assert.equal(await dueOn(), '2026-11-27');
  });
});
