/**
 * 执法队伍管理: officers as managed records, and the 第四十二条 guards — at 立案, at the acts the case's
 * officers carry out (on the act's own date), and the warnings when a certificate lapses mid-case.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CallInput } from '../../main/contract/api';
import type { OfficerRecord } from '../../main/contract/people';
import { officerQualification, type OfficerCredentials } from '../../main/procedure/officer-qualification';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';
import { act, movableClock, refused } from '../support/procedure';

type SaveInput = CallInput<'officers.save'>;

function editable(r: OfficerRecord): SaveInput {
  return {
    id: r.id, version: r.version, name: r.name, unit: r.unit, certNo: r.certNo, certIssuer: r.certIssuer,
    certValidFrom: r.certValidFrom ?? '2024-01-01', certValidTo: r.certValidTo ?? '2029-12-31', categories: r.categories, status: r.status,
    provincialId: r.provincialId, trainings: r.trainings,
  };
}

const NEW_OFFICER: SaveInput = {
  name: '赵磊', unit: '东州市交通运输综合行政执法支队一大队', certNo: '14330100099', certIssuer: '东州市交通运输局',
  certValidFrom: '2024-01-01', certValidTo: '2028-12-31', categories: ['road_transport', 'highway'], status: 'on_duty', provincialId: null, trainings: [],
};

describe('officerQualification (行政处罚法 第四十二条)', () => {
  const base: OfficerCredentials = {
    name: '李明', certNo: '14330100001', status: 'on_duty', certValidFrom: '2024-01-01', certValidTo: '2026-06-30', categories: ['road_transport'],
  };
  const problem = (o: Partial<OfficerCredentials>, on = '2026-03-02', category: 'road_transport' | 'highway' | null = 'road_transport') => {
    const q = officerQualification({ ...base, ...o }, category, on);
    return q.qualified ? null : q.problem;
  };

  it('holds a certificate valid through its last day, not the day after', () => {
    assert.equal(problem({}, '2026-06-30'), null);
    assert.equal(problem({}, '2026-07-01'), 'expired');
    assert.equal(problem({}, '2023-12-31'), 'not_yet_valid');
  });

  it('refuses suspended and transferred officers, a missing validity and a category the certificate lacks', () => {
    assert.equal(problem({ status: 'suspended' }), 'suspended');
    assert.equal(problem({ status: 'transferred' }), 'transferred');
    assert.equal(problem({ certValidTo: null }), 'no_validity');
    assert.ok(officerQualification({ ...base, certValidTo: null }, 'road_transport', '2026-03-02', 'act').qualified, 'a record taken over without dates does not stop its cases');
    assert.ok(!officerQualification({ ...base, status: 'suspended', certValidTo: null }, 'road_transport', '2026-03-02', 'act').qualified);
    assert.equal(problem({ certNo: ' ' }), 'no_cert');
    assert.equal(problem({}, '2026-03-02', 'highway'), 'category');
    assert.equal(problem({}, '2026-03-02', null), null, 'without a category only status and certificate count');
  });

  it('names the officer and the problem in Chinese', () => {
    const q = officerQualification({ ...base, certValidTo: '2026-01-31' }, 'road_transport', '2026-03-02');
    assert.ok(!q.qualified);
    assert.equal(q.message, '执法人员李明（执法证号14330100001）的执法证已于2026年1月31日到期');
    const c = officerQualification(base, 'highway', '2026-03-02');
    assert.ok(!c.qualified && c.message.includes('不含“公路路政”执法门类'));
  });
});

describe('执法队伍: officer records', () => {
  let tb: TestBackend;
  let admin: Client;
  let head: Client;
  let clerk: Client;

  before(async () => {
    tb = await startTestBackend({ clock: movableClock('2026-03-02') });
    [admin, head, clerk] = await Promise.all(['admin', 'head', 'clerk'].map((u) => tb.as(u)));
  });
  after(() => tb.close());

  it('lists every officer with certificate, categories, status, training and linked accounts', async () => {
    const records = await head.call('officers.records', {});
    assert.equal(records.length, 6);
    const li = records.find((r) => r.name === '李明')!;
    assert.equal(li.certNo, '14330100001');
    assert.equal(li.certIssuer, '东州市交通运输局');
    assert.equal(li.status, 'on_duty');
    assert.equal(li.categories.length, 8);
    assert.deepEqual(li.accounts, ['clerk']);
    assert.deepEqual(records.find((r) => r.name === '陈刚')!.accounts, [], 'an officer need not have an account');
    assert.equal((await clerk.fail('officers.records', {})).code, 'FORBIDDEN');
  });

  it('adds an officer without an account, then edits them at the version seen and replaces their training list', async () => {
    const added = await admin.call('officers.save', { ...NEW_OFFICER, trainings: [{ course: '行政执法基础知识', hours: 16, on: '2025-05-10' }] });
    assert.equal(added.version, 1);
    assert.deepEqual(added.accounts, []);
    assert.deepEqual(added.categories, ['highway', 'road_transport'], 'kept in the workstation’s order of categories');
    const edited = await admin.call('officers.save', {
      ...editable(added), unit: '东州市交通运输综合行政执法支队二大队',
      trainings: [{ course: '道路运输执法实务', hours: 8, on: '2026-01-12' }, { course: '行政处罚法解读', hours: 4, on: '2026-02-20' }],
    });
    assert.equal(edited.version, 2);
    assert.equal(edited.unit, '东州市交通运输综合行政执法支队二大队');
    assert.deepEqual(edited.trainings.map((t) => t.course), ['道路运输执法实务', '行政处罚法解读']);

    const stale = await admin.fail('officers.save', { ...editable(added), unit: '别处' });
    assert.equal(stale.code, 'CONFLICT');
    const audit = tb.backend.db.raw().prepare("SELECT action, before_hash AS b, after_hash AS a, detail FROM audit_log WHERE entity = 'officer' ORDER BY id").all() as {
      action: string; b: string | null; a: string | null; detail: string;
    }[];
    assert.deepEqual(audit.map((x) => x.action), ['officer.create', 'officer.update']);
    assert.ok(audit[1].b && audit[1].a && audit[1].b !== audit[1].a, 'the edit is audited with before and after');
    assert.match(audit[1].detail, /赵磊（执法证号14330100099）/);
  });

  it('refuses a 执法证号 already on another officer, and a validity that ends before it starts', async () => {
    const taken = await admin.fail('officers.save', { ...NEW_OFFICER, name: '钱多', certNo: '14330100002' });
    assert.equal(taken.code, 'OFFICER_CERT_NO_TAKEN');
    assert.match(taken.message, /王芳/);
    assert.equal(taken.issues?.[0].path, 'certNo');
    const backwards = await admin.fail('officers.save', { ...NEW_OFFICER, certNo: '14330100098', certValidFrom: '2027-01-01', certValidTo: '2026-12-31' });
    assert.equal(backwards.code, 'VALIDATION_FAILED');
    assert.equal(backwards.issues?.[0].path, 'certValidTo');
    assert.equal((await head.fail('officers.save', NEW_OFFICER)).code, 'FORBIDDEN', 'the admin keeps the roster');
  });

  it('keeps `active` in step with the status, and the pickers say who may be assigned today and why not', async () => {
    const records = await admin.call('officers.records', {});
    const zhang = records.find((r) => r.name === '张伟')!;
    await admin.call('officers.save', { ...editable(zhang), status: 'suspended' });
    const list = await clerk.call('officers.list', {});
    const z = list.find((o) => o.name === '张伟')!;
    assert.equal(z.active, false);
    assert.equal(z.qualified, false);
    assert.match(z.problem ?? '', /张伟.*暂停执法/);
    const li = list.find((o) => o.name === '李明')!;
    assert.deepEqual([li.active, li.qualified, li.problem, li.categories?.length], [true, true, undefined, 8]);
    assert.equal(tb.backend.db.raw().prepare('SELECT active FROM officer WHERE id = ?').pluck().get(zhang.id), 0);
    await admin.call('officers.save', { ...editable({ ...zhang, version: zhang.version + 1 }), status: 'on_duty' });
    assert.equal(tb.backend.db.raw().prepare('SELECT active FROM officer WHERE id = ?').pluck().get(zhang.id), 1);
  });
});

describe('立案 and acts refuse an officer without a qualification (行政处罚法 第四十二条)', () => {
  const clock = movableClock('2026-03-02');
  let tb: TestBackend;
  let admin: Client;
  let clerk: Client;
  let clerk2: Client;
  let head: Client;
  let reviewer: Client;

  async function officer(name: string): Promise<OfficerRecord> {
    return (await admin.call('officers.records', {})).find((r) => r.name === name)!;
  }
  async function change(name: string, over: Partial<SaveInput>): Promise<OfficerRecord> {
    return admin.call('officers.save', { ...editable(await officer(name)), ...over });
  }
  async function registerWith(names: string[]) {
    const all = await clerk.call('officers.list', {});
    return validCaseInput(clerk, { officerIds: names.map((n) => all.find((o) => o.name === n)!.id) });
  }

  before(async () => {
    tb = await startTestBackend({ clock });
    [admin, clerk, clerk2, head, reviewer] = await Promise.all(['admin', 'clerk', 'clerk2', 'head', 'reviewer'].map((u) => tb.as(u)));
  });
  after(() => tb.close());

  it('refuses at 立案 an officer suspended, transferred, with an expired or not yet valid certificate, none recorded, or without the case’s category', async () => {
    const cases: [string, Partial<SaveInput> | 'no_validity', RegExp][] = [
      ['陈刚', { status: 'suspended' }, /陈刚（执法证号14330100003）已暂停执法/],
      ['陈刚', { status: 'transferred' }, /陈刚（执法证号14330100003）已调离/],
      ['陈刚', { certValidFrom: '2020-01-01', certValidTo: '2026-02-28' }, /陈刚.*执法证已于2026年2月28日到期/],
      ['陈刚', { certValidFrom: '2026-04-01', certValidTo: '2031-03-31' }, /陈刚.*自2026年4月1日起有效，2026年3月2日尚未生效/],
      ['陈刚', { categories: ['highway', 'port'] }, /陈刚.*不含“道路运政”执法门类/],
      ['陈刚', 'no_validity', /陈刚.*未登记有效期/],
    ];
    for (const [name, over, message] of cases) {
      const before = await officer(name);
      if (over === 'no_validity') {
        // As migration 7 leaves the officers it took over: no dates until the admin enters them.
        await tb.backend.db.write((m) => m.query('UPDATE officer SET cert_valid_from = NULL, cert_valid_to = NULL WHERE id = ?', [before.id]));
      } else {
        await change(name, over);
      }
      const e = await clerk.fail('cases.create', await registerWith(['李明', name]));
      assert.equal(e.code, 'OFFICER_NOT_QUALIFIED', String(over));
      assert.match(e.message, /行政处罚法 第四十二条/);
      assert.match(e.message, message);
      assert.equal(e.issues?.[0].path, 'officerIds');
      assert.match(e.issues?.[0].message ?? '', message);
      // Back as seeded for the next row.
      await admin.call('officers.save', { ...editable(await officer(name)), ...pick(before) });
    }
    const ok = await clerk.call('cases.create', await registerWith(['李明', '陈刚']));
    assert.deepEqual(ok.officers.map((o) => o.name), ['李明', '陈刚']);
  });

  it('refuses an act dated after an officer’s certificate expired, naming them, accepts it dated before, and keeps the case’s officers', async () => {
    clock.to('2026-03-02');
    const c = await clerk.call('cases.create', await registerWith(['李明', '王芳']));
    await change('李明', { certValidTo: '2026-03-05' });
    clock.to('2026-03-10');

    const view = await head.call('procedure.get', { caseId: c.id });
    assert.ok(view.actions.find((a) => a.type === 'approve_registration')?.enabled, 'an expiry since leaves the act open: its own date decides');
    const late = await refused(head, c.id, { type: 'approve_registration', on: '2026-03-10' });
    assert.equal(late.code, 'OFFICER_NOT_QUALIFIED');
    assert.match(late.message, /立案调查须由两名以上持有有效执法证件的执法人员进行（行政处罚法 第四十二条），本案现有 1 名：执法人员李明（执法证号14330100001）的执法证已于2026年3月5日到期/);
    assert.equal(late.issues?.[0].path, 'action.on');

    const inTime = await act(head, c.id, { type: 'approve_registration', on: '2026-03-04' });
    assert.equal(inTime.stage, 'investigation', 'the act on a day both certificates were in force stands');
    const detail = await clerk.call('cases.get', { id: c.id });
    assert.deepEqual(detail.officers.map((o) => o.name), ['李明', '王芳'], 'the case keeps its officers');

    // A suspension is not a matter of dates: the UI is told before any date is entered.
    await change('王芳', { status: 'suspended' });
    const v = await clerk.call('procedure.get', { caseId: c.id });
    const close = v.actions.find((a) => a.type === 'close_investigation');
    assert.equal(close?.enabled, false);
    assert.match(close?.reason ?? '', /王芳（执法证号14330100002）已暂停执法/);
    await change('王芳', { status: 'on_duty' });
    await change('李明', { certValidTo: '2029-03-05' });
  });

  it('warns of a certificate lapsed mid-case: the case’s clerks and the head with case numbers, the admin without, on the dashboard too', async () => {
    clock.to('2026-03-12');
    const c = await clerk.call('cases.create', await registerWith(['李明', '陈刚']));
    const theirs = await clerk2.call('cases.create', { ...(await registerWith(['王芳', '刘洋'])) });
    await change('陈刚', { status: 'transferred' });

    const forClerk = await clerk.call('officers.warnings', {});
    const chen = forClerk.find((w) => w.officerName === '陈刚');
    assert.equal(chen?.problem, 'transferred');
    assert.ok(chen!.cases.some((x) => x.caseNumber === c.caseNumber));
    assert.match(chen!.message, new RegExp(`陈刚.*已调离.*${c.caseNumber.replace(/[〔〕]/g, '.')}`));
    assert.ok(!forClerk.some((w) => w.problem === 'expiring'), 'a clerk is not shown the renewals');

    assert.ok(!(await clerk2.call('officers.warnings', {})).some((w) => w.officerName === '陈刚'), 'not on clerk2’s cases');
    assert.deepEqual(await reviewer.call('officers.warnings', {}), [], 'nothing in 法制审核');

    const forHead = await head.call('officers.warnings', {});
    assert.ok(forHead.find((w) => w.officerName === '陈刚')!.cases.some((x) => x.id === c.id));
    const huang = forHead.find((w) => w.officerName === '黄磊');
    assert.equal(huang?.problem, 'expiring', 'the demo’s officer due for renewal within the 60-day window');
    assert.equal(huang?.certValidTo, '2026-04-11');
    assert.match(huang!.message, /黄磊.*将于2026年4月11日到期（还有30天）/);

    const forAdmin = await admin.call('officers.warnings', {});
    const chenAdmin = forAdmin.find((w) => w.officerName === '陈刚')!;
    assert.deepEqual(chenAdmin.cases, [], 'the admin sees no case content');
    assert.match(chenAdmin.message, /仍是\d+件未结案件的承办人员/);
    assert.ok(forAdmin.some((w) => w.officerName === '黄磊' && w.problem === 'expiring'));

    // A narrower window leaves the renewal out.
    const { settings } = await admin.call('settings.access.get', {});
    await admin.call('settings.access.update', { ...settings, certificateWarningDays: 20 });
    assert.ok(!(await admin.call('officers.warnings', {})).some((w) => w.officerName === '黄磊'));
    await admin.call('settings.access.update', settings);

    const board = await clerk.call('dashboard.get', { limit: 10 });
    assert.ok(board.certificateWarnings.some((w) => w.officerName === '陈刚' && w.cases.some((x) => x.id === c.id)));
    assert.ok(!board.certificateWarnings.some((w) => w.problem === 'expiring'), 'the dashboard shows lapses only');
    const board2 = await clerk2.call('dashboard.get', { limit: 10 });
    assert.ok(!board2.certificateWarnings.some((w) => w.cases.some((x) => x.id === c.id)));
    const headBoard = await head.call('dashboard.get', { limit: 10 });
    assert.ok(headBoard.certificateWarnings.some((w) => w.officerName === '陈刚'));
    assert.ok(!headBoard.certificateWarnings.some((w) => w.cases.some((x) => x.id === theirs.id)), 'no warning for a case whose officers are fine');

    // The case keeps its officer as registered.
    assert.deepEqual((await clerk.call('cases.get', { id: c.id })).officers.map((o) => o.name), ['李明', '陈刚']);
  });
});

function pick(r: OfficerRecord): Partial<SaveInput> {
  return {
    status: r.status, certValidFrom: r.certValidFrom ?? undefined, certValidTo: r.certValidTo ?? undefined, categories: r.categories,
  };
}
