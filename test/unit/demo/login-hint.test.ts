import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ROLE_CODES } from '../../../main/contract/domain';
import { DEMO_ACCOUNTS } from '../../../main/services/seed';
import { DEMO_LOGINS } from '../../../renderer/src/pages/demo-logins';

describe('the demo office login page', () => {
  it('lists every demo account the seed makes, with its name and role, in the same order', () => {
    assert.deepEqual(
      DEMO_LOGINS.map((a) => [a.username, a.name, a.role]),
      DEMO_ACCOUNTS.map((a) => [a.username, a.displayName, a.role]),
    );
  });

  it('shows an account for every role, so each screen can be tried', () => {
    assert.deepEqual(new Set(DEMO_LOGINS.map((a) => a.role)), new Set(ROLE_CODES));
  });
});
