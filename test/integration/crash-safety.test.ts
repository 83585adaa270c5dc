/**
 * Killing the host with SIGKILL while clerks save loses no committed case and leaves no
 * half-written one: every registration the host acknowledged is there in full, and nothing
 * else is (no case without its parties, officers, ledger row, search row and audit entry).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { startHostProcess } from '../support/host-process';
import { tempDir } from '../support/backend';
import { verifyAuditChain } from '../../main/services/audit-verify';
import { defaultKeyDir, loadEraKeys } from '../../main/services/audit-key';
import { unavailableKeychain } from '../../main/security/keychain';

describe('crash safety of the case store', () => {
  it('keeps every acknowledged case whole and no partial one after SIGKILL mid-save', async () => {
    const dataDir = tempDir('zhifa-kill-');
    const host = await startHostProcess(dataDir, { demoCases: 0 });
    const ws = new WebSocket(host.api.url, { headers: host.api.headers });
    await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
    let nextId = 1;
    const waiting = new Map<number, (v: { ok: boolean; value?: { caseNumber: string } }) => void>();
    ws.on('message', (d) => {
      const msg = JSON.parse(d.toString()) as { id: number; result: { ok: boolean; value?: { caseNumber: string } } };
      waiting.get(msg.id)?.(msg.result);
    });
    ws.on('error', () => undefined);
    const call = (name: string, input: unknown) =>
      new Promise<{ ok: boolean; value?: unknown }>((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve as never);
        ws.send(JSON.stringify({ id, call: name, input }));
      });

    assert.ok((await call('session.login', { username: 'clerk', password: 'demo1234' })).ok);
    const causes = (await call('catalog.causes', { category: 'highway' })).value as { id: number }[];
    const officers = (await call('officers.list', {})).value as { id: number }[];
    const input = {
      category: 'highway',
      causeId: causes[0].id,
      procedure: 'general',
      source: 'inspection',
      occurredAt: '2026-11-20T08:00',
      place: 'G320线K101+200处',
      facts: '车辆超限运输。',
      officerIds: [officers[0].id, officers[1].id],
      parties: [
        { kind: 'individual', name: '郑毅', gender: 'female', ethnicity: '01', birthDate: '1949-12-31', idType: 'resident_id', idNumber: '11010519491231002X', address: '东州市', phone: '13900000000' },
      ],
      conveyances: [{ kind: 'vehicle', plate: '浙B12345' }],
    };

    // Keep up to 4 saves in flight; kill once 25 have been acknowledged.
    const acknowledged: string[] = [];
    let killed = false;
    await new Promise<void>((resolve) => {
      const pump = () => {
        if (killed) return;
        void call('cases.create', input).then((r) => {
          if (killed) return;
          if (r.ok) acknowledged.push((r.value as { caseNumber: string }).caseNumber);
          if (acknowledged.length >= 25) {
            killed = true;
            host.child.kill('SIGKILL');
            resolve();
          } else pump();
        });
      };
      for (let i = 0; i < 4; i++) pump();
    });
    await host.stop();
    ws.terminate();

    const file = path.join(dataDir, 'workstation.sqlite');
    assert.ok(fs.existsSync(file));
    const db = new Database(file);
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      const stored = new Set((db.prepare('SELECT case_number FROM enforcement_case').all() as { case_number: string }[]).map((r) => r.case_number));
      for (const n of acknowledged) assert.ok(stored.has(n), `acknowledged case ${n} was lost`);
      const orphans = db
        .prepare(
          `SELECT c.case_number FROM enforcement_case c
           WHERE (SELECT count(*) FROM party p WHERE p.case_id = c.id) <> 1
              OR (SELECT count(*) FROM case_officer o WHERE o.case_id = c.id) <> 2
              OR (SELECT count(*) FROM conveyance v WHERE v.case_id = c.id) <> 1
              OR NOT EXISTS (SELECT 1 FROM number_ledger l WHERE l.case_id = c.id)
              OR NOT EXISTS (SELECT 1 FROM case_search s WHERE s.rowid = c.id)
              OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'case' AND a.entity_id = CAST(c.id AS TEXT))
              OR NOT EXISTS (SELECT 1 FROM sync_outbox x WHERE x.entity_id = c.case_number)`,
        )
        .all();
      assert.deepEqual(orphans, []);
      const counter = db.prepare('SELECT last_serial AS s FROM number_counter').get() as { s: number };
      assert.equal(counter.s, stored.size, 'the counter and the cases agree');
      // The host has no keychain here: its audit key is in the key folder beside the data directory.
      const verdict = verifyAuditChain(db, await loadEraKeys(db, { keychain: unavailableKeychain('—'), keyDir: defaultKeyDir(dataDir) }));
      assert.equal(verdict.brokenAt, null);
    } finally {
      db.close();
    }
  });
});
