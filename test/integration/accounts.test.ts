import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AccountRow } from '../../db/entities';
import type { Connection, Session } from '../../main/rpc/dispatcher';
import { setAccountActive, updateAccount } from '../../main/services/accounts';
import { SessionStore } from '../../main/services/sessions';
import { memoryKeychain } from '../../main/security/keychain';
import { clientOf, DEMO_PASSWORD, startTestBackend, type Client, type TestBackend } from '../support/backend';
import { accountAudit, GOOD_PASSWORD, MINUTE, steppingClock } from '../support/access';

describe('account management', () => {
  const clock = steppingClock('2026-11-24T09:00:00');
  let tb: TestBackend;
  let admin: Client;
  const fresh = () => clientOf(tb.backend, { session: null } as Connection);
  const idOf = async (username: string) => (await admin.call('accounts.list', {})).find((a) => a.username === username)!.id;
  before(async () => {
    tb = await startTestBackend({ clock });
    admin = await tb.as('admin');
  });
  after(() => tb.close());

  it('lists accounts with their officer, never a hash', async () => {
    const list = await admin.call('accounts.list', {});
    const clerk = list.find((a) => a.username === 'clerk')!;
    assert.equal(clerk.officerName, '李明');
    assert.equal(clerk.mustChangePassword, false);
    assert.ok(list.every((a) => !JSON.stringify(a).includes('scrypt')));
    assert.equal((await (await tb.as('head')).fail('accounts.list', {})).code, 'FORBIDDEN');
  });

  it('a one-time password must be changed before any other call', async () => {
    const officers = await admin.call('officers.list', {});
    const made = await admin.call('accounts.create', { username: 'chenGang', displayName: '陈刚', role: 'clerk', officerId: officers[2].id });
    assert.equal(made.oneTimePassword.length, 12);
    assert.equal(made.account.mustChangePassword, true);
    assert.equal(made.account.officerName, officers[2].name);

    const c = fresh();
    const s = await c.call('session.login', { username: 'chengang', password: made.oneTimePassword });
    assert.equal(s.account.mustChangePassword, true);
    assert.equal((await c.fail('cases.search', {})).code, 'PASSWORD_CHANGE_REQUIRED');
    await c.call('office.get', {}); // open before the change: the page shows whose office it is

    const weak = await c.fail('session.changePassword', { current: made.oneTimePassword, next: 'chengang2026' });
    assert.equal(weak.code, 'PASSWORD_WEAK');
    assert.match(weak.message, /不能包含用户名/);
    assert.equal(weak.issues?.[0]?.path, 'next');
    assert.equal((await c.fail('session.changePassword', { current: 'not-it', next: GOOD_PASSWORD })).code, 'PASSWORD_WRONG');
    assert.equal((await c.fail('session.changePassword', { current: made.oneTimePassword, next: made.oneTimePassword })).code, 'PASSWORD_WEAK');

    const changed = await c.call('session.changePassword', { current: made.oneTimePassword, next: GOOD_PASSWORD });
    assert.equal(changed.account.mustChangePassword, false);
    await c.call('cases.search', {});
    assert.equal((await fresh().fail('session.login', { username: 'chengang', password: made.oneTimePassword })).code, 'LOGIN_FAILED');
    await fresh().call('session.login', { username: 'chengang', password: GOOD_PASSWORD });
  });

  it('refuses a username already taken in any case, and an officer that does not exist', async () => {
    const taken = await admin.fail('accounts.create', { username: 'CLERK', displayName: '某某', role: 'clerk', officerId: null });
    assert.equal(taken.code, 'USERNAME_TAKEN');
    assert.equal(taken.issues?.[0]?.path, 'username');
    const noOfficer = await admin.fail('accounts.create', { username: 'newbie', displayName: '某某', role: 'clerk', officerId: 9999 });
    assert.equal(noOfficer.code, 'NOT_FOUND');
    assert.equal(noOfficer.issues?.[0]?.path, 'officerId');
  });

  it('a role change ends the session', async () => {
    const clerk2 = await tb.as('clerk2');
    const id = await idOf('clerk2');
    const before = (await admin.call('accounts.list', {})).find((a) => a.id === id)!;
    const updated = await admin.call('accounts.update', { id, version: before.version, displayName: '王芳', role: 'reviewer', officerId: before.officerId });
    assert.equal(updated.role, 'reviewer');
    assert.equal((await clerk2.fail('cases.search', {})).code, 'SESSION_EXPIRED');
    assert.equal(clerk2.conn.session, null);
    const again = await fresh().call('session.login', { username: 'clerk2', password: DEMO_PASSWORD });
    assert.equal(again.account.role, 'reviewer');

    const stale = await admin.fail('accounts.update', { id, version: before.version, displayName: '王芳', role: 'clerk', officerId: before.officerId });
    assert.equal(stale.code, 'CONFLICT');
    await admin.call('accounts.update', { id, version: updated.version, displayName: '王芳', role: 'clerk', officerId: before.officerId });
  });

  it("a disabled account's open connection is refused on its next call", async () => {
    const clerk = await tb.as('clerk');
    const id = await idOf('clerk');
    await clerk.call('cases.search', {});
    assert.equal(tb.backend.signedIn(clerk.conn), true);
    const off = await admin.call('accounts.setActive', { id, active: false });
    assert.equal(off.active, false);
    // Before its next call, too: the window hears no more events.
    assert.equal(tb.backend.signedIn(clerk.conn), false);
    assert.equal((await clerk.fail('cases.search', {})).code, 'SESSION_EXPIRED');
    assert.equal((await fresh().fail('session.login', { username: 'clerk', password: DEMO_PASSWORD })).code, 'ACCOUNT_DISABLED');
    await admin.call('accounts.setActive', { id, active: true });
    await tb.as('clerk');
  });

  it('keeps the admin from demoting or disabling itself, and the last active admin from being lost', async () => {
    const self = (await admin.call('accounts.list', {})).find((a) => a.username === 'admin')!;
    assert.equal((await admin.fail('accounts.update', { id: self.id, version: self.version, displayName: self.displayName, role: 'clerk', officerId: null })).code, 'ACCOUNT_SELF');
    assert.equal((await admin.fail('accounts.setActive', { id: self.id, active: false })).code, 'ACCOUNT_SELF');
    // Through the dispatcher the caller is itself another active admin; the service holds the line regardless.
    const deps = { db: tb.backend.db, clock, sessions: new SessionStore(() => 0, { idleMs: 1, maxMs: 1 }), keychain: memoryKeychain() };
    const ghost: Session = { token: 'x'.repeat(32), accountId: 9999, username: 'ghost', displayName: '某', role: 'admin', officerId: null };
    await assert.rejects(setAccountActive(deps, ghost, { id: self.id, active: false }), { code: 'ACCOUNT_LAST_ADMIN' });
    await assert.rejects(updateAccount(deps, ghost, { id: self.id, version: self.version, displayName: 'x', role: 'head', officerId: null }), { code: 'ACCOUNT_LAST_ADMIN' });
    const clerkSession: Session = { ...ghost, role: 'clerk' };
    await assert.rejects(setAccountActive(deps, clerkSession, { id: self.id, active: false }), { code: 'FORBIDDEN' });
  });

  it('a reset gives a new one-time password, clears the lockout and ends the sessions; unlock clears a lockout', async () => {
    const reviewer = await tb.as('reviewer');
    for (let i = 0; i < 6; i++) {
      await fresh().fail('session.login', { username: 'reviewer', password: `no-${i}` });
      clock.advance(MINUTE);
    }
    const id = await idOf('reviewer');
    const locked = (await admin.call('accounts.list', {})).find((a) => a.id === id)!;
    assert.ok(locked.lockedUntil);
    assert.equal(locked.failedLogins, 6);

    const unlocked = await admin.call('accounts.unlock', { id });
    assert.equal(unlocked.lockedUntil, null);
    assert.equal(unlocked.failedLogins, 0);
    await fresh().call('session.login', { username: 'reviewer', password: DEMO_PASSWORD });

    const reset = await admin.call('accounts.resetPassword', { id });
    assert.equal(reset.account.mustChangePassword, true);
    assert.equal((await reviewer.fail('cases.search', {})).code, 'SESSION_EXPIRED');
    assert.equal((await fresh().fail('session.login', { username: 'reviewer', password: DEMO_PASSWORD })).code, 'LOGIN_FAILED');
    const s = await fresh().call('session.login', { username: 'reviewer', password: reset.oneTimePassword });
    assert.equal(s.account.mustChangePassword, true);
  });

  it("a user's own change of password ends their other sessions, not this one", async () => {
    const here = await tb.as('archivist');
    const there = await tb.as('archivist');
    await here.call('session.changePassword', { current: DEMO_PASSWORD, next: GOOD_PASSWORD });
    await here.call('cases.search', {});
    assert.equal((await there.fail('cases.search', {})).code, 'SESSION_EXPIRED');
    const row = await tb.backend.db.read((m) => m.findOneByOrFail(AccountRow, { username: 'archivist' }));
    assert.ok(row.passwordChangedAt);
  });

  it('audits every change on the account, with no hash or password in it', async () => {
    const audit = await accountAudit(tb.backend.db);
    const actions = new Set(audit.map((a) => a.action));
    for (const a of ['account.create', 'account.update', 'account.disable', 'account.enable', 'account.resetPassword', 'account.unlock', 'account.changePassword']) {
      assert.ok(actions.has(a), `${a} audited`);
    }
    for (const a of audit) {
      assert.ok(!a.changes.includes('scrypt') && !a.detail.includes('scrypt'), `${a.action} carries a hash`);
      assert.ok(!a.changes.includes(GOOD_PASSWORD) && !a.detail.includes(GOOD_PASSWORD));
    }
    const update = audit.find((a) => a.action === 'account.update')!;
    assert.match(update.changes, /role/);
  });
});
