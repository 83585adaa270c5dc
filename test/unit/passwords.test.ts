import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, verifyPassword } from '../../main/services/passwords';
import { SessionStore } from '../../main/services/sessions';

describe('passwords', () => {
  it('stores a salted scrypt hash, never the password, and verifies it', async () => {
    const a = await hashPassword('执法2026!');
    const b = await hashPassword('执法2026!');
    assert.match(a, /^scrypt\$32768\$8\$1\$/);
    assert.ok(!a.includes('执法2026'));
    assert.notEqual(a, b, 'salted');
    assert.equal(await verifyPassword('执法2026!', a), true);
    assert.equal(await verifyPassword('执法2026', a), false);
  });

  it('rejects a malformed stored hash instead of throwing', async () => {
    assert.equal(await verifyPassword('x', 'md5$abc'), false);
    assert.equal(await verifyPassword('x', ''), false);
  });
});

describe('sessions', () => {
  it('resumes by token and forgets a closed session', () => {
    const store = new SessionStore();
    const s = store.open({ accountId: 1, username: 'clerk', displayName: '李明', role: 'clerk', officerId: 1 });
    assert.ok(s.token.length >= 32);
    assert.equal(store.resume(s.token)?.accountId, 1);
    store.close(s.token);
    assert.equal(store.resume(s.token), null);
    assert.equal(store.resume('made-up-token-0000000000'), null);
  });
});
