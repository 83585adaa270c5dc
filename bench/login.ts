/**
 * Login benchmark: what signing in costs, and how much of it is the password hash.
 *
 *   scrypt   — hashPassword alone at today's parameters (N=2^15, r=8, p=1), and one verify;
 *   login    — session.login through the dispatcher on a real backend (a demo office on a fresh
 *              SQLite file): account lookup, scrypt verify, the success written and audited, the
 *              session opened;
 *   baseline — the same dispatcher round trip answering office.get for a signed-in connection:
 *              what a call costs without the password work.
 *
 * Target: the login's scrypt cost stays ≥ 50 ms (slow against guessing) and ≤ 300 ms (quick to sign in).
 * Run: node --import tsx bench/login.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../main/backend';
import { NO_LATENCY } from '../main/devices/idcard/simulator/sam-simulator';
import { memoryKeychain } from '../main/security/keychain';
import type { Connection } from '../main/rpc/dispatcher';
import { DEMO_PASSWORD } from '../main/services/seed';
import { hashPassword, SCRYPT_PARAMS, verifyPassword } from '../main/services/passwords';
import { heading, row, stats } from './harness';

const RUNS = Number(process.env.BENCH_LOGIN_RUNS ?? 40);
const LOW_MS = 50;
const HIGH_MS = 300;

async function sample(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function main() {
  heading(`login (scrypt N=2^${Math.log2(SCRYPT_PARAMS.N)}, r=${SCRYPT_PARAMS.r}, p=${SCRYPT_PARAMS.p}; ${os.cpus().length} cores)`);
  const hash = await hashPassword(DEMO_PASSWORD);
  const hashing = stats(await sample(RUNS, () => hashPassword(DEMO_PASSWORD)));
  const verifying = stats(await sample(RUNS, () => verifyPassword(DEMO_PASSWORD, hash)));
  process.stdout.write(row('scrypt hashPassword', hashing) + '\n');
  process.stdout.write(row('scrypt verifyPassword', verifying) + '\n');

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-bench-login-'));
  const backend = await createBackend({
    dataDir, host: 'browser', demo: true, demoCases: 0, log: () => undefined, reader: { simulatorLatency: NO_LATENCY }, keychain: memoryKeychain(),
  });
  try {
    const signedIn: Connection = { session: null };
    await backend.dispatch('session.login', { username: 'clerk', password: DEMO_PASSWORD }, signedIn);
    const logins = stats(
      await sample(RUNS, async () => {
        const r = await backend.dispatch('session.login', { username: 'clerk', password: DEMO_PASSWORD }, { session: null });
        if (!r.ok) throw new Error(r.error.message);
      }),
    );
    const calls = stats(await sample(RUNS * 10, () => backend.dispatch('office.get', {}, signedIn)));
    const wrong = stats(
      await sample(Math.min(RUNS, 5), async () => {
        // Fresh connection, and an account never signed in as, so no back-off answers before scrypt.
        const r = await backend.dispatch('session.login', { username: 'nobody', password: 'x' }, { session: null });
        if (r.ok) throw new Error('unexpected login');
      }),
    );
    process.stdout.write(row('session.login via dispatcher', logins, `${(logins.p50 / calls.p50).toFixed(0)}× a plain call`) + '\n');
    process.stdout.write(row('unknown user (dummy hash)', wrong, `${(wrong.p50 / logins.p50).toFixed(2)}× a login`) + '\n');
    process.stdout.write(row('baseline: office.get', calls) + '\n');
    const scryptShare = verifying.p50 / logins.p50;
    process.stdout.write(`  scrypt is ${(scryptShare * 100).toFixed(0)}% of a login's p50\n`);
    const met = verifying.p50 >= LOW_MS && logins.p50 <= HIGH_MS;
    process.stdout.write(`  target: scrypt ≥ ${LOW_MS} ms and login ≤ ${HIGH_MS} ms at p50 — ${met ? 'met' : 'NOT met'}\n`);
  } finally {
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
