/**
 * The 立案登记 form's side of 读卡: which party a read goes to, what each card layout fills, when
 * an edit ends 读卡核验, and what is sent to the backend.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LONG_TERM, type CardRead } from '../../../main/contract/idcard';
import { afterEdit, fillFromCard, partyFromCard, targetIndex } from '../../../renderer/src/registration/card-fill';
import { buildPayload, emptyDraft, newIndividual, newOrganisation, type IndividualDraft } from '../../../renderer/src/registration/draft';

function read(over: Partial<CardRead> = {}): CardRead {
  return {
    readId: 7,
    kind: 'resident',
    idType: 'resident_id',
    name: '王建国',
    englishName: '',
    gender: 'male',
    ethnicity: '01',
    birthDate: '1985-06-15',
    address: '河北省石家庄市长安区建设北大街1号',
    latestAddress: '',
    idNumber: '130102198506151230',
    issuer: '石家庄市公安局长安分局',
    validFrom: '2015-03-01',
    validUntil: '2035-03-01',
    nationality: '',
    passNumber: '',
    issueCount: '',
    expired: false,
    hasPhoto: true,
    readAt: '2026-11-24T09:30',
    simulated: true,
    ...over,
  };
}

test('a read goes to the party whose 读卡 was pressed, else the first empty individual party, else to a new one', () => {
  const org = newOrganisation();
  const typed: IndividualDraft = { ...newIndividual(), name: '张三' };
  const empty = newIndividual();
  const parties = [org, typed, empty];
  assert.equal(targetIndex(parties, typed.key), 1, 'the pressed party, even with a name typed');
  assert.equal(targetIndex(parties, null), 2, 'the first party nothing was entered into');
  assert.equal(targetIndex(parties, org.key), 2, 'an organisation cannot take a card');
  assert.equal(targetIndex(parties, 999_999), 2, 'a removed party falls back');
  assert.equal(targetIndex([org, typed], null), null, 'no party to take it: a new one is added');
  assert.equal(targetIndex([], null), null);
});

test('a resident card fills every field it has and keeps the phone typed', () => {
  const before: IndividualDraft = { ...newIndividual(), phone: '13857104321', workplace: '东州运输公司' };
  const p = fillFromCard(before, read());
  assert.equal(p.name, '王建国');
  assert.equal(p.gender, 'male');
  assert.equal(p.ethnicity, '01');
  assert.equal(p.birthDate, '1985-06-15');
  assert.equal(p.idNumber, '130102198506151230');
  assert.equal(p.address, '河北省石家庄市长安区建设北大街1号');
  assert.equal(p.idIssuer, '石家庄市公安局长安分局');
  assert.equal(p.idValidFrom, '2015-03-01');
  assert.equal(p.idValidUntil, '2035-03-01');
  assert.equal(p.idLongTerm, false);
  assert.equal(p.phone, '13857104321');
  assert.equal(p.workplace, '东州运输公司');
  assert.deepEqual(p.card, { readId: 7, kind: 'resident', simulated: true, expired: false, validUntil: '2035-03-01', latestAddress: '' });
});

test('the appended address wins over the printed one; 长期 becomes the tick, not a date', () => {
  const p = partyFromCard(read({ latestAddress: '河北省石家庄市桥西区自强路22号', validUntil: LONG_TERM }));
  assert.equal(p.address, '河北省石家庄市桥西区自强路22号');
  assert.equal(p.idLongTerm, true);
  assert.equal(p.idValidUntil, '');
  assert.equal(buildPayload({ ...emptyDraft([]), parties: [p] }).parties[0].kind, 'individual');
  const sent = buildPayload({ ...emptyDraft([]), parties: [p] }).parties[0];
  assert.ok(sent.kind === 'individual');
  assert.equal(sent.idValidUntil, LONG_TERM);
  assert.equal(sent.cardReadId, 7);
});

test('a foreign card leaves 民族 empty and the typed address in place', () => {
  const before: IndividualDraft = { ...newIndividual(), ethnicity: '01', address: '上海市浦东新区世纪大道100号' };
  const p = fillFromCard(
    before,
    read({ kind: 'foreign_2017', idType: 'foreign_permanent_id', name: '史密斯', englishName: 'SMITH JOHN', ethnicity: null, address: '', nationality: 'USA' }),
  );
  assert.equal(p.ethnicity, null);
  assert.equal(p.address, '上海市浦东新区世纪大道100号');
  assert.equal(p.englishName, 'SMITH JOHN');
  assert.equal(p.nationality, 'USA');
  assert.equal(p.idType, 'foreign_permanent_id');
});

test('changing a field the read vouches for ends 读卡核验; other edits keep it', () => {
  const p = partyFromCard(read());
  const phone = afterEdit(p, { ...p, phone: '13900000017' });
  assert.equal(phone.card?.readId, 7);
  assert.equal(phone.cardDropped, false);
  for (const change of [{ name: '王建民' }, { idNumber: '130102198506151249' }, { birthDate: '1985-06-16' }, { gender: 'female' as const }]) {
    const edited = afterEdit(p, { ...p, ...change });
    assert.equal(edited.card, null, JSON.stringify(change));
    assert.equal(edited.cardDropped, true);
    const sent = buildPayload({ ...emptyDraft([]), parties: [edited] }).parties[0];
    assert.ok(sent.kind === 'individual' && sent.cardReadId === undefined, 'no cardReadId is sent once verification has ended');
  }
});
