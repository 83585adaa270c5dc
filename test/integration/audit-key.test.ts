/**
 * The audit chain's key eras through the real backend: where the key is kept, what happens when
 * it is lost, and how entries before, across and after eras verify.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { openDatabase } from '../../db/open';
import { memoryKeychain, unavailableKeychain } from '../../main/security/keychain';
import { appendAudit } from '../../main/services/audit';
import { defaultKeyDir, keyFileOf } from '../../main/services/audit-key';
import { fixedClock } from '../../main/services/clock';
import { INSTALL_ID_KEY } from '../../main/services/install-id';
import { createBackend } from '../../main/backend';
import type { Keychain } from '../../main/security/keychain';
import { clientOf, DEMO_PASSWORD, startTestBackend, tempDir, validCaseInput, type TestBackend } from '../support/backend';
import { NO_LATENCY } from '../../main/devices/idcard/simulator/sam-simulator';

const NOW = '2026-11-24T10:00:00';
const made: string[] = [];
const dir = (prefix: string) => {
  const d = tempDir(prefix);
  made.push(d, defaultKeyDir(d));
  return d;
};
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function installIdOf(dataDir: string): Promise<string> {
  return (async () => {
    const db = await openDatabase(path.join(dataDir, 'workstation.sqlite'));
    try {
      return (db.raw().prepare('SELECT value FROM office_setting WHERE key = ?').pluck().get(INSTALL_ID_KEY) as string);
    } finally {
      await db.close();
    }
  })();
}

/** The test backend with a key folder of the test's choosing. */
async function withKeyDir(dataDir: string, keychain: Keychain, keyDir: string): Promise<TestBackend> {
  const backend = await createBackend({
    dataDir, host: 'browser', clock: fixedClock(NOW), demoCases: 0, log: () => undefined, reader: { simulatorLatency: NO_LATENCY }, demo: true, keychain, keyDir,
  });
  return {
    backend,
    dataDir,
    async as(username) {
      const c = clientOf(backend, { session: null });
      await c.call('session.login', { username, password: DEMO_PASSWORD });
      return c;
    },
    close: () => backend.close(),
  };
}

