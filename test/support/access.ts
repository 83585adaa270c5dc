/** Helpers for the login, accounts and setup tests: a clock the test moves by the millisecond, and a backend on an empty data directory. */
import { createBackend, type Backend } from '../../main/backend';
import { NO_LATENCY } from '../../main/devices/idcard/simulator/sam-simulator';
import { AuditRow } from '../../db/entities';
import { memoryKeychain, type Keychain } from '../../main/security/keychain';
import { chinaTime, type Clock } from '../../main/services/clock';
import type { Database } from '../../db/open';
import { tempDir } from './backend';

export interface SteppingClock extends Clock {
  advance(ms: number): void;
  epochMs(): number;
}

/** Starts at `at` (China time, 'YYYY-MM-DDTHH:mm:ss') and moves only when told. */
export function steppingClock(at: string): SteppingClock {
  let t = Date.parse(`${at}+08:00`);
  return {
    now: () => chinaTime(new Date(t)),
    epochMs: () => t,
    advance(ms) {
      t += ms;
    },
  };
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** A backend as the desktop app opens an empty data directory: no demo, nothing seeded. */
export async function freshBackend(opts: { dataDir?: string; clock?: Clock; keychain?: Keychain } = {}): Promise<{ backend: Backend; dataDir: string }> {
  const dataDir = opts.dataDir ?? tempDir('zhifa-fresh-');
  const backend = await createBackend({
    dataDir, host: 'browser', clock: opts.clock, log: () => undefined, reader: { simulatorLatency: NO_LATENCY },
    keychain: opts.keychain ?? memoryKeychain(),
  });
  return { backend, dataDir };
}

export function accountAudit(db: Database): Promise<AuditRow[]> {
  return db.read((m) => m.find(AuditRow, { where: { entity: 'account' }, order: { id: 'ASC' } }));
}

/** A password the office policy accepts. */
export const GOOD_PASSWORD = 'Dz#road2026xk';
