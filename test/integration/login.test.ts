import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AccountRow, RememberedSessionRow } from '../../db/entities';
import { memoryKeychain, unavailableKeychain } from '../../main/security/keychain';
import { tokenHash } from '../../main/services/login';
import type { Connection } from '../../main/rpc/dispatcher';
import { clientOf, DEMO_PASSWORD, keychainFor, startTestBackend, type TestBackend } from '../support/backend';
import { accountAudit, HOUR, MINUTE, SECOND, steppingClock } from '../support/access';

function fresh(tb: TestBackend) {
  return clientOf(tb.backend, { session: null } as Connection);
}

async function fails(tb: TestBackend, username: string, times: number, clock: { advance(ms: number): void }) {
  for (let i = 0; i < times; i++) {
    const e = await fresh(tb).fail('session.login', { username, password: `wrong-${i}` });
    if (e.code !== 'LOGIN_FAILED') return e;
    clock.advance(31 * SECOND); // past any back-off window
  }
  return null;
}

describe('login policy', () => {
  const clock = steppingClock('2026-11-24T10:00:00');
  let tb: TestBackend;
  before(async () => {
    tb = await startTestBackend({ clock });
  });
  after(() => tb.close());

  it('the sixth failed login locks the account and says until when', async () => {
    const c = fresh(tb);
    for (let i = 1; i <= 5; i++) {
      const e = await c.fail('session.login', { username: 'clerk2', password: `guess-${i}` });
      assert.equal(e.code, 'LOGIN_FAILED', `attempt ${i}`);
      assert.equal(e.message, '用户名或密码不正确');
      clock.advance(31 * SECOND);
    }
    // 5 × 31 s after 10:00:00 is 10:02:35; locked for the default 30 minutes.
    const locked = await c.fail('session.login', { username: 'clerk2', password: 'guess-6' });
    assert.equal(locked.code, 'ACCOUNT_LOCKED');
    assert.match(locked.message, /连续6次登录失败/);
    assert.match(locked.message, /锁定至 10:32（还剩30分钟）/);

    // While locked even the right password is refused, with the time left.
    clock.advance(10 * MINUTE);
    const still = await fresh(tb).fail('session.login', { username: 'clerk2', password: DEMO_PASSWORD });
    assert.equal(still.code, 'ACCOUNT_LOCKED');
    assert.match(still.message, /10:32（还剩20分钟）/);

    const audit = (await accountAudit(tb.backend.db)).filter((a) => a.actorName.includes('clerk2'));
    assert.equal(audit.filter((a) => a.action === 'login.failed').length, 6);
    const lock = audit.filter((a) => a.action === 'login.locked');
    assert.equal(lock.length, 1);
    assert.match(lock[0].detail, /连续6次登录失败，锁定至 2026-11-24T10:32:35/);

    clock.advance(21 * MINUTE);
    const back = await fresh(tb).call('session.login', { username: 'clerk2', password: DEMO_PASSWORD });
    assert.equal(back.account.username, 'clerk2');
    const row = await tb.backend.db.read((m) => m.findOneByOrFail(AccountRow, { username: 'clerk2' }));
    assert.equal(row.failedLogins, 0, 'a success resets the count');
    assert.equal(row.lockedUntil, null);
  });

  it('answers an unknown user exactly as a wrong password, after the same scrypt work', async () => {
    clock.advance(HOUR);
    const time = async (username: string) => {
      const t = performance.now();
      const e = await fresh(tb).fail('session.login', { username, password: 'not-the-password' });
      return { e, ms: performance.now() - t };
    };
    const unknown = await time('nobody-here');
    const wrong = await time('archivist');
    assert.deepEqual(unknown.e, wrong.e);
    assert.ok(unknown.ms > 20, `unknown user answered in ${unknown.ms.toFixed(1)} ms: no scrypt work`);
    assert.ok(unknown.ms > wrong.ms / 3 && unknown.ms < wrong.ms * 3, `${unknown.ms} vs ${wrong.ms}`);

    const audit = await accountAudit(tb.backend.db);
    const noName = audit.filter((a) => a.action === 'login.failed' && a.actorId === null).at(-1);
    assert.ok(noName);
    assert.match(noName.detail, /nobody-here/);
    assert.ok(audit.every((a) => !a.detail.includes('not-the-password') && !a.changes.includes('not-the-password')), 'no password in the audit');
  });

  it('backs off after the third failure, without checking the password, then lets the right one in', async () => {
    clock.advance(HOUR);
    assert.equal(await fails(tb, 'reviewer', 3, { advance: () => undefined }), null);
    const soon = await fresh(tb).fail('session.login', { username: 'reviewer', password: DEMO_PASSWORD });
    assert.equal(soon.code, 'LOGIN_THROTTLED');
    assert.equal(soon.message, '登录尝试过于频繁，请 1 秒后再试');
    clock.advance(SECOND);
    const e4 = await fresh(tb).fail('session.login', { username: 'reviewer', password: 'wrong-again' });
    assert.equal(e4.code, 'LOGIN_FAILED');
    const waitMore = await fresh(tb).fail('session.login', { username: 'reviewer', password: DEMO_PASSWORD });
    assert.equal(waitMore.message, '登录尝试过于频繁，请 2 秒后再试', 'the window grows');
    clock.advance(2 * SECOND);
    assert.equal((await fresh(tb).call('session.login', { username: 'reviewer', password: DEMO_PASSWORD })).account.role, 'reviewer');
  });

  it('backs off one connection that guesses across usernames', async () => {
    clock.advance(HOUR);
    const c = fresh(tb);
    for (const name of ['root', 'administrator', 'guest']) assert.equal((await c.fail('session.login', { username: name, password: 'x' })).code, 'LOGIN_FAILED');
    assert.equal((await c.fail('session.login', { username: 'head', password: DEMO_PASSWORD })).code, 'LOGIN_THROTTLED');
    // Another window is not held back by this one's guesses.
    assert.equal((await fresh(tb).call('session.login', { username: 'head', password: DEMO_PASSWORD })).account.role, 'head');
  });

  it('audits a success with the account as actor', async () => {
    clock.advance(HOUR);
    const s = await fresh(tb).call('session.login', { username: 'archivist', password: DEMO_PASSWORD });
    const last = (await accountAudit(tb.backend.db)).at(-1)!;
    assert.equal(last.action, 'login.succeeded');
    assert.equal(last.actorId, s.account.id);
    assert.equal(last.entityId, String(s.account.id));
  });

  it('refuses a disabled account after its password', async () => {
    clock.advance(HOUR);
    const admin = await tb.as('admin');
    const accounts = await admin.call('accounts.list', {});
    const id = accounts.find((a) => a.username === 'clerk')!.id;
    await admin.call('accounts.setActive', { id, active: false });
    assert.equal((await fresh(tb).fail('session.login', { username: 'clerk', password: DEMO_PASSWORD })).code, 'ACCOUNT_DISABLED');
    await admin.call('accounts.setActive', { id, active: true });
  });

  it('rehashes on login a password stored with a lower cost', async () => {
    clock.advance(HOUR);
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.alloc(16, 7);
    const weakCost = ['scrypt', 1024, 8, 1, salt.toString('base64'), scryptSync(DEMO_PASSWORD, salt, 32, { N: 1024, r: 8, p: 1 }).toString('base64')].join('$');
    await tb.backend.db.write((m) => m.update(AccountRow, { username: 'head' }, { passwordHash: weakCost }));
    await fresh(tb).call('session.login', { username: 'head', password: DEMO_PASSWORD });
    const row = await tb.backend.db.read((m) => m.findOneByOrFail(AccountRow, { username: 'head' }));
    assert.match(row.passwordHash, /^scrypt\$32768\$8\$1\$/);
    await fresh(tb).call('session.login', { username: 'head', password: DEMO_PASSWORD });
  });
});

