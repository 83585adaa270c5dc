import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../main/services/clock';
import { refreshCaseDeadlines } from '../../main/services/deadlines';
import type { CallInput } from '../../main/contract/api';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';

interface AuditLine {
  action: string;
  entity: string;
  entity_id: string;
  actor_name: string;
  changes: string;
}

describe('working-day calendar (工作日历)', () => {
  let tb: TestBackend;
  let admin: Client;
  let clerk: Client;

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock('2026-11-24T10:00:00') });
    admin = await tb.as('admin');
    clerk = await tb.as('clerk');
  });
  after(() => tb.close());

  const calendarAudit = () =>
    tb.backend.db.read((m) => m.query("SELECT action, entity, entity_id, actor_name, changes FROM audit_log WHERE action = 'calendar.set' ORDER BY id")) as Promise<AuditLine[]>;

  const dueOn = async (caseId: number, kind: string) => {
    const rows = (await tb.backend.db.read((m) => m.query('SELECT due_on FROM case_deadline WHERE case_id = ? AND kind = ?', [caseId, kind]))) as { due_on: string }[];
    assert.equal(rows.length, 1, `one ${kind} deadline`);
    return rows[0].due_on;
  };

  it('starts with the State Council’s 2026 schedule, holidays and 调休 working days in date order', async () => {
    const { year, days } = await clerk.call('calendar.list', { year: 2026 });
    assert.equal(year, 2026);
    assert.deepEqual(days.find((d) => d.day === '2026-10-01'), { day: '2026-10-01', kind: 'holiday', name: '国庆节' });
    assert.deepEqual(days.find((d) => d.day === '2026-10-10'), { day: '2026-10-10', kind: 'workday', name: '国庆节调休' });
    assert.deepEqual(days.map((d) => d.day), days.map((d) => d.day).sort());
    assert.ok(days.every((d) => d.day.startsWith('2026-')));
    assert.deepEqual((await clerk.call('calendar.list', { year: 2031 })).days, []);
  });

  it('marks a weekday a holiday and back, each with an audit entry naming the day and what changed', async () => {
    const marked = await admin.call('calendar.set', { day: '2026-12-03', kind: 'holiday', name: '  本地假日 ' });
    assert.equal(marked.year, 2026);
    assert.deepEqual(marked.days.find((d) => d.day === '2026-12-03'), { day: '2026-12-03', kind: 'holiday', name: '本地假日' });
    assert.deepEqual((await clerk.call('calendar.list', { year: 2026 })).days, marked.days);

    const restored = await admin.call('calendar.set', { day: '2026-12-03', kind: 'normal', name: '' });
    assert.equal(restored.days.find((d) => d.day === '2026-12-03'), undefined);

    const audit = await calendarAudit();
    assert.equal(audit.length, 2);
    assert.ok(audit.every((a) => a.entity === 'calendar_day' && a.entity_id === '2026-12-03' && a.actor_name.includes('admin')));
    const kindChange = (a: AuditLine) => (JSON.parse(a.changes) as { path: string; before: unknown; after: unknown }[]).find((c) => c.path === 'kind');
    assert.deepEqual(kindChange(audit[0]), { path: 'kind', before: null, after: 'holiday' });
    assert.deepEqual(kindChange(audit[1]), { path: 'kind', before: 'holiday', after: null });
  });

  it('marks a Saturday as a 调休 working day, renames it, and lets a seeded weekend holiday be renamed', async () => {
    await admin.call('calendar.set', { day: '2026-12-12', kind: 'workday', name: '调休' });
    const renamed = await admin.call('calendar.set', { day: '2026-12-12', kind: 'workday', name: '元旦调休' });
    assert.deepEqual(renamed.days.find((d) => d.day === '2026-12-12'), { day: '2026-12-12', kind: 'workday', name: '元旦调休' });
    // 2026-10-03 is a Saturday inside the published 国庆节 span.
    const seeded = await admin.call('calendar.set', { day: '2026-10-03', kind: 'holiday', name: '国庆节、中秋节' });
    assert.equal(seeded.days.find((d) => d.day === '2026-10-03')?.name, '国庆节、中秋节');
  });

  it('refuses marks that would change nothing, in Chinese, and writes nothing', async () => {
    const before = await calendarAudit();
    const cases: [CallInput<'calendar.set'>, RegExp][] = [
      [{ day: '2026-12-02', kind: 'workday', name: '' }, /本是工作日.*无需标记为调休上班/],
      [{ day: '2026-12-05', kind: 'holiday', name: '周末' }, /本是休息日.*无需标记为节假日/],
      [{ day: '2026-12-04', kind: 'normal', name: '' }, /没有标记/],
      [{ day: '2026-10-01', kind: 'holiday', name: '国庆节' }, /已标记为节假日/],
    ];
    for (const [input, message] of cases) {
      const err = await admin.fail('calendar.set', input);
      assert.equal(err.code, 'VALIDATION_FAILED', JSON.stringify(input));
      assert.match(err.message, message);
      assert.equal(err.issues?.[0].path, 'kind');
    }
    assert.equal((await admin.fail('calendar.set', { day: '2026-02-30', kind: 'holiday', name: '' })).code, 'VALIDATION_FAILED');
    assert.deepEqual(await calendarAudit(), before);
    assert.equal((await clerk.call('calendar.list', { year: 2026 })).days.some((d) => ['2026-12-02', '2026-12-05'].includes(d.day)), false);
  });

  it('lets a clerk read the calendar but not change it', async () => {
    const err = await clerk.fail('calendar.set', { day: '2026-12-07', kind: 'holiday', name: '' });
    assert.equal(err.code, 'FORBIDDEN');
    assert.equal((await clerk.call('calendar.list', { year: 2026 })).days.some((d) => d.day === '2026-12-07'), false);
  });

  it('moves an open 陈述申辩 and 听证申请 deadline when a holiday is added inside its period, and back when it is removed', async () => {
    const { id } = await clerk.call('cases.create', await validCaseInput(clerk));
    // Told on Friday 2026-11-20: three working days to 11-25, five to 11-27.
    await tb.backend.db.write(async (m) => {
      await m.query('UPDATE enforcement_case SET procedure_state = ? WHERE id = ?', [JSON.stringify({ notifiedOn: '2026-11-20', hearingRightTold: true }), id]);
      await refreshCaseDeadlines(m, id);
    });
    assert.equal(await dueOn(id, 'statement_period'), '2026-11-25');
    assert.equal(await dueOn(id, 'hearing_request'), '2026-11-27');

    const marked = await admin.call('calendar.set', { day: '2026-11-24', kind: 'holiday', name: '临时假日' });
    assert.ok(marked.recomputed >= 1, `recomputed ${marked.recomputed}`);
    assert.equal(await dueOn(id, 'statement_period'), '2026-11-26');
    assert.equal(await dueOn(id, 'hearing_request'), '2026-11-30');

    const restored = await admin.call('calendar.set', { day: '2026-11-24', kind: 'normal', name: '' });
    assert.ok(restored.recomputed >= 1);
    assert.equal(await dueOn(id, 'statement_period'), '2026-11-25');
    assert.equal(await dueOn(id, 'hearing_request'), '2026-11-27');
  });

  it('recomputes no case for a mark outside every open period', async () => {
    const { recomputed } = await admin.call('calendar.set', { day: '2027-06-01', kind: 'holiday', name: '' });
    assert.equal(recomputed, 0);
    const { year, days } = await admin.call('calendar.set', { day: '2027-06-01', kind: 'normal', name: '' });
    assert.equal(year, 2027);
    assert.equal(days.some((d) => d.day === '2027-06-01'), false);
  });
});
