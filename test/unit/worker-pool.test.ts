import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { WorkerPool } from '../../main/workers/pool';

type Req = { op: 'echo' | 'fail' | 'die'; value: string; delayMs?: number };
const script = path.join(__dirname, '..', 'support', 'echo-worker.ts');

describe('worker pool', () => {
  it('answers many concurrent requests, each with its own result', async () => {
    const pool = new WorkerPool<Req, string>(script, 2);
    const values = Array.from({ length: 40 }, (_, i) => `v${i}`);
    const out = await Promise.all(values.map((value, i) => pool.run({ op: 'echo', value, delayMs: (i * 7) % 5 })));
    assert.deepEqual(out, values.map((v) => v.toUpperCase()));
    await pool.close();
  });

  it('turns a worker-side failure into a rejected promise with its code', async () => {
    const pool = new WorkerPool<Req, string>(script, 1, (e) => Object.assign(new Error(e.message), { code: e.code }));
    await assert.rejects(pool.run({ op: 'fail', value: '坏数据' }), (e: Error & { code?: string }) => e.message === '坏数据' && e.code === 'DOC_RENDER_FAILED');
    assert.equal(await pool.run({ op: 'echo', value: 'still here' }), 'STILL HERE');
    await pool.close();
  });

  it('fails the request of a worker that dies, instead of hanging, and recovers', async () => {
    const pool = new WorkerPool<Req, string>(script, 1);
    await assert.rejects(pool.run({ op: 'die', value: '' }), /exited with code 3/);
    assert.equal(await pool.run({ op: 'echo', value: 'after' }), 'AFTER');
    await pool.close();
  });
});
