import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../db/open';
import { databaseFile } from '../../main/backend';
import { fixedClock } from '../../main/services/clock';
import { searchCases } from '../../main/services/cases';
import { startTestBackend, tempDir, validCaseInput } from '../support/backend';
import { issueForm } from '../support/procedure';

const modeOf = (p: string) => fs.statSync(p).mode & 0o777;

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? [p, ...filesUnder(p)] : [p];
  });
}

describe('the data files on disk', () => {
  it('the data directory is 0700 and the database 0600', async () => {
    // A folder left by an older build, open to every user of the machine.
    const dataDir = path.join(tempDir('zhifa-modes-'), 'data');
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    const tb = await startTestBackend({ dataDir, clock: fixedClock('2026-11-24T10:00:00') });
    try {
      assert.equal(modeOf(dataDir), 0o700, 'the data directory is tightened on open');
      const db = databaseFile(dataDir);
      for (const f of [db, `${db}-wal`, `${db}-shm`]) assert.equal(modeOf(f), 0o600, path.basename(f));
      const secure = tb.backend.db.raw().pragma('secure_delete', { simple: true });
      assert.equal(secure, 1, 'deleted rows are overwritten');

      const clerk = await tb.as('clerk');
      const c = await clerk.call('cases.create', await validCaseInput(clerk));
      const docId = await issueForm(clerk, c.id, 2);
      const issued = await clerk.call('documents.get', { id: docId });
      const blobs = path.join(dataDir, 'blobs');
      const stored = filesUnder(blobs);
      assert.ok(stored.some((p) => p.endsWith(issued.pdfSha256!)), 'the issued PDF is among the blobs');
      assert.equal(modeOf(blobs), 0o700);
      for (const p of stored) assert.equal(modeOf(p), fs.statSync(p).isDirectory() ? 0o700 : 0o600, path.relative(dataDir, p));
    } finally {
      await tb.close();
    }
  });

  it('tightens blobs an earlier build left readable by others, once', async () => {
    const dataDir = path.join(tempDir('zhifa-modes-'), 'data');
    const shard = path.join(dataDir, 'blobs', 'ab');
    fs.mkdirSync(shard, { recursive: true, mode: 0o755 });
    for (const d of [dataDir, path.join(dataDir, 'blobs'), shard]) fs.chmodSync(d, 0o755);
    const old = path.join(shard, 'ab'.padEnd(64, '0'));
    fs.writeFileSync(old, 'an earlier notice', { mode: 0o644 });
    fs.chmodSync(old, 0o644);
    let tb = await startTestBackend({ dataDir });
    await tb.close();
    assert.equal(modeOf(path.join(dataDir, 'blobs')), 0o700);
    assert.equal(modeOf(shard), 0o700);
    assert.equal(modeOf(old), 0o600);
    // Swept once: a later start does not walk the store again.
    fs.chmodSync(old, 0o640);
    tb = await startTestBackend({ dataDir });
    await tb.close();
    assert.equal(modeOf(old), 0o640);
  });

  it('tightens a database and journal files left readable by others', async () => {
    const dir = tempDir('zhifa-modes-');
    const file = path.join(dir, 'workstation.sqlite');
    (await openDatabase(file)).close();
    fs.chmodSync(file, 0o644);
    const db = await openDatabase(file);
    try {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) assert.equal(modeOf(f), 0o600, path.basename(f));
    } finally {
      await db.close();
    }
  });
});

describe('query logging', () => {
  it('slow queries log no parameters', async () => {
    const tb = await startTestBackend();
    const idNumber = '11010519491231002X';
    const clerk = await tb.as('clerk');
    const base = await validCaseInput(clerk);
    const person = base.parties.find((p) => p.kind === 'individual');
    assert.ok(person && person.kind === 'individual');
    await clerk.call('cases.create', { ...base, parties: [{ ...person, idNumber }] });
    await tb.close();

    const lines: string[] = [];
    const db = await openDatabase(databaseFile(tb.dataDir), { slowQueryMs: 0, log: (l) => lines.push(l) });
    try {
      const found = await searchCases(db, { text: idNumber, limit: 20, offset: 0 });
      assert.equal(found.total, 1, 'the search found the case');
      const log = lines.join('\n');
      assert.match(log, /慢查询 \d+ ms：SELECT/, 'the statements are logged with their time');
      assert.match(log, /MATCH \?/, 'the search statement itself is there, with its placeholder');
      assert.ok(!log.includes(idNumber), 'the ID number searched for is not');
      assert.ok(!log.includes(idNumber.slice(-8)), 'nor a piece of it');

      lines.length = 0;
      await assert.rejects(db.read((m) => m.query('SELECT * FROM no_such_table WHERE id_number = ?', [idNumber])));
      assert.match(lines.join('\n'), /查询失败：no such table: no_such_table/);
      assert.ok(!lines.join('\n').includes(idNumber), 'a failed statement is logged without its parameters');
    } finally {
      await db.close();
    }
  });
});