describe('audit key eras', () => {
  it('begins era 1 at first start with a random 32-byte key in the keychain, named for this install', async () => {
    const keychain = memoryKeychain();
    const dataDir = dir('zhifa-key-');
    const tb = await startTestBackend({ dataDir, clock: fixedClock(NOW), keychain });
    const clerk = await tb.as('clerk');
    await clerk.call('cases.create', await validCaseInput(clerk));
    const v = await (await tb.as('admin')).call('audit.verify', {});
    await tb.close();
    const install = await installIdOf(dataDir);
    assert.match(install, /^[0-9a-f-]{36}$/);
    const stored = keychain.entries.get(`audit-key:${install}:1`);
    assert.ok(stored, [...keychain.entries.keys()].join());
    assert.equal(Buffer.from(stored, 'base64').length, 32);
    assert.deepEqual([v.status, v.legacyEntries, v.unchecked], ['intact', 0, 0]);
    assert.deepEqual(v.eras.map((e) => [e.era, e.firstId, e.store, e.keyAvailable]), [[1, 1, 'keychain', true]]);
    assert.equal(v.eras[0].entries, v.entries);
    assert.equal(fs.existsSync(defaultKeyDir(dataDir)), false, 'no key file where the keychain holds the key');
  });

  it('keeps the key in a 0600 file in a 0700 folder outside the data directory where no keychain is reachable', async () => {
    const dataDir = dir('zhifa-key-');
    const keyDir = path.join(dir('zhifa-keydir-'), 'audit-keys');
    const keychain = unavailableKeychain('测试机没有系统钥匙串');
    const tb = await withKeyDir(dataDir, keychain, keyDir);
    const v = await (await tb.as('admin')).call('audit.verify', {});
    await tb.close();
    const file = keyFileOf(keyDir, await installIdOf(dataDir), 1);
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.equal(fs.statSync(keyDir).mode & 0o777, 0o700);
    assert.ok(path.relative(dataDir, file).startsWith('..'), 'the key file is not inside the data directory');
    assert.deepEqual(v.eras.map((e) => [e.era, e.store, e.keyAvailable]), [[1, 'file', true]]);
    assert.equal(v.status, 'intact');
    // The next start finds the key again: no new era.
    const again = await withKeyDir(dataDir, keychain, keyDir);
    const w = await (await again.as('admin')).call('audit.verify', {});
    await again.close();
    assert.deepEqual([w.status, w.eras.length], ['intact', 1]);
  });

  it('starts a new era and says so in the log when the current key is gone at start; the old era is reported unchecked, not intact', async () => {
    const keychain = memoryKeychain();
    const dataDir = dir('zhifa-key-');
    const first = await startTestBackend({ dataDir, clock: fixedClock(NOW), keychain });
    const clerk = await first.as('clerk');
    await clerk.call('cases.create', await validCaseInput(clerk));
    await first.close();
    const era1 = [...keychain.entries.entries()].find(([k]) => k.startsWith('audit-key:'))!;
    keychain.entries.clear();

    const second = await startTestBackend({ dataDir, clock: fixedClock('2026-11-25T08:00:00'), keychain });
    const admin = await second.as('admin');
    const log = await admin.call('audit.list', { entity: 'audit_key_era', limit: 10 });
    assert.equal(log.items.length, 1);
    assert.match(log.items[0].note, /第 1 时期的校验密钥无法取得（系统钥匙串中没有该时期的密钥）。自本条起启用第 2 时期的新密钥（保存于系统钥匙串）/);
    const lost = await admin.call('audit.verify', {});
    assert.deepEqual([lost.intact, lost.status, lost.brokenAt], [false, 'unchecked', null]);
    assert.deepEqual(lost.eras.map((e) => [e.era, e.keyAvailable]), [[1, false], [2, true]]);
    assert.equal(lost.unchecked, lost.eras[0].entries);
    assert.equal(lost.eras[1].firstId, log.items[0].id, 'era 2 begins with the entry that says so');

    // Entries across two eras verify in full once era 1's key turns up again (a restored keychain backup).
    keychain.entries.set(era1[0], era1[1]);
    const both = await admin.call('audit.verify', {});
    await second.close();
    assert.deepEqual([both.intact, both.status, both.unchecked], [true, 'intact', 0]);
    assert.equal(both.eras[0].lastId! + 1, both.eras[1].firstId);
    assert.equal(both.eras[0].entries + both.eras[1].entries, both.entries);
  });

  it('verifies entries written before key eras exactly as they were, and signs those after', async () => {
    const dataDir = dir('zhifa-key-');
    const db = await openDatabase(path.join(dataDir, 'workstation.sqlite'));
    for (let i = 1; i <= 3; i++) {
      await db.write((m) => appendAudit(m, { actor: { id: 1, name: '李明（clerk）' }, at: `2026-11-20T09:0${i}:00`, action: 'case.register', entity: 'case', entityId: i, after: { i } }));
    }
    const legacy = db.raw().prepare('SELECT id, hash, era, mac FROM audit_log ORDER BY id').all();
    await db.close();
    const tb = await startTestBackend({ dataDir, clock: fixedClock(NOW), keychain: memoryKeychain() });
    const clerk = await tb.as('clerk');
    await clerk.call('cases.create', await validCaseInput(clerk));
    const v = await (await tb.as('admin')).call('audit.verify', {});
    const rows = tb.backend.db.raw().prepare('SELECT id, hash, era, mac FROM audit_log ORDER BY id').all() as { era: number | null }[];
    await tb.close();
    assert.deepEqual(rows.slice(0, 3), legacy, 'the old entries are untouched');
    assert.ok(rows.slice(3).every((r) => r.era === 1));
    assert.deepEqual([v.status, v.legacyEntries, v.eras[0].firstId], ['intact', 3, 4]);
  });

  it('never overwrites a key of an era number the database does not know', async () => {
    const keychain = memoryKeychain();
    const dataDir = dir('zhifa-key-');
    const tb = await startTestBackend({ dataDir, clock: fixedClock(NOW), keychain });
    await tb.close();
    const install = await installIdOf(dataDir);
    const era1 = keychain.entries.get(`audit-key:${install}:1`);
    // The era table emptied behind the app's back (with its entries rewritten, it would otherwise pass as a log without eras).
    const db = await openDatabase(path.join(dataDir, 'workstation.sqlite'));
    db.raw().exec('DELETE FROM audit_key_era');
    await db.close();
    const again = await startTestBackend({ dataDir, clock: fixedClock(NOW), keychain });
    const log = await (await again.as('admin')).call('audit.list', { entity: 'audit_key_era', limit: 10 });
    await again.close();
    assert.equal(keychain.entries.get(`audit-key:${install}:1`), era1);
    assert.ok(keychain.entries.has(`audit-key:${install}:2`));
    assert.match(log.items[0]?.note ?? '', /密钥库中已有数据库未登记的第 1 时期密钥，未予覆盖/);
  });
});