describe('sessions', () => {
  const clock = steppingClock('2026-11-24T08:00:00');
  let tb: TestBackend;
  before(async () => {
    tb = await startTestBackend({ clock });
  });
  after(() => tb.close());

  it('ends a session idle for longer than the limit: the next call is refused and the connection signed out', async () => {
    const c = await tb.as('clerk');
    clock.advance(29 * MINUTE);
    await c.call('cases.search', {});
    clock.advance(30 * MINUTE);
    const e = await c.fail('cases.search', {});
    assert.equal(e.code, 'SESSION_EXPIRED');
    assert.equal(c.conn.session, null);
    assert.equal((await c.fail('cases.search', {})).code, 'NOT_AUTHENTICATED');
  });

  it('ends a busy session at its absolute lifetime, and a resume after it', async () => {
    const c = await tb.as('clerk');
    const token = c.conn.session!.token;
    for (let h = 0; h < 11.5 * 60; h += 20) {
      clock.advance(20 * MINUTE);
      await c.call('cases.search', {});
    }
    clock.advance(30 * MINUTE);
    assert.equal((await c.fail('cases.search', {})).code, 'SESSION_EXPIRED');
    assert.equal((await fresh(tb).fail('session.resume', { token })).code, 'SESSION_EXPIRED');
  });

  it('follows the idle limit the admin sets', async () => {
    const admin = await tb.as('admin');
    const { settings } = await admin.call('settings.access.get', {});
    await admin.call('settings.access.update', { ...settings, sessionIdleMinutes: 5 });
    const c = await tb.as('clerk');
    clock.advance(6 * MINUTE);
    assert.equal((await c.fail('cases.search', {})).code, 'SESSION_EXPIRED');
    const admin2 = await tb.as('admin');
    await admin2.call('settings.access.update', settings);
  });
});

