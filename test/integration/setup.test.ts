import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AccountRow, AuditRow, CauseRow, OfficeRow, OfficeSettingRow } from '../../db/entities';
import type { Connection } from '../../main/rpc/dispatcher';
import { DEFAULT_CASE_NUMBER_TEMPLATE } from '../../main/services/case-number';
import { DEMO_ACCOUNTS } from '../../main/services/seed';
import { clientOf, DEMO_PASSWORD, startTestBackend } from '../support/backend';
import { freshBackend, GOOD_PASSWORD } from '../support/access';

const SETUP = {
  office: { name: '西山市交通运输综合行政执法大队', shortName: '西', division: '330200' },
  admin: { username: 'it-wang', displayName: '王工', password: GOOD_PASSWORD },
};

describe('first-run setup', () => {
  it('a fresh install creates no account with a known password', async () => {
    const { backend, dataDir } = await freshBackend();
    const c = clientOf(backend, { session: null } as Connection);
    assert.equal(await backend.db.read((m) => m.count(AccountRow)), 0);
    const info = await c.call('app.info', {});
    assert.equal(info.setupNeeded, true);
    assert.equal(info.demo, false);
    assert.deepEqual(await c.call('setup.status', {}), { needed: true });
    for (const a of DEMO_ACCOUNTS) {
      assert.equal((await c.fail('session.login', { username: a.username, password: DEMO_PASSWORD })).code, 'SETUP_REQUIRED');
    }
    assert.equal((await c.fail('session.restore', {})).code, 'SETUP_REQUIRED');

    const s = await c.call('setup.complete', SETUP);
    assert.equal(s.account.username, 'it-wang');
    assert.equal(s.account.role, 'admin');
    assert.equal(s.account.mustChangePassword, false);
    assert.equal(s.office.name, SETUP.office.name);
    assert.equal(s.office.demo, false);
    // Signed in on that connection at once.
    assert.equal((await c.call('accounts.list', {})).length, 1);

    const accounts = await backend.db.read((m) => m.find(AccountRow));
    assert.deepEqual(accounts.map((a) => a.username), ['it-wang']);
    for (const a of DEMO_ACCOUNTS) {
      const e = await clientOf(backend, { session: null } as Connection).fail('session.login', { username: a.username, password: DEMO_PASSWORD });
      assert.equal(e.code, 'LOGIN_FAILED', `${a.username} / demo1234 opens nothing`);
    }
    assert.equal((await clientOf(backend, { session: null } as Connection).fail('session.login', { username: 'it-wang', password: DEMO_PASSWORD })).code, 'LOGIN_FAILED');
    assert.equal((await c.call('app.info', {})).setupNeeded, false);
    await backend.close();

    // Reopened on the same directory it is the office set up, not a demo.
    const { backend: again } = await freshBackend({ dataDir });
    assert.deepEqual(await again.db.read((m) => m.find(AccountRow)).then((r) => r.map((a) => a.username)), ['it-wang']);
    await clientOf(again, { session: null } as Connection).call('session.login', { username: 'it-wang', password: GOOD_PASSWORD });
    await again.close();

    // Only the demo asks for the demo accounts.
    const demo = await startTestBackend();
    const names = (await demo.backend.db.read((m) => m.find(AccountRow))).map((a) => a.username).sort();
    assert.deepEqual(names, DEMO_ACCOUNTS.map((a) => a.username).sort());
    await demo.close();
  });

  it('creates the office, its catalogue and document settings with only the name, and audits it', async () => {
    const { backend } = await freshBackend();
    await clientOf(backend, { session: null } as Connection).call('setup.complete', SETUP);
    const office = await backend.db.read((m) => m.findOneByOrFail(OfficeRow, { id: 1 }));
    assert.equal(office.shortName, '西');
    assert.equal(office.division, '330200');
    assert.equal(office.caseNumberTemplate, DEFAULT_CASE_NUMBER_TEMPLATE);
    assert.equal(office.demo, false);
    assert.equal(JSON.parse(office.categoryAbbrevs).road_transport, '运');
    assert.ok((await backend.db.read((m) => m.count(CauseRow))) > 10);
    const docs = await backend.db.read((m) => m.findOneByOrFail(OfficeSettingRow, { key: 'documents' }));
    assert.deepEqual(JSON.parse(docs.value), { name: SETUP.office.name });
    const audit = await backend.db.read((m) => m.find(AuditRow, { order: { id: 'ASC' } }));
    const actions = audit.map((a) => a.action);
    assert.ok(actions.includes('setup.complete') && actions.includes('account.create'));
    assert.ok(audit.every((a) => !a.detail.includes(GOOD_PASSWORD) && !a.changes.includes(GOOD_PASSWORD)));
    await backend.close();
  });

  it('refuses a weak first password with the reason, and a second setup once the office exists', async () => {
    const { backend } = await freshBackend();
    const c = clientOf(backend, { session: null } as Connection);
    const weak = await c.fail('setup.complete', { ...SETUP, admin: { ...SETUP.admin, password: 'admin123' } });
    assert.equal(weak.code, 'PASSWORD_WEAK');
    assert.equal(weak.issues?.[0]?.path, 'admin.password');
    assert.match(weak.message, /至少需要10位/);
    assert.equal(await backend.db.read((m) => m.count(OfficeRow)), 0, 'nothing written');

    await c.call('setup.complete', SETUP);
    const again = await clientOf(backend, { session: null } as Connection).fail('setup.complete', {
      ...SETUP, admin: { username: 'intruder', displayName: '某人', password: 'Another#Pass2026' },
    });
    assert.equal(again.code, 'SETUP_DONE');
    assert.equal(await backend.db.read((m) => m.count(AccountRow)), 1);
    await backend.close();
  });
});
