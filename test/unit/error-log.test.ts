import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { format } from 'node:util';
import { QueryFailedError } from 'typeorm';
import { createDispatcher, errorText, type Handlers } from '../../main/rpc/dispatcher';

describe('unexpected errors in the log', () => {
  it('carry a failed query\u2019s message and stack but never its parameters', async () => {
    const idNumber = '11010519491231002X';
    const err = new QueryFailedError('SELECT * FROM party WHERE id_number = ?', [idNumber], new Error('SQLITE_BUSY: database is locked'));
    assert.ok(JSON.stringify((err as unknown as { parameters: unknown }).parameters).includes(idNumber), 'the error itself holds the parameter');
    assert.doesNotMatch(errorText(err), new RegExp(idNumber));
    assert.match(errorText(err), /database is locked/);

    const lines: string[] = [];
    const original = console.error;
    // As the console formats it: an error object given as an argument is inspected, own properties and all.
    console.error = (...args: unknown[]) => void lines.push(format(...args));
    try {
      const dispatch = createDispatcher({ 'app.info': async () => { throw err; } } as unknown as Handlers);
      const r = await dispatch('app.info', {}, { session: null });
      assert.equal(r.ok, false);
    } finally {
      console.error = original;
    }
    assert.equal(lines.length, 1);
    assert.match(lines[0], /call app\.info failed/);
    assert.doesNotMatch(lines[0], new RegExp(idNumber));
  });
});
