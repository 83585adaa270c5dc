/**
 * The demo office read as a record: its 案号, its 执法全过程记录 and its documents agree with the dates
 * of the acts they belong to, as a newcomer reading the cases (or an auditor reading the log) expects.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AuditRow, CaseEventRow, CaseRow, DocumentRow } from '../../db/entities';
import { openDatabase, type Database } from '../../db/open';
import { findResourcesDir } from '../../main/backend';
import type { ProcedureState } from '../../main/contract/procedure';
import { fixedClock } from '../../main/services/clock';
import { seedDemoOffice } from '../../main/services/seed';
import { tempDir } from '../support/backend';

const TODAY = '2026-11-24';

/** How many issued documents of each form a case at this point of its procedure must hold. */
/** A case no act has touched yet keeps an empty state: it implies no document. */
function impliedForms(procedure: CaseRow['procedure'], s: Partial<ProcedureState>): Map<number, number> {
  const want = new Map<number, number>();
  const need = (form: number, count = 1) => count > 0 && want.set(form, Math.max(want.get(form) ?? 0, count));
  need(6, s.preservations?.length ?? 0); // 证据登记保存清单
  need(8, s.measures?.length ?? 0); // 行政强制措施决定书
  need(11, s.notifications ?? 0); // 违法行为通知书, once per 告知
  if (s.onSpot) need(14); // 当场行政处罚决定书
  if (procedure === 'general' && s.decision?.decidedOn) need(s.decision.outcome === 'penalty' ? 15 : 25); // 行政处罚决定书 / 不予行政处罚决定书
  // 送达回证 (a 当场处罚决定书 is handed over and signed for on the spot, so it needs none).
  if (procedure === 'general' && s.service) need(23);
  if (s.demand) need(19); // 催告书
  if (procedure === 'general' && s.closedOn) need(24); // 结案报告
  return want;
}

describe('the demo office as a record (40 sample cases)', () => {
  let db: Database;
  let cases: CaseRow[];

  before(async () => {
    db = await openDatabase(path.join(tempDir(), 'workstation.sqlite'));
    const report = await seedDemoOffice(db, { resourcesDir: findResourcesDir(), clock: fixedClock(`${TODAY}T10:00:00`), sampleCases: 40 });
    assert.deepEqual(report.scenarios.filter((s) => !s.done), [], 'every scripted case completed');
    cases = await db.read((m) => m.find(CaseRow, { order: { id: 'ASC' } }));
  });
  after(() => db.close());

  it("the demo's case numbers follow their registration dates, its audit times follow its acts, and each case has the documents its stage implies", async () => {
    assert.equal(cases.length, 40);
    const { audits, events, documents } = await db.read(async (m) => ({
      audits: await m.find(AuditRow, { order: { id: 'ASC' } }),
      events: await m.find(CaseEventRow, { order: { id: 'ASC' } }),
      documents: await m.find(DocumentRow, { order: { id: 'ASC' } }),
    }));

    // 案号: within a series and year, a case registered later has the higher serial; the year is the registration's.
    const bySeries = new Map<string, CaseRow[]>();
    for (const c of cases) {
      assert.equal(c.numberYear, Number(c.registeredAt.slice(0, 4)), `${c.caseNumber} numbered in the year of its 立案 (${c.registeredAt})`);
      const key = `${c.numberSeries}/${c.numberYear}`;
      bySeries.set(key, [...(bySeries.get(key) ?? []), c]);
    }
    for (const series of bySeries.values()) {
      series.sort((a, b) => a.numberSerial - b.numberSerial);
      for (let i = 1; i < series.length; i++) {
        const [prev, next] = [series[i - 1], series[i]];
        assert.ok(prev.registeredAt <= next.registeredAt, `${next.caseNumber} (立案 ${next.registeredAt}) comes after ${prev.caseNumber} (立案 ${prev.registeredAt})`);
      }
    }
    assert.ok([...bySeries.values()].some((s) => s.length > 1), 'some series holds several cases to compare');

    // 执法全过程记录: each case's entries start with its 立案 and never go back in time; each act is written on its own date.
    const docCase = new Map(documents.map((d) => [String(d.id), d.caseId]));
    for (const c of cases) {
      const entries = audits.filter((a) => (a.entity === 'case' && a.entityId === String(c.id)) || (a.entity === 'document' && docCase.get(a.entityId) === c.id));
      assert.equal(entries[0]?.action, 'case.register', `${c.caseNumber}'s record opens with its 立案`);
      assert.equal(entries[0].at, c.registeredAt);
      for (let i = 1; i < entries.length; i++) {
        assert.ok(entries[i].at >= entries[i - 1].at, `${c.caseNumber}: ${entries[i].action} at ${entries[i].at} is written after ${entries[i - 1].action} at ${entries[i - 1].at}`);
      }
      const acts = entries.filter((a) => a.action.startsWith('procedure.'));
      const caseEvents = events.filter((e) => e.caseId === c.id);
      assert.equal(acts.length, caseEvents.length, `${c.caseNumber}: one audit entry per act`);
      caseEvents.forEach((e, i) => {
        assert.equal(acts[i].action, `procedure.${e.type}`);
        assert.equal(acts[i].at, e.at, `${c.caseNumber}: the audit entry of ${e.type} carries the act's time`);
        assert.equal(e.at.slice(0, 10), e.onDate, `${c.caseNumber}: ${e.type} dated ${e.onDate} is recorded on that day, not at ${e.at}`);
      });
    }
    assert.ok(events.length > 60, `the walk recorded ${events.length} acts`);
    assert.deepEqual(audits.filter((a) => a.at > `${TODAY}T10:00:00`).map((a) => `${a.action} ${a.at}`), [], 'nothing is recorded after the seed ran');

    // Documents: every case holds, issued, the documents the acts it went through rest on.
    const issued = documents.filter((d) => d.status === 'issued');
    const seenForms = new Set<number>();
    for (const c of cases) {
      const held = new Map<number, number>();
      for (const d of issued.filter((x) => x.caseId === c.id)) held.set(d.formId, (held.get(d.formId) ?? 0) + 1);
      for (const [form, count] of impliedForms(c.procedure, JSON.parse(c.procedureState) as Partial<ProcedureState>)) {
        seenForms.add(form);
        assert.ok((held.get(form) ?? 0) >= count, `${c.caseNumber} at ${c.stage} holds ${held.get(form) ?? 0} issued form ${form}, needs ${count}`);
      }
      for (const d of issued.filter((x) => x.caseId === c.id)) {
        assert.ok(d.issuedAt! >= c.registeredAt && d.issuedAt!.slice(0, 10) <= TODAY, `${c.caseNumber}: form ${d.formId} issued at ${d.issuedAt}`);
      }
    }
    assert.deepEqual([...seenForms].sort((a, b) => a - b), [6, 8, 11, 14, 15, 19, 23, 25], 'the demo shows documents of every stage it reaches');
  });
});
