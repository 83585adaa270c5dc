/** 文书设置's 告知文字: every notice named in Chinese, every bad wording reported at once, in the page's words. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../main/services/clock';
import { noticeCatalogue } from '../../../main/services/notice-settings';
import { startTestBackend, type Client, type TestBackend } from '../../support/backend';

const LATIN = /[A-Za-z]/;

describe('notice wordings in 文书设置', () => {
  let tb: TestBackend;
  let admin: Client;

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock('2026-11-24T10:00:00') });
    admin = await tb.as('admin');
  });
  after(() => tb.close());

  it('names every notice in Chinese and offers each form’s fields by label with the placeholder to store', () => {
    const catalogue = noticeCatalogue();
    const titles = catalogue.map((n) => n.title);
    assert.ok(titles.every((title) => title && title !== '告知文字' && !LATIN.test(title)), `untitled: ${catalogue.filter((n) => n.title === '告知文字').map((n) => n.key)}`);
    const charge = catalogue.find((n) => n.key === 'charge');
    assert.equal(charge?.title, '违法事实与拟处罚');
    const fields = charge!.forms[0].fields;
    // The default wording's own placeholder is offered exactly as it is stored.
    const act = fields.find((f) => f.key === 'illegalAct');
    assert.equal(act?.token, '{illegalAct:text:12}');
    assert.ok(act && !LATIN.test(act.label));
    assert.ok(fields.every((f) => f.token.startsWith(`{${f.key}`) && f.token.endsWith('}')));
    // What the law makes a wording keep is said with the fields' names, not their placeholders.
    assert.ok(catalogue.every((n) => n.forms.every((f) => f.mustKeep.every((w) => !/[{}]/.test(w)))));
    // Every placeholder of every default wording has a label on offer, so no chip is shown raw.
    for (const n of catalogue) {
      for (const f of n.forms) {
        for (const [, field] of f.defaultText.matchAll(/\{(\w+)[^{}]*\}/g)) {
          assert.ok(f.fields.some((x) => x.key === field), `${n.key} on form ${f.formId}: {${field}} has no label`);
        }
      }
    }
  });

  it('reports three bad overrides as three issues, each under its own notice', async () => {
    const { settings } = await admin.call('settings.documents.get', {});
    const overrides = {
      charge: '经调查，本机关认为你（单位）{没有这栏}的行为违法。',
      '14:remedyReconsiderationFirst': '不服本决定的，可以向{reconsiderationOrgan}申请行政复议，也可以向{litigationCourt}提起行政诉讼。',
      hearing: '要求举行听证的权利。你（单位）可以自收到本通知书之日起五日内（{statementDays:date}前）向本机关提出举行听证的要求。',
    };
    const bad = await admin.fail('settings.documents.update', { ...settings, noticeOverrides: overrides });
    assert.equal(bad.code, 'VALIDATION_FAILED');
    assert.deepEqual(
      (bad.issues ?? []).map((i) => i.path).sort(),
      Object.keys(overrides).map((k) => `noticeOverrides.${k}`).sort(),
    );
    const byPath = new Map((bad.issues ?? []).map((i) => [i.path, i.message]));
    assert.match(byPath.get('noticeOverrides.charge')!, /《违法行为通知书》的告知文字「违法事实与拟处罚」中的“\{没有这栏\}”不是本文书的栏目/);
    assert.match(byPath.get('noticeOverrides.14:remedyReconsiderationFirst')!, /「救济途径（复议前置）」不能删去法定内容/);
    assert.match(byPath.get('noticeOverrides.hearing')!, /「听证权利」/);
    assert.match(bad.message, /告知文字有3处问题/);
    assert.deepEqual((await admin.call('settings.documents.get', {})).settings, settings);
  });

  it('reports every problem of one wording, not only the first', async () => {
    const { settings } = await admin.call('settings.documents.get', {});
    const bad = await admin.fail('settings.documents.update', {
      ...settings,
      noticeOverrides: { '14:remedyReconsiderationFirst': '请向{第一处}或{第二处}申请。' },
    });
    const messages = (bad.issues ?? []).map((i) => i.message);
    assert.equal(messages.length, 3, messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('{第一处}')) && messages.some((m) => m.includes('{第二处}')));
    assert.ok(messages.some((m) => m.includes('不能删去法定内容')));
  });
});
