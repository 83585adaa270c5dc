/**
 * The mechanics the forms are built with: conditions on blocks and fields, the elements a
 * notice must keep, and composing a form from pieces.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDefinition, missingElements } from '../../../main/documents/check-definition';
import type { FormDefinition } from '../../../main/documents/definition';
import { checkFormData, conditionHolds } from '../../../main/documents/form-data';
import { composeForm } from '../../../templates/blocks/compose';
import { heading } from '../../../templates/blocks/party';
import { seal } from '../../../templates/blocks/seal';

const HEAD = { id: 25, slug: 'test', name: '测试文书', stage: '测试', version: '2026.1', paper: { size: 'A4' as const, margins: { top: 20, right: 20, bottom: 20, left: 20 } } };

describe('conditions', () => {
  it('tells a fine from a warning, a ticked option, and a table row', () => {
    assert.equal(conditionHolds({ field: 'fine', is: 'positive' }, { fine: 200 }), true);
    assert.equal(conditionHolds({ field: 'fine', is: 'positive' }, { fine: 0 }), false);
    assert.equal(conditionHolds({ field: 'fine', is: 'positive' }, { fine: null }), false);
    assert.equal(conditionHolds({ field: 'fine', is: 'notPositive' }, {}), true);
    assert.equal(conditionHolds({ field: 'mode', ticked: '当场缴纳' }, { mode: ['当场缴纳'] }), true);
    assert.equal(conditionHolds({ field: 'mode', ticked: '当场缴纳' }, { mode: ['15日内缴至指定银行'] }), false);
    assert.equal(conditionHolds({ field: 'rows', row: { column: 'method', value: '留置送达' } }, { rows: [{ method: '直接送达' }, { method: '留置送达' }] }), true);
    assert.equal(conditionHolds({ field: 'rows', row: { column: 'method', value: '留置送达' } }, { rows: [{ method: '直接送达' }] }), false);
  });

  it('counts a field required only while its condition holds as missing', () => {
    const def = composeForm(HEAD, [
      heading(),
      {
        fields: [
          { key: 'fine', label: '罚款', kind: 'money', required: false },
          { key: 'mode', label: '方式', kind: 'checkbox', required: false, requiredWhen: { field: 'fine', is: 'positive' }, multiple: false, options: ['甲', '乙'] },
        ],
        notices: { pay: '罚款{fine:money}' },
        layout: [
          { type: 'notice', key: 'pay', when: { field: 'fine', is: 'positive' } },
          { type: 'checks', field: 'mode', when: { field: 'fine', is: 'positive' } },
        ],
      },
      seal(),
    ]);
    assert.deepEqual(checkDefinition(def), []);
    assert.deepEqual(checkFormData(def, { caseNumber: '1', makeDate: '2026-11-24', fine: 100, mode: [] }).missingKeys, ['mode']);
    assert.deepEqual(checkFormData(def, { caseNumber: '1', makeDate: '2026-11-24', fine: null, mode: [] }).missingKeys, []);
  });

  it('finds a condition naming a field the form lacks', () => {
    const def: FormDefinition = { ...composeForm(HEAD, [heading(), seal()]), layout: [{ type: 'title', when: { field: 'nosuch', is: 'positive' } }] };
    assert.ok(checkDefinition(def).some((p) => p.includes('nosuch')));
  });
});

describe('notice elements', () => {
  it('finds a phrase in the wording and a blank by its field whatever its format', () => {
    const elements = [
      { anyOf: ['十五日', '15日'], what: '十五日' },
      { anyOf: ['{organ}'], what: '复议机关' },
    ];
    assert.deepEqual(missingElements('十五日内向{organ:text:10}申请', elements), []);
    assert.deepEqual(missingElements('15日内向{organ}申请', elements), []);
    assert.deepEqual(missingElements('三十日内向本机关申请', elements).map((e) => e.what), ['十五日', '复议机关']);
    assert.deepEqual(missingElements('向{court}申请，十五日', elements).map((e) => e.what), ['复议机关'], 'another blank does not count');
  });

  it('finds a default wording that lacks its own required element', () => {
    const def = composeForm(HEAD, [heading(), { notices: { n: '文字' }, noticeRequirements: { n: [{ anyOf: ['必须'], what: '必须的内容' }] }, layout: [{ type: 'notice', key: 'n' }] }, seal()]);
    assert.ok(checkDefinition(def).some((p) => p.includes('必须的内容')));
  });
});

describe('composing a form', () => {
  it('takes a field two pieces share once, in the order of first use', () => {
    const def = composeForm(HEAD, [heading(), heading(), seal()]);
    assert.deepEqual(def.fields.map((f) => f.key), ['caseNumber', 'makeDate']);
    assert.deepEqual(def.layout.map((b) => b.type), ['title', 'caseNumber', 'title', 'caseNumber', 'seal', 'copies']);
    assert.match(def.copiesNote ?? '', /存根/);
  });

  it('refuses two different fields, or two different notices, under one key', () => {
    assert.throws(() => composeForm(HEAD, [{ fields: [{ key: 'a', label: 'A', kind: 'text', required: true }] }, { fields: [{ key: 'a', label: 'B', kind: 'text', required: true }] }]), /栏目 a/);
    assert.throws(() => composeForm(HEAD, [{ notices: { n: '甲' } }, { notices: { n: '乙' } }]), /告知文字 n/);
  });

  it('runs the checks of every piece', () => {
    const def = composeForm(HEAD, [{ validate: () => [{ path: 'a', message: '甲' }] }, { validate: () => [{ path: 'b', message: '乙' }] }]);
    assert.deepEqual(def.validate?.({}).map((i) => i.path), ['a', 'b']);
  });

  it('leaves out the copies note on a form that is not served', () => {
    const def = composeForm(HEAD, [heading(), seal({ copies: false })]);
    assert.equal(def.copiesNote, undefined);
    assert.ok(!def.layout.some((b) => b.type === 'copies'));
  });
});
