/**
 * Unlinked card reads are purged on the backend's own timer once 24 hours old, not only when the
 * next card is read: a desk that reads no further card keeps no stranger's ID data for a week.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, describe, it } from 'node:test';
import { createBackend, type Backend } from '../../../main/backend';
import { NO_LATENCY } from '../../../main/devices/idcard/simulator/sam-simulator';
import { defaultKeyDir } from '../../../main/services/audit-key';
import { clientOf, DEMO_PASSWORD, keychainFor, tempDir, validCaseInput } from '../../support/backend';

/** A clock a test sets to the second. */
function settableClock(start: string) {
  let now = start;
  return { now: () => now, set: (t: string) => void (now = t) };
}

const cardReads = (b: Backend) => b.db.raw().prepare('SELECT id, party_id AS partyId FROM card_read ORDER BY id').all() as { id: number; partyId: number | null }[];

async function until(what: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('purging unlinked card reads', () => {
  const dataDir = tempDir('zhifa-purge-');
  after(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(defaultKeyDir(dataDir), { recursive: true, force: true });
  });

  it('purges an unused read older than 24 hours on the timer, keeps a younger one and any linked to a party', async () => {
    const clock = settableClock('2026-11-24T09:00:00');
    const backend = await createBackend({
      dataDir, host: 'browser', clock, demoCases: 0, demo: true, log: () => undefined,
      reader: { simulatorLatency: NO_LATENCY }, keychain: keychainFor(dataDir), cardReadPurgeMs: 40,
    });
    try {
      const clerk = clientOf(backend, { session: null });
      await clerk.call('session.login', { username: 'clerk', password: DEMO_PASSWORD });
      const read = async () => {
        await clerk.call('idcard.simulator.control', { action: 'remove' });
        await clerk.call('idcard.simulator.control', { action: 'place', fixture: 'resident' });
        return clerk.call('idcard.read', {});
      };
      const stale = await read();
      const used = await read();
      const base = await validCaseInput(clerk);
      await clerk.call('cases.create', {
        ...base,
        parties: [{ ...base.parties[0], name: used.name, idNumber: used.idNumber, gender: used.gender ?? 'male', birthDate: used.birthDate, cardReadId: used.readId } as (typeof base.parties)[number]],
      });
      clock.set('2026-11-25T08:00:00');
      const young = await read();
      // 23 h after the first reads: the timer runs, nothing is old enough yet.
      await new Promise((r) => setTimeout(r, 120));
      assert.deepEqual(cardReads(backend).map((r) => r.id), [stale.readId, used.readId, young.readId]);
      // Past 24 h for the first read, no further card read: the timer alone removes it.
      clock.set('2026-11-25T09:00:01');
      await until(() => !cardReads(backend).some((r) => r.id === stale.readId));
      const left = cardReads(backend);
      assert.deepEqual(left.map((r) => r.id), [used.readId, young.readId]);
      assert.notEqual(left[0].partyId, null, 'the read registered with a party stays');
    } finally {
      await backend.close();
    }
  });

  it('stops its timer at close, so nothing holds the process open or writes to a closed database', async () => {
    const clock = settableClock('2026-11-24T09:00:00');
    const failures: string[] = [];
    const backend = await createBackend({
      dataDir, host: 'browser', clock, demoCases: 0, demo: true, log: (msg) => {
        if (msg.includes('读卡记录')) failures.push(msg);
      },
      reader: { simulatorLatency: NO_LATENCY }, keychain: keychainFor(dataDir), cardReadPurgeMs: 5,
    });
    await backend.close();
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(failures, []);
  });
});
