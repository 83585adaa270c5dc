import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../main/services/clock';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';

describe('registering cases (立案)', () => {
  let tb: TestBackend;
  let clerk: Client;

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock('2026-11-24T10:00:00') });
    clerk = await tb.as('clerk');
  });
  after(() => tb.close());

  it('gives consecutive case numbers in the office template, 〔〕 around the year and no leading zeros', async () => {
    const a = await clerk.call('cases.create', await validCaseInput(clerk));
    const b = await clerk.call('cases.create', await validCaseInput(clerk));
    assert.match(a.caseNumber, /^东交执罚〔2026〕\d+号$/);
    const serial = (n: string) => Number(/〕(\d+)号/.exec(n)![1]);
    assert.equal(serial(b.caseNumber), serial(a.caseNumber) + 1);
    assert.doesNotMatch(a.caseNumber, /〕0/);
  });

  it('previews the number the next registration will get without taking it', async () => {
    const preview = await clerk.call('numbering.preview', { category: 'road_transport' });
    const again = await clerk.call('numbering.preview', { category: 'road_transport' });
    assert.equal(preview.caseNumber, again.caseNumber);
    const created = await clerk.call('cases.create', await validCaseInput(clerk));
    assert.equal(created.caseNumber, preview.caseNumber);
  });

  it('stores the parties, officers and vehicles as entered, ID numbers upper-cased', async () => {
    const c = await clerk.call('cases.create', await validCaseInput(clerk));
    const got = await clerk.call('cases.get', { id: c.id });
    assert.equal(got.stage, 'registered');
    assert.equal(got.parties.length, 2);
    assert.equal(got.parties[0].idNumber, '11010519491231002X');
    assert.equal(got.parties[1].creditCode, '91350100M000100Y43');
    assert.equal(got.officers.length, 2);
    assert.ok(got.officers.every((o) => o.certNo.length > 0));
    assert.deepEqual(got.conveyances.map((v) => v.plate), ['浙AD12345']);
    assert.equal(got.cause.category, 'road_transport');
    assert.ok(got.cause.penaltyBasis.length > 0);
    assert.equal(got.createdBy, '李明');
  });

  it('refuses a case with one officer in either procedure, naming 第四十二条, and takes no number', async () => {
    const before = await clerk.call('numbering.preview', { category: 'road_transport' });
    const input = await validCaseInput(clerk);
    const err = await clerk.fail('cases.create', { ...input, officerIds: input.officerIds.slice(0, 1) });
    assert.equal(err.code, 'VALIDATION_FAILED');
    assert.equal(err.message, '执法人员不得少于两人，须由两名以上持有执法证件的执法人员办理（行政处罚法 第四十二条）');
    assert.deepEqual(err.issues?.map((i) => i.path), ['officerIds']);
    const simple = await clerk.fail('cases.create', { ...input, procedure: 'simple', officerIds: input.officerIds.slice(0, 1) });
    assert.equal(simple.code, 'VALIDATION_FAILED', 'the simple procedure is bound by the same article');
    assert.match(simple.message, /第四十二条/);
    assert.equal((await clerk.call('numbering.preview', { category: 'road_transport' })).caseNumber, before.caseNumber);
  });

  it('refuses an ID number with a wrong check digit and points at the field', async () => {
    const input = await validCaseInput(clerk);
    const [person, org] = input.parties;
    const err = await clerk.fail('cases.create', { ...input, parties: [{ ...person, idNumber: '110105194912310021' } as typeof person, org] });
    assert.equal(err.code, 'VALIDATION_FAILED');
    assert.equal(err.issues?.[0].path, 'parties.0.idNumber');
    assert.match(err.issues![0].message, /校验/);
  });

  it('refuses a birth date or gender that contradicts the ID number', async () => {
    const input = await validCaseInput(clerk);
    const [person, org] = input.parties;
    const err = await clerk.fail('cases.create', { ...input, parties: [{ ...person, birthDate: '1950-01-01', gender: 'male' } as typeof person, org] });
    assert.deepEqual(err.issues?.map((i) => i.path).sort(), ['parties.0.birthDate', 'parties.0.gender']);
  });

  it('refuses a credit code with a wrong check character and a malformed plate', async () => {
    const input = await validCaseInput(clerk);
    const [person, org] = input.parties;
    const err = await clerk.fail('cases.create', {
      ...input,
      parties: [person, { ...org, creditCode: '91350100M000100Y44' } as typeof org],
      conveyances: [{ kind: 'vehicle', plate: '浙I1234' }],
    });
    assert.deepEqual(err.issues?.map((i) => i.path).sort(), ['conveyances.0.plate', 'parties.1.creditCode']);
  });

  it('refuses a 案由 from another category', async () => {
    const highway = await clerk.call('catalog.causes', { category: 'highway' });
    const err = await clerk.fail('cases.create', await validCaseInput(clerk, { causeId: highway[0].id }));
    assert.equal(err.code, 'CASE_CAUSE_CATEGORY_MISMATCH');
  });

  it('requires the referring body when the case was handed down, reported up or transferred', async () => {
    const err = await clerk.fail('cases.create', await validCaseInput(clerk, { source: 'transferred' }));
    assert.equal(err.issues?.[0].path, 'sourceDetail');
    const ok = await clerk.call('cases.create', await validCaseInput(clerk, { source: 'transferred', sourceDetail: '东州市公安局交通警察支队' }));
    assert.equal(ok.sourceDetail, '东州市公安局交通警察支队');
  });

  it('writes an audit entry and an outbox entry with every registration', async () => {
    const c = await clerk.call('cases.create', await validCaseInput(clerk));
    const audit = (await tb.backend.db.read((m) => m.query("SELECT action, actor_name AS actor FROM audit_log WHERE entity = 'case' AND entity_id = ?", [String(c.id)]))) as {
      action: string;
      actor: string;
    }[];
    assert.deepEqual(audit.map((a) => a.action), ['case.register']);
    assert.match(audit[0].actor, /李明/);
    const outbox = (await tb.backend.db.read((m) => m.query("SELECT op FROM sync_outbox WHERE entity = 'case' AND entity_id = ?", [c.caseNumber]))) as { op: string }[];
    assert.deepEqual(outbox.map((o) => o.op), ['create']);
  });

  it('lets only clerks, heads and admins register; a reviewer is refused by the backend', async () => {
    const reviewer = await tb.as('reviewer');
    const err = await reviewer.fail('cases.create', await validCaseInput(reviewer));
    assert.equal(err.code, 'FORBIDDEN');
    const archivist = await tb.as('archivist');
    assert.equal((await archivist.fail('numbering.preview', { category: 'highway' })).code, 'FORBIDDEN');
  });

  it('audits the numbers issued this year with no gaps', async () => {
    const head = await tb.as('head');
    const audit = await head.call('numbering.audit', { year: 2026 });
    assert.equal(audit.series.length, 1);
    const s = audit.series[0];
    assert.equal(s.series, '东交执罚〔{年份}〕{序号}号');
    assert.equal(s.issued, s.highest);
    assert.deepEqual(s.missing, []);
  });

  it('reports a gap when a ledger row has gone missing', async () => {
    await tb.backend.db.write((m) => m.query("DELETE FROM number_ledger WHERE serial = 2 AND year = 2026"));
    const audit = await (await tb.as('head')).call('numbering.audit', { year: 2026 });
    assert.deepEqual(audit.series[0].missing, [2]);
  });
});
