/**
 * The keychain port against a real Secret Service (gnome-keyring). Where this process's session bus
 * already reaches one (CI starts it for the whole suite), the scenarios run here; otherwise each runs
 * in a child under `dbus-run-session` that starts its own gnome-keyring in a throwaway HOME, so no
 * real keyring is touched. The no-keychain path runs in a child whose bus address leads nowhere.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { openSystemKeychain } from '../../main/security/os-keychain';
import { tempDir } from '../support/backend';
import { SCENARIOS } from '../support/keychain-scenarios';

const SCRIPT = path.join(__dirname, '..', 'support', 'keychain-scenarios.ts');

function runChild(name: string, env: NodeJS.ProcessEnv, wrap: string[] = []): void {
  const [cmd, ...args] = [...wrap, process.execPath, '--import', 'tsx', SCRIPT, name];
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `${name} failed in its child (${r.error?.message ?? `exit ${r.status}`}):\n${r.stderr}`);
}

/** A child environment with its own HOME and no display, so nothing of the real user's is reached. */
function isolatedEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const home = tempDir('zhifa-keyring-home-');
  const runtime = path.join(home, 'run');
  fs.mkdirSync(runtime, { mode: 0o700 });
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_DATA_HOME: path.join(home, 'data'), XDG_RUNTIME_DIR: runtime, ...extra };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return env;
}

describe('the OS keychain adapter against a real Secret Service', () => {
  let ambient = false;
  before(async () => {
    ambient = Boolean(process.env.DBUS_SESSION_BUS_ADDRESS) && (await openSystemKeychain({ service: 'zhifa-workstation-test' }).status()).ok;
  });

  for (const name of ['stores, reads and deletes Chinese values', 'keeps an entry for a new keychain instance', 'a remembered session survives a backend restart']) {
    it(name, async () => {
      if (ambient) return SCENARIOS[name]();
      const env = isolatedEnv({ ZHIFA_START_KEYRING: '1' });
      delete env.DBUS_SESSION_BUS_ADDRESS;
      runChild(name, env, ['dbus-run-session', '--']);
    });
  }
});

describe('without a keychain', () => {
  it('says why, signs in without remembering and keeps no token anywhere in the data directory', () => {
    runChild('without a keychain it says why and keeps nothing on disk', isolatedEnv({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' }));
  });
});
