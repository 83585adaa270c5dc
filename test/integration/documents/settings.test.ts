import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../main/services/clock';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../../support/backend';
import { pdfText, squeeze, toFile } from './pdf-tools';

describe('office document settings (文书设置)', () => {
  let tb: TestBackend;
  let admin: Client;
  let clerk: Client;
  let caseId: number;

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock('2026-11-24T10:00:00') });
    admin = await tb.as('admin');
    clerk = await tb.as('clerk');
    caseId = (await clerk.call('cases.create', await validCaseInput(clerk))).id;
  });
  after(() => tb.close());

  it('lists every fixed notice with the forms that print it and their default wording', async () => {
    const { settings, notices } = await admin.call('settings.documents.get', {});
    assert.equal(settings.name, '东州市交通运输综合行政执法支队');
    assert.ok(notices.length > 5);
    assert.ok(notices.every((n) => n.forms.length > 0 && n.forms.every((f) => f.defaultText.length > 0)));
    const onSpotRemedy = notices.find((n) => n.key === 'remedyReconsiderationFirst')?.forms.find((f) => f.formId === 14);
    assert.ok(onSpotRemedy?.mustKeep.some((w) => w.includes('复议前置')), 'the admin is told form 14 must keep 复议前置');
  });

  it('prints the office’s own wording of a notice once an admin sets it', async () => {
    const { settings, notices } = await admin.call('settings.documents.get', {});
    const notice = notices.find((n) => n.forms.some((f) => f.formId === 15))!;
    const marker = '本机关特别提示：请于规定期限内履行。';
    await admin.call('settings.documents.update', {
      ...settings,
      headerLine: '东州市交通运输局',
      litigationCourt: '东州市西城区人民法院',
      noticeOverrides: { [`15:${notice.key}`]: marker },
    });
    const doc = await clerk.call('documents.create', { caseId, formId: 15 });
    const preview = await clerk.call('documents.preview', { id: doc.id });
    const text = squeeze(pdfText(toFile(Buffer.from(preview.base64, 'base64'), 'settings-15')));
    assert.ok(text.includes(squeeze(marker)), 'override printed');
    assert.ok(text.indexOf('东州市交通运输局') < text.indexOf('行政处罚决定书'), 'agency header above the title');
    const audit = (await tb.backend.db.read((m) => m.query("SELECT action FROM audit_log WHERE entity = 'office_setting'"))) as { action: string }[];
    assert.deepEqual(audit.map((a) => a.action), ['settings.documents.update']);
  });

  it('refuses an override naming a field the form does not have, or an unknown notice, and keeps the old settings', async () => {
    const { settings, notices } = await admin.call('settings.documents.get', {});
    const key = notices[0].key;
    const bad = await admin.fail('settings.documents.update', { ...settings, noticeOverrides: { [key]: '请向{没有这一栏}申请。' } });
    assert.equal(bad.code, 'VALIDATION_FAILED');
    assert.equal(bad.issues?.[0].path, `noticeOverrides.${key}`);
    const unknown = await admin.fail('settings.documents.update', { ...settings, noticeOverrides: { nosuchnotice: '文字' } });
    assert.equal(unknown.code, 'VALIDATION_FAILED');
    assert.deepEqual((await admin.call('settings.documents.get', {})).settings, settings);
  });

  it('refuses a wording of form 14’s remedy that drops the 复议前置 or is blank, naming what is missing', async () => {
    const { settings } = await admin.call('settings.documents.get', {});
    const direct =
      '不服本决定的，可以在六十日内向{reconsiderationOrgan}申请行政复议，也可以在十五日内向{litigationCourt}提起行政诉讼。期间本决定不停止执行，逾期不履行的申请人民法院强制执行。';
    const dropped = await admin.fail('settings.documents.update', { ...settings, noticeOverrides: { '14:remedyReconsiderationFirst': direct } });
    assert.equal(dropped.code, 'VALIDATION_FAILED');
    assert.equal(dropped.issues?.[0].path, 'noticeOverrides.14:remedyReconsiderationFirst');
    assert.match(dropped.message, /当场行政处罚决定书.*不能删去法定内容.*应当先申请行政复议（复议前置，行政复议法 第二十三条/);
    const blank = await admin.fail('settings.documents.update', { ...settings, noticeOverrides: { remedyReconsiderationFirst: '' } });
    assert.match(blank.message, /不能为空/);
    const kept = direct.replace('不服本决定的，', '不服本决定的，应当先申请行政复议：');
    const saved = await admin.call('settings.documents.update', { ...settings, noticeOverrides: { '14:remedyReconsiderationFirst': kept } });
    assert.equal(saved.noticeOverrides?.['14:remedyReconsiderationFirst'], kept);
    await admin.call('settings.documents.update', settings);
  });

  it('lets only an admin change the settings', async () => {
    const { settings } = await admin.call('settings.documents.get', {});
    assert.equal((await clerk.fail('settings.documents.update', settings)).code, 'FORBIDDEN');
    assert.equal((await clerk.fail('settings.documents.get', {})).code, 'FORBIDDEN');
  });
});
