/** What the people-and-access screens decide before drawing: where a refusal goes, account states, badges, read-only cases. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccountRecord, OfficerRecord } from '../../../main/contract/people';
import { DEFAULT_ACCESS_SETTINGS } from '../../../main/contract/people';
import type { CaseDetail } from '../../../main/contract/schemas';
import { accountState, stateText } from '../../../renderer/src/accounts/model';
import { flagsOf } from '../../../renderer/src/officers/model';
import { caseAccessOf } from '../../../renderer/src/session/case-access';
import { exactField, placeRefusal } from '../../../renderer/src/session/refusal';
import { formatInstant } from '../../../renderer/src/session/time';
import { checkDraft, draftOf } from '../../../renderer/src/settings/access/fields';

const account = (over: Partial<AccountRecord> = {}): AccountRecord => ({
  id: 7, username: 'hejing', displayName: '何静', role: 'clerk', officerId: 1, officerName: '何静', active: true, mustChangePassword: false,
  lockedUntil: null, failedLogins: 0, lastLoginAt: null, createdAt: '2026-12-01T08:00:00Z', version: 1, ...over,
});

const officer = (over: Partial<OfficerRecord> = {}): OfficerRecord => ({
  id: 3, name: '蒋涛', unit: '南江市交通运输综合行政执法大队', certNo: 'NJ33020002', certIssuer: '南江市人民政府', certValidFrom: '2024-03-01',
  certValidTo: '2029-02-28', categories: ['road_transport'], status: 'on_duty', provincialId: null, trainings: [], accounts: [], version: 1, ...over,
});

describe('a refused call on a form', () => {
  it('puts a username already in use under 用户名 when the refusal names no box', () => {
    const placed = placeRefusal({ code: 'USERNAME_TAKEN', message: '用户名“clerk”已被使用' }, exactField(['username', 'role'] as const), { USERNAME_TAKEN: 'username' });
    assert.equal(placed.byField.username, '用户名“clerk”已被使用');
    assert.equal(placed.banner, null);
  });

  it('puts a weak password under the box its path names, and a refusal about nothing on the form in the banner', () => {
    const fields = exactField(['admin.password', 'again'] as const);
    const weak = placeRefusal({ code: 'PASSWORD_WEAK', message: '密码不符合本单位的密码要求：密码至少需要10位，当前只有5位', issues: [{ path: 'admin.password', message: '密码不符合本单位的密码要求：密码至少需要10位，当前只有5位' }] }, fields);
    assert.match(weak.byField['admin.password'] ?? '', /至少需要10位/);
    assert.equal(weak.banner, null);
    const done = placeRefusal({ code: 'SETUP_DONE', message: '本机已完成初始设置，不能重复设置' }, fields);
    assert.deepEqual(done.byField, {});
    assert.equal(done.banner, '本机已完成初始设置，不能重复设置');
  });
});

describe('an account as 账户管理 shows it', () => {
  const now = Date.parse('2026-12-07T23:40:00Z');

  it('is 已锁定至 the lock’s end in China time while the lock holds, and 正常 once it has passed', () => {
    const locked = account({ lockedUntil: '2026-12-08T00:10:00Z' });
    assert.equal(accountState(locked, now), 'locked');
    assert.equal(stateText(locked, now), `已锁定至 ${formatInstant('2026-12-08T00:10:00Z')}`);
    assert.match(formatInstant('2026-12-08T00:10:00Z'), /12月8日 08:10/);
    assert.equal(accountState(locked, Date.parse('2026-12-08T00:11:00Z')), 'active');
  });

  it('is 已停用 when disabled, whatever its lock', () => {
    assert.equal(stateText(account({ active: false, lockedUntil: '2026-12-08T00:10:00Z' }), now), '已停用');
  });
});

describe('an officer’s certificate badges', () => {
  it('marks a certificate past its end date expired from the record itself', () => {
    assert.deepEqual(flagsOf(officer({ certValidTo: '2026-12-06' }), [], '2026-12-07'), ['expired']);
    assert.deepEqual(flagsOf(officer(), [], '2026-12-07'), []);
  });

  it('takes 即将到期 from the backend’s warnings (the window is the office’s setting) and shows a suspension', () => {
    const warning = { officerId: 3, officerName: '蒋涛', certNo: 'NJ33020002', problem: 'expiring' as const, certValidTo: '2027-01-20', cases: [], message: '执法证将于2027-01-20到期' };
    assert.deepEqual(flagsOf(officer({ status: 'suspended' }), [warning], '2026-12-07').sort(), ['expiring', 'suspended']);
    assert.deepEqual(flagsOf(officer({ id: 4 }), [warning], '2026-12-07'), []);
  });
});

describe('a case this person may only look at', () => {
  it('is read-only with the backend’s reason, and open when the backend says nothing', () => {
    const base = { id: 1 } as unknown as CaseDetail;
    assert.deepEqual(caseAccessOf(base), { draft: true, act: true, reason: null });
    const view = { ...base, access: { draft: false, act: false, reason: '您不是本案的承办人员，只能查看' } } as unknown as CaseDetail;
    assert.deepEqual(caseAccessOf(view), { draft: false, act: false, reason: '您不是本案的承办人员，只能查看' });
  });
});

describe('安全设置 checked before sending', () => {
  it('refuses a minimum length under 8 with the office rule’s wording and a blank box by its name', () => {
    const r = checkDraft({ ...draftOf(DEFAULT_ACCESS_SETTINGS), passwordMinLength: 6, sessionIdleMinutes: '' });
    assert.ok(!r.ok);
    assert.equal(r.errors.passwordMinLength, '密码最短长度不能少于8位');
    assert.equal(r.errors.sessionIdleMinutes, '请填写空闲超时');
    assert.ok(checkDraft(draftOf(DEFAULT_ACCESS_SETTINGS)).ok);
  });
});
