import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changesText, diffChanges, maskChanges, maskerFor } from '../../main/services/audit';

describe('what an audit entry records as changed', () => {
  it('lists only the leaves that differ, by dotted path with list items by index', () => {
    const before = { place: '东州市G104国道', fine: 200, parties: [{ name: '柯岚', address: '北京市朝阳区' }], flags: { urgent: false } };
    const after = { place: '东州市G104国道', fine: 2000, parties: [{ name: '柯岚', address: '北京市海淀区' }], flags: { urgent: false } };
    assert.deepEqual(diffChanges(before, after), [
      { path: 'fine', before: 200, after: 2000 },
      { path: 'parties.0.address', before: '北京市朝阳区', after: '北京市海淀区' },
    ]);
  });

  it('records added and removed fields and list items with the absent side as null', () => {
    const changes = diffChanges({ a: 1, list: ['x'] }, { list: ['x', 'y'], b: '新' });
    assert.deepEqual(changes, [
      { path: 'a', before: 1, after: null },
      { path: 'list.1', before: null, after: 'y' },
      { path: 'b', before: null, after: '新' },
    ]);
  });

  it('lists every field of a newly created record', () => {
    assert.deepEqual(diffChanges(undefined, { caseNumber: '东交执〔2026〕1号', officers: [3, 5] }), [
      { path: 'caseNumber', before: null, after: '东交执〔2026〕1号' },
      { path: 'officers.0', before: null, after: 3 },
      { path: 'officers.1', before: null, after: 5 },
    ]);
  });

  it('records nothing when nothing changed, whatever the key order', () => {
    assert.deepEqual(diffChanges({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }), []);
    assert.equal(changesText({ before: { a: 1 }, after: { a: 1 } }), '');
    assert.equal(changesText({}), '');
  });

  it('masks ID numbers and phones wherever they sit and whatever the key is called', () => {
    const before = { parties: [{ name: '柯岚', idNumber: '11010519491231002X', phone: '13812345678' }] };
    const after = { parties: [{ name: '柯岚', idNumber: '110105194912310036', phone: '13912345678' }], partyIdNo: '11010519491231002X', organTel: '0571-88886666' };
    assert.deepEqual(diffChanges(before, after), [
      { path: 'parties.0.idNumber', before: '110105********002X', after: '110105********0036' },
      { path: 'parties.0.phone', before: '138****5678', after: '139****5678' },
      { path: 'partyIdNo', before: null, after: '110105********002X' },
      { path: 'organTel', before: null, after: '0571-******66' },
    ]);
  });

  it('masks a whole replaced value under a personal key, lists of numbers included', () => {
    const [change] = diffChanges({ id_number: ['11010519491231002X'] }, { id_number: '110105194912310036' });
    assert.deepEqual(change, { path: 'id_number', before: ['110105********002X'], after: '110105********0036' });
    const [mobile] = diffChanges({ contact: { mobile: '13812345678' } }, { contact: 'none' });
    assert.deepEqual(mobile, { path: 'contact', before: { mobile: '138****5678' }, after: 'none' });
  });

  it('never stores a full ID number or phone in the changes text', () => {
    const text = changesText({ after: { parties: [{ idNumber: '11010519491231002X', phone: '13812345678' }] } });
    assert.ok(!text.includes('11010519491231002X'));
    assert.ok(!text.includes('13812345678'));
    assert.ok(text.includes('138****5678'));
  });

  it('masks changes a service lists itself', () => {
    assert.deepEqual(maskChanges([{ path: 'parties.1.phone', before: '13812345678', after: '' }, { path: 'note', before: 'a', after: 'b' }]), [
      { path: 'parties.1.phone', before: '138****5678', after: '' },
      { path: 'note', before: 'a', after: 'b' },
    ]);
    assert.equal(changesText({ changes: [{ path: 'idNumber', before: null, after: '11010519491231002X' }], before: { ignored: 1 } }), '[{"path":"idNumber","before":null,"after":"110105********002X"}]');
  });

  it('tells personal keys from look-alikes', () => {
    for (const k of ['idNumber', 'id_number', 'idNo', 'personIdNo', 'idNumbers', 'phone', 'phones', 'mobile', 'partyTel', 'tel']) assert.ok(maskerFor(k), k);
    for (const k of ['id', 'number', 'caseNumber', 'hotel', 'telling', 'address', 'certNo']) assert.equal(maskerFor(k), null, k);
  });
});
