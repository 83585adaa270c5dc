/**
 * The keychain port against the real OS store, as scenarios the keychain test runs either in its
 * own process (when the session bus it has reaches a Secret Service) or in a child under a session
 * bus and gnome-keyring of its own. Run as a script: `node --import tsx keychain-scenarios.ts <name>`;
 * exit code 0 when the scenario held, the failure on stderr otherwise.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../main/backend';
import { NO_LATENCY } from '../../main/devices/idcard/simulator/sam-simulator';
import type { Connection } from '../../main/rpc/dispatcher';
import { openSystemKeychain } from '../../main/security/os-keychain';
import { RememberedSessionRow } from '../../db/entities';
import { DEMO_PASSWORD, tempDir } from './backend';

/** Test entries live under their own service name, never among the product's. */
const TEST_SERVICE = 'zhifa-workstation-test';

async function backendOn(dataDir: string) {
  // No keychain option: the backend's default, the OS keychain, is what is under test.
  return createBackend({ dataDir, host: 'browser', demo: true, demoCases: 0, log: () => undefined, reader: { simulatorLatency: NO_LATENCY } });
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

export const SCENARIOS: Record<string, () => Promise<void>> = {
  async 'stores, reads and deletes Chinese values'() {
    const k = openSystemKeychain({ service: TEST_SERVICE });
    const status = await k.status();
    assert.deepEqual(status, { ok: true, kind: 'secret-service' });
    const key = `test:${randomBytes(6).toString('hex')}`;
    assert.equal(await k.get(key), null);
    await k.set(key, '东州市执法支队·令牌 ✓');
    assert.equal(await k.get(key), '东州市执法支队·令牌 ✓');
    await k.set(key, '第二个值');
    assert.equal(await k.get(key), '第二个值', 'a set replaces');
    assert.equal(await k.delete(key), true);
    assert.equal(await k.get(key), null, 'gone after delete');
    assert.equal(await k.delete(key), false, 'nothing to delete twice');
  },

  async 'keeps an entry for a new keychain instance'() {
    const key = `test:${randomBytes(6).toString('hex')}`;
    await openSystemKeychain({ service: TEST_SERVICE }).set(key, 'persisted');
    const other = openSystemKeychain({ service: TEST_SERVICE });
    assert.equal(await other.get(key), 'persisted');
    assert.equal(await openSystemKeychain({ service: `${TEST_SERVICE}-other` }).get(key), null, 'another service name sees nothing');
    await other.delete(key);
  },

  async 'a remembered session survives a backend restart'() {
    const dataDir = tempDir('zhifa-keychain-');
    const first = await backendOn(dataDir);
    const login = await first.dispatch('session.login', { username: 'clerk', password: DEMO_PASSWORD, remember: true }, { session: null });
    assert.ok(login.ok);
    const token = (login.value as { token: string; remembered: boolean }).token;
    assert.equal((login.value as { remembered: boolean }).remembered, true);
    await first.close();
    for (const f of filesUnder(dataDir)) assert.ok(!fs.readFileSync(f).includes(token), `the token is in ${f}`);

    const second = await backendOn(dataDir);
    const conn: Connection = { session: null };
    const restored = await second.dispatch('session.restore', {}, conn);
    assert.ok(restored.ok, JSON.stringify(restored));
    assert.equal((restored.value as { account: { username: string } }).account.username, 'clerk');
    assert.ok((await second.dispatch('cases.search', {}, conn)).ok);
    assert.ok((await second.dispatch('session.logout', {}, conn)).ok);
    const again = await second.dispatch('session.restore', {}, { session: null });
    assert.equal(again.ok ? 'restored' : again.error.code, 'NOT_AUTHENTICATED', 'logout forgot it in the keychain too');
    await second.close();
  },

  async 'without a keychain it says why and keeps nothing on disk'() {
    const k = openSystemKeychain({ service: TEST_SERVICE });
    const status = await k.status();
    assert.equal(status.ok, false);
    assert.ok(!status.ok && status.reason.startsWith('未能连接系统钥匙串（Secret Service）：'), JSON.stringify(status));
    await assert.rejects(k.get('x'), { name: 'KeychainError' });

    const dataDir = tempDir('zhifa-nokeychain-');
    const backend = await backendOn(dataDir);
    const info = await backend.dispatch('app.info', {}, { session: null });
    assert.ok(info.ok);
    const keychain = (info.value as { keychain: { available: boolean; message: string } }).keychain;
    assert.equal(keychain.available, false);
    assert.match(keychain.message, /^未能连接系统钥匙串（Secret Service）：/);
    const login = await backend.dispatch('session.login', { username: 'clerk', password: DEMO_PASSWORD, remember: true }, { session: null });
    assert.ok(login.ok);
    const { token, remembered } = login.value as { token: string; remembered: boolean };
    assert.equal(remembered, false);
    assert.equal(await backend.db.read((m) => m.count(RememberedSessionRow)), 0);
    await backend.close();
    for (const f of filesUnder(dataDir)) assert.ok(!fs.readFileSync(f).includes(token), `the token is in ${f}`);
  },
};

/** In a session bus of our own: a gnome-keyring unlocked with a throwaway password, in a throwaway HOME. */
async function startKeyring(): Promise<void> {
  execFileSync('gnome-keyring-daemon', ['--unlock', '--components=secrets'], { input: 'test-keyring-password\n', stdio: ['pipe', 'ignore', 'inherit'] });
  for (let i = 0; i < 50; i++) {
    // A new instance each time: a status is cached for a while.
    if ((await openSystemKeychain({ service: TEST_SERVICE }).status()).ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('gnome-keyring did not come up');
}

async function main(name: string) {
  const scenario = SCENARIOS[name];
  if (!scenario) throw new Error(`no scenario ${name}`);
  if (process.env.ZHIFA_START_KEYRING === '1') await startKeyring();
  await scenario();
}

if (require.main === module) {
  main(process.argv[2]).then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
