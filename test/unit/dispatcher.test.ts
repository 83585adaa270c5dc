import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../main/contract/errors';
import { createDispatcher, type Connection, type Handlers } from '../../main/rpc/dispatcher';

const reject = async (): Promise<never> => {
  throw new Error('not part of this test');
};

function handlers(overrides: Partial<Handlers>): Handlers {
  return new Proxy(overrides as Handlers, { get: (t, k: string) => (t as Record<string, unknown>)[k] ?? reject });
}

const clerk: Connection = { session: { token: 't', accountId: 1, username: 'clerk', displayName: '李明', role: 'clerk', officerId: 1 } };

describe('dispatcher', () => {
  it('answers an unknown call with UNKNOWN_CALL', async () => {
    const d = createDispatcher(handlers({}));
    const r = await d('cases.drop', {}, { session: null });
    assert.deepEqual(r, { ok: false, error: { code: 'UNKNOWN_CALL', message: '未知的操作' } });
  });

  it('refuses signed-in calls without a session and role-restricted calls for other roles', async () => {
    const d = createDispatcher(handlers({}));
    assert.equal((await d('cases.search', {}, { session: null })).ok, false);
    const r = await d('numbering.audit', { year: 2026 }, clerk);
    assert.equal(!r.ok && r.error.code, 'FORBIDDEN');
  });

  it('validates input before the service sees it, with every field issue', async () => {
    let called = false;
    const d = createDispatcher(handlers({ 'cases.search': async () => ((called = true), { items: [], total: 0, tookMs: 0 }) }));
    const r = await d('cases.search', { limit: 0, category: 'space' }, clerk);
    assert.equal(called, false);
    assert.ok(!r.ok);
    assert.equal(r.error.code, 'VALIDATION_FAILED');
    assert.deepEqual(r.error.issues?.map((i) => i.path).sort(), ['category', 'limit']);
  });

  it('passes parsed input with defaults to the service', async () => {
    const d = createDispatcher(handlers({ 'cases.search': async (input) => ({ items: [], total: input.limit, tookMs: input.offset }) }));
    const r = await d('cases.search', {}, clerk);
    assert.deepEqual(r, { ok: true, value: { items: [], total: 50, tookMs: 0 } });
  });

  it('turns an AppError into its code and an unexpected error into INTERNAL without leaking details', async () => {
    const logged: string[] = [];
    const d = createDispatcher(
      handlers({
        'cases.get': async () => {
          throw new AppError('NOT_FOUND', '未找到该案件');
        },
        'officers.list': async () => {
          throw new Error('SQLITE_CORRUPT: secret path /home/x');
        },
      }),
      { log: (m) => logged.push(m) },
    );
    assert.deepEqual(await d('cases.get', { id: 3 }, clerk), { ok: false, error: { code: 'NOT_FOUND', message: '未找到该案件' } });
    const r = await d('officers.list', {}, clerk);
    assert.ok(!r.ok);
    assert.equal(r.error.code, 'INTERNAL');
    assert.doesNotMatch(r.error.message, /SQLITE|secret/);
    assert.equal(logged.length, 1);
  });
});
