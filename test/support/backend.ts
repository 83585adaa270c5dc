/** A real backend on a fresh SQLite file in a temporary directory, with a signed-in connection helper. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend, type BackendOptions } from '../../main/backend';
import { NO_LATENCY } from '../../main/devices/idcard/simulator/sam-simulator';
import type { CallInput, CallName, CallOutput } from '../../main/contract/api';
import type { ApiError } from '../../main/contract/errors';
import type { Connection } from '../../main/rpc/dispatcher';
import type { Clock } from '../../main/services/clock';
import { memoryKeychain, type Keychain } from '../../main/security/keychain';

const keychains = new Map<string, Keychain>();
/** One in-memory keychain per data directory, so a backend reopened on the same files finds its secrets again. */
export function keychainFor(dataDir: string): Keychain {
  let k = keychains.get(dataDir);
  if (!k) keychains.set(dataDir, (k = memoryKeychain()));
  return k;
}

export const DEMO_PASSWORD = 'demo1234';

export function tempDir(prefix = 'zhifa-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestBackend {
  backend: Backend;
  dataDir: string;
  /** A connection signed in as a demo account. */
  as(username: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  conn: Connection;
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  fail<K extends CallName>(name: K, input: CallInput<K>): Promise<ApiError>;
}

export function clientOf(backend: Backend, conn: Connection): Client {
  return {
    conn,
    async call(name, input) {
      const r = await backend.dispatch(name, input, conn);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.issues ?? [])}`);
      return r.value as never;
    },
    async fail(name, input) {
      const r = await backend.dispatch(name, input, conn);
      if (r.ok) throw new Error(`${name} unexpectedly succeeded`);
      return r.error;
    },
  };
}

export async function startTestBackend(
  opts: { dataDir?: string; clock?: Clock; demoCases?: number; reader?: BackendOptions['reader']; keychain?: Keychain } = {},
): Promise<TestBackend> {
  const dataDir = opts.dataDir ?? tempDir();
  const backend = await createBackend({
    dataDir,
    host: 'browser',
    clock: opts.clock,
    demoCases: opts.demoCases ?? 0,
    log: () => undefined,
    // The demo office's simulated reader, answering without its demo latency unless a test wants it.
    reader: opts.reader ?? { simulatorLatency: NO_LATENCY },
    demo: true,
    keychain: opts.keychain ?? keychainFor(dataDir),
  });
  return {
    backend,
    dataDir,
    async as(username) {
      const conn: Connection = { session: null };
      const c = clientOf(backend, conn);
      await c.call('session.login', { username, password: DEMO_PASSWORD });
      return c;
    },
    close: () => backend.close(),
  };
}

/** A complete, valid general-procedure registration; override what a test is about. */
export async function validCaseInput(c: Client, overrides: Partial<CallInput<'cases.create'>> = {}): Promise<CallInput<'cases.create'>> {
  const causes = await c.call('catalog.causes', { category: 'road_transport' });
  const officers = await c.call('officers.list', {});
  return {
    category: 'road_transport',
    causeId: causes[0].id,
    procedure: 'general',
    source: 'inspection',
    occurredAt: '2026-11-20T09:30',
    place: '东州市G104国道收费站出口',
    facts: '执法人员在检查中发现当事人驾驶车辆从事道路货物运输经营，未能出示道路运输经营许可证。',
    officerIds: [officers[0].id, officers[1].id],
    parties: [
      {
        kind: 'individual',
        name: '柯岚',
        gender: 'female',
        ethnicity: '01',
        birthDate: '1949-12-31',
        idType: 'resident_id',
        idNumber: '11010519491231002x',
        address: '北京市朝阳区建国路88号',
        phone: '13812345678',
      },
      {
        kind: 'organisation',
        name: '东州市顺捷物流有限公司',
        creditCode: '91350100M000100Y43',
        legalRep: '周振华',
        address: '东州市经开区物流大道1号',
        phone: '0571-88886666',
      },
    ],
    conveyances: [{ kind: 'vehicle', plate: '浙AD12345', plateColor: '渐变绿', model: '轻型厢式货车' }],
    ...overrides,
  };
}
