import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../main/contract/errors';
import { assertPasswordPolicy, passwordProblems } from '../../main/services/password-policy';
import { DUMMY_HASH, generateOneTimePassword, hashPassword, needsRehash, SCRYPT_PARAMS, verifyPassword } from '../../main/services/passwords';
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
    // A cost far beyond any we write is damage, not a gigabyte to spend.
    assert.equal(await verifyPassword('x', 'scrypt$1073741824$8$1$AAAA$AAAA'), false);
  });

  it('still verifies a hash made with a lower cost, and says it wants rehashing', async () => {
    // What an earlier release with N=2^14 would have stored.
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const old = ['scrypt', 16384, 8, 1, salt.toString('base64'), scryptSync('旧密码Ab12', salt, 32, { N: 16384, r: 8, p: 1 }).toString('base64')].join('$');
    assert.equal(await verifyPassword('旧密码Ab12', old), true);
    assert.equal(needsRehash(old), true);
    assert.equal(needsRehash(await hashPassword('x')), false);
  });

  it('compares an unknown user against a dummy of the same cost', () => {
    assert.ok(DUMMY_HASH.startsWith(`scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$`));
  });

  it('makes one-time passwords of 12 unambiguous characters that pass the policy', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generateOneTimePassword();
      assert.equal(p.length, 12);
      assert.doesNotMatch(p, /[0O1lI2Z5S]/);
      assert.deepEqual(passwordProblems(p, { username: 'clerk', minLength: 12 }), []);
      seen.add(p);
    }
    assert.equal(seen.size, 200);
  });
});

describe('password policy', () => {
  const ctx = { username: 'zhangwei', minLength: 10 };

  it('accepts a long mixed password unrelated to the user name', () => {
    assert.deepEqual(passwordProblems('Lm9#kq2!Tx', ctx), []);
    assert.deepEqual(passwordProblems('东州执法Road2026', ctx), []);
  });

  it('names the minimum length and the length given', () => {
    assert.deepEqual(passwordProblems('Ab3$xyzq', ctx), ['密码至少需要10位，当前只有8位']);
  });

  it('refuses the user name itself, in any case, and a password containing it', () => {
    assert.ok(passwordProblems('ZhangWei', { username: 'zhangwei', minLength: 8 }).includes('密码不能与用户名相同'));
    assert.ok(passwordProblems('Zhangwei#2026', ctx).includes('密码不能包含用户名“zhangwei”'));
  });

  it('refuses the common weak ones: keyboard walks, runs and repeats, the demo and admin defaults, pinyin words', () => {
    for (const weak of [
      'qwertyuiop', 'Qwerty123456', '1qaz2wsx3edc', 'asdfghjkl;', '1234567890', '0987654321', '1111111111', '1212121212',
      'abcdefghij', 'demo1234', 'Demo12345678', 'admin123', 'Admin123456', 'password', 'Password2026!', 'P@ssw0rd', 'woaini1314',
      'Woaini520520', 'zhongguo123', 'abcd1234abcd',
    ]) {
      assert.ok(
        passwordProblems(weak, { username: 'clerk', minLength: 8 }).some((p) => p.startsWith('该密码属于常见弱密码')),
        `${weak} should be refused as weak`,
      );
    }
  });

  it('asks for two kinds of character', () => {
    assert.ok(passwordProblems('correcthorsebattery', ctx).includes('密码须包含大写字母、小写字母、数字、符号中的至少两类'));
  });

  it('refuses with PASSWORD_WEAK, every problem in the message, pointing at the field', () => {
    assert.throws(
      () => assertPasswordPolicy('clerk1', { username: 'clerk', minLength: 10 }, 'next'),
      (e: unknown) =>
        e instanceof AppError && e.code === 'PASSWORD_WEAK' && e.issues?.[0]?.path === 'next' &&
        e.message.includes('至少需要10位') && e.message.includes('用户名'),
    );
  });
});

describe('sessions', () => {
  const limits = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };

  it('resumes by token and forgets a closed session', () => {
    const store = new SessionStore(() => Date.now(), limits);
    const s = store.open({ accountId: 1, username: 'clerk', displayName: '李明', role: 'clerk', officerId: 1 });
    assert.ok(s.token.length >= 32);
    assert.equal(store.resume(s.token)?.accountId, 1);
    store.close(s.token);
    assert.equal(store.resume(s.token), null);
    assert.equal(store.resume('made-up-token-0000000000'), null);
  });

  it('ends a session idle past the limit, and any session past its lifetime however active', () => {
    let now = 0;
    const store = new SessionStore(() => now, limits);
    const idle = store.open({ accountId: 1, username: 'clerk', displayName: '李明', role: 'clerk', officerId: 1 });
    const busy = store.open({ accountId: 2, username: 'head', displayName: '孙建国', role: 'head', officerId: null });
    const kept = store.open({ accountId: 3, username: 'reviewer', displayName: '赵敏', role: 'reviewer', officerId: null, remembered: true });
    for (now = 0; now < 11 * 3_600_000; now += 20 * 60_000) {
      assert.ok(store.validate(busy));
    }
    assert.equal(store.resume(idle.token), null, 'idle for hours');
    assert.equal(store.validate(kept), true, 'remembered: exempt from the idle limit');
    now = 12 * 3_600_000;
    assert.equal(store.sweep(), 2);
    assert.equal(store.resume(busy.token), null);
    assert.equal(store.resume(kept.token), null, 'not from the lifetime');
  });

  it('ends all sessions of one account but the one kept', () => {
    const store = new SessionStore(() => 0, limits);
    const a = store.open({ accountId: 1, username: 'clerk', displayName: '李明', role: 'clerk', officerId: 1 });
    const b = store.open({ accountId: 1, username: 'clerk', displayName: '李明', role: 'clerk', officerId: 1 });
    const c = store.open({ accountId: 2, username: 'head', displayName: '孙建国', role: 'head', officerId: null });
    assert.equal(store.endSessionsOf(1, a.token), 1);
    assert.equal(store.validate(a), true);
    assert.equal(store.validate(b), false);
    assert.equal(store.validate(c), true);
  });
});