describe('remembered sessions', () => {
  it('keeps the token in the keychain and only its hash on disk, survives a restart, and logout forgets both', async () => {
    const clock = steppingClock('2026-11-24T09:00:00');
    const tb = await startTestBackend({ clock });
    const keychain = keychainFor(tb.dataDir) as ReturnType<typeof memoryKeychain>;
    const login = await fresh(tb).call('session.login', { username: 'clerk', password: DEMO_PASSWORD, remember: true });
    assert.equal(login.remembered, true);
    const [[key, token]] = [...keychain.entries.entries()].filter(([k]) => k.startsWith('session:'));
    assert.equal(token, login.token);
    assert.match(key, /^session:[0-9a-f-]{16,}$/);
    const rows = await tb.backend.db.read((m) => m.find(RememberedSessionRow));
    assert.deepEqual(rows.map((r) => r.tokenHash), [tokenHash(login.token)]);
    await tb.close();

    clock.advance(2 * HOUR); // past the idle limit: a remembered session asked to stay
    const again = await startTestBackend({ dataDir: tb.dataDir, clock });
    const c = fresh(again);
    const restored = await c.call('session.restore', {});
    assert.equal(restored.account.username, 'clerk');
    assert.equal(restored.remembered, true);
    await c.call('cases.search', {});
    await c.call('session.logout', {});
    assert.equal(keychain.entries.has(key), false);
    assert.equal((await again.backend.db.read((m) => m.count(RememberedSessionRow))), 0);
    assert.equal((await fresh(again).fail('session.restore', {})).code, 'NOT_AUTHENTICATED');
    await again.close();
  });

  it('obeys the absolute lifetime across restarts', async () => {
    const clock = steppingClock('2026-11-24T09:00:00');
    const tb = await startTestBackend({ clock });
    await fresh(tb).call('session.login', { username: 'clerk', password: DEMO_PASSWORD, remember: true });
    await tb.close();
    clock.advance(12 * HOUR + MINUTE);
    const again = await startTestBackend({ dataDir: tb.dataDir, clock });
    assert.equal((await fresh(again).fail('session.restore', {})).code, 'SESSION_EXPIRED');
    assert.equal((await again.backend.db.read((m) => m.count(RememberedSessionRow))), 0);
    await again.close();
  });

  it('a disabled account is not restored', async () => {
    const clock = steppingClock('2026-11-24T09:00:00');
    const tb = await startTestBackend({ clock });
    const kept = await fresh(tb).call('session.login', { username: 'clerk2', password: DEMO_PASSWORD, remember: true });
    const admin = await tb.as('admin');
    await admin.call('accounts.setActive', { id: kept.account.id, active: false });
    await tb.close();
    const again = await startTestBackend({ dataDir: tb.dataDir, clock });
    assert.equal((await fresh(again).fail('session.restore', {})).code, 'NOT_AUTHENTICATED', 'disabling ended the remembered session too');
    assert.equal((await again.backend.db.read((m) => m.count(RememberedSessionRow))), 0);
    await again.close();
  });

  it('without a keychain, or when the office does not allow it, signs in without remembering and writes nothing', async () => {
    const none = await startTestBackend({ keychain: unavailableKeychain('未能连接系统钥匙串（Secret Service）：测试') });
    const s = await fresh(none).call('session.login', { username: 'clerk', password: DEMO_PASSWORD, remember: true });
    assert.equal(s.remembered, false);
    assert.equal(await none.backend.db.read((m) => m.count(RememberedSessionRow)), 0);
    const info = await fresh(none).call('app.info', {});
    assert.deepEqual(info.keychain, { available: false, kind: 'none', message: '未能连接系统钥匙串（Secret Service）：测试' });
    await none.close();

    const keychain = memoryKeychain();
    const tb = await startTestBackend({ keychain });
    const admin = await tb.as('admin');
    const { settings } = await admin.call('settings.access.get', {});
    assert.equal((await fresh(tb).call('app.info', {})).rememberAllowed, true);
    await admin.call('settings.access.update', { ...settings, allowRemember: false });
    // The login page learns it before anyone signs in, and offers no 保持登录.
    assert.equal((await fresh(tb).call('app.info', {})).rememberAllowed, false);
    const s2 = await fresh(tb).call('session.login', { username: 'clerk', password: DEMO_PASSWORD, remember: true });
    assert.equal(s2.remembered, false);
    assert.equal(keychain.entries.size, [...keychain.entries.keys()].filter((k) => !k.startsWith('session:')).length);
    await tb.close();
  });
});
