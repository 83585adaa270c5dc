import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CallInput } from '../../../main/contract/api';
import type { CardRead, ReaderStatus } from '../../../main/contract/idcard';
import { NO_DECODER_REASON } from '../../../main/services/idcard';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../../support/backend';
import { movableClock } from '../../support/procedure';

type PartyIn = CallInput<'cases.create'>['parties'][number];

/** The party form as the UI fills it from a read. */
function partyFrom(read: CardRead, over: Partial<PartyIn> = {}): PartyIn {
  return {
    kind: 'individual',
    name: read.name,
    gender: read.gender ?? 'male',
    ...(read.ethnicity ? { ethnicity: read.ethnicity } : {}),
    birthDate: read.birthDate,
    idType: read.idType,
    idNumber: read.idNumber,
    address: read.latestAddress || read.address || '东州市滨江区江南大道1号',
    phone: '13812345678',
    idIssuer: read.issuer,
    idValidFrom: read.validFrom,
    idValidUntil: read.validUntil,
    englishName: read.englishName,
    nationality: read.nationality,
    cardReadId: read.readId,
    ...over,
  } as PartyIn;
}

describe('reading ID cards into parties (读卡核验)', () => {
  const clock = movableClock('2026-11-24');
  let tb: TestBackend;
  let clerk: Client;
  const statuses: ReaderStatus[] = [];

  before(async () => {
    tb = await startTestBackend({ clock });
    tb.backend.onEvent((name, payload) => {
      if (name === 'idcard.status') statuses.push(payload as ReaderStatus);
    });
    clerk = await tb.as('clerk');
  });
  after(() => tb.close());

  const read = async (fixture: string) => {
    await clerk.call('idcard.simulator.control', { action: 'remove' });
    await clerk.call('idcard.simulator.control', { action: 'place', fixture });
    return clerk.call('idcard.read', {});
  };

  it('starts a demo office on the simulated reader, labelled as such', async () => {
    const s = await clerk.call('idcard.status', {});
    assert.equal(s.state, 'ready');
    assert.equal(s.simulated, true);
    assert.equal(s.photoUnavailable, NO_DECODER_REASON);
    const sim = await clerk.call('idcard.simulator.get', {});
    assert.equal(sim.active, true);
    assert.ok(sim.fixtures.some((f) => f.id === 'foreign_2023'));
  });

  it('reads a resident card, keeps the raw read and records it in the audit trail with the number masked', async () => {
    const r = await read('resident');
    assert.equal(r.kind, 'resident');
    assert.equal(r.idType, 'resident_id');
    assert.equal(r.name, '王建国');
    assert.equal(r.latestAddress, '河北省石家庄市桥西区自强路22号');
    assert.equal(r.validUntil, '2035-03-01');
    assert.equal(r.expired, false);
    assert.equal(r.hasPhoto, true);
    assert.equal(r.simulated, true);
    const row = tb.backend.db.raw().prepare('SELECT length(text_block) AS t, length(photo_block) AS p, party_id FROM card_read WHERE id = ?').get(r.readId) as Record<string, unknown>;
    assert.deepEqual(row, { t: 256, p: 1024, party_id: null });
    const audit = tb.backend.db.raw().prepare("SELECT detail, changes FROM audit_log WHERE action = 'idcard.read' ORDER BY id DESC LIMIT 1").get() as { detail: string; changes: string };
    assert.match(audit.detail, /读取居民身份证（模拟读卡器）/);
    assert.doesNotMatch(JSON.stringify(audit), /130102198506151230/);
    assert.ok(statuses.some((s) => s.state === 'reading'), 'the status bar saw 读卡中');
  });

  it('registers a party from the read and marks it 读卡核验, with issuer and validity', async () => {
    const r = await read('resident');
    const input = await validCaseInput(clerk);
    const c = await clerk.call('cases.create', { ...input, parties: [partyFrom(r)] });
    const p = c.parties[0];
    assert.equal(p.idIssuer, '石家庄市公安局长安分局');
    assert.equal(p.idValidFrom, '2015-03-01');
    assert.equal(p.idValidUntil, '2035-03-01');
    assert.equal(p.address, '河北省石家庄市桥西区自强路22号');
    assert.deepEqual({ ...p.card, readAt: undefined }, { readId: r.readId, kind: 'resident', readAt: undefined, simulated: true, hasPhoto: true, expired: false });
    const linked = tb.backend.db.raw().prepare('SELECT party_id FROM card_read WHERE id = ?').get(r.readId) as { party_id: number };
    assert.equal(linked.party_id, p.id);
  });

  it('refuses to use one read for a second party', async () => {
    const r = await read('resident_long_term');
    const input = await validCaseInput(clerk);
    await clerk.call('cases.create', { ...input, parties: [partyFrom(r)] });
    const e = await clerk.fail('cases.create', { ...input, parties: [partyFrom(r)] });
    assert.equal(e.code, 'VALIDATION_FAILED');
    assert.equal(e.issues?.[0].path, 'parties.0.cardReadId');
    assert.match(e.issues![0].message, /已用于其他当事人/);
  });

  it('refuses 读卡核验 when the name or number was changed after reading, and writes nothing', async () => {
    const r = await read('resident');
    const input = await validCaseInput(clerk);
    const before = (tb.backend.db.raw().prepare('SELECT COUNT(*) AS n FROM enforcement_case').get() as { n: number }).n;
    const e = await clerk.fail('cases.create', { ...input, parties: [input.parties[1], partyFrom(r, { name: '王建民' })] });
    assert.equal(e.code, 'VALIDATION_FAILED');
    assert.equal(e.message, '当事人信息与读卡信息不一致，不能标记为读卡核验');
    assert.equal(e.issues?.[0].path, 'parties.1.cardReadId');
    assert.equal((tb.backend.db.raw().prepare('SELECT COUNT(*) AS n FROM enforcement_case').get() as { n: number }).n, before);
    // Without the claim the same party registers as typed.
    const c = await clerk.call('cases.create', { ...input, parties: [partyFrom(r, { name: '王建民', idNumber: '11010519491231002X', birthDate: '1949-12-31', gender: 'female', cardReadId: undefined })] });
    assert.equal(c.parties[0].card, null);
  });

  it('flags an expired card, and still lets the party be registered', async () => {
    const r = await read('resident_expired');
    assert.equal(r.validUntil, '2024-05-10');
    assert.equal(r.expired, true);
    const c = await clerk.call('cases.create', { ...(await validCaseInput(clerk)), parties: [partyFrom(r)] });
    assert.equal(c.parties[0].card?.expired, true);
  });

  it('registers foreign permanent residents and HK/Macau/Taiwan residents with the fields their cards have', async () => {
    const smith = await read('foreign_2017');
    assert.deepEqual([smith.idType, smith.name, smith.englishName, smith.nationality, smith.address, smith.ethnicity], ['foreign_permanent_id', '史密斯', 'SMITH JOHN', 'USA', '', null]);
    const maria = await read('foreign_2023');
    const chen = await read('hmt');
    assert.equal(chen.idType, 'hmt_residence_permit');
    const c = await clerk.call('cases.create', { ...(await validCaseInput(clerk)), parties: [partyFrom(smith), partyFrom(maria), partyFrom(chen)] });
    assert.deepEqual(c.parties.map((p) => [p.idType, p.englishName, p.nationality, p.card?.kind]), [
      ['foreign_permanent_id', 'SMITH JOHN', 'USA', 'foreign_2017'],
      ['foreign_permanent_id', 'GARCIA MARIA', 'ESP', 'foreign_2023'],
      ['hmt_residence_permit', null, null, 'hmt_residence'],
    ]);
  });

  it('answers read failures with typed codes and Chinese messages', async () => {
    await clerk.call('idcard.simulator.control', { action: 'remove' });
    assert.deepEqual(await clerk.fail('idcard.read', {}), { code: 'IDCARD_NO_CARD', message: '请放置证件' });
    await clerk.call('idcard.simulator.control', { action: 'place', fixture: 'lifted_mid_read' });
    assert.deepEqual(await clerk.fail('idcard.read', {}), { code: 'IDCARD_READ_FAILED', message: '读卡失败，请重放证件' });
    await clerk.call('idcard.simulator.control', { action: 'unplug' });
    assert.equal((await clerk.fail('idcard.read', {})).code, 'IDCARD_NOT_CONNECTED');
    assert.equal((await clerk.call('idcard.status', {})).state, 'disconnected');
    await clerk.call('idcard.simulator.control', { action: 'plug' });
    assert.equal((await clerk.call('idcard.status', {})).state, 'ready');
  });

  it('says why no photo is shown while no vendor decoder is configured', async () => {
    const r = await read('resident');
    assert.deepEqual(await clerk.call('idcard.photo', { readId: r.readId }), { available: false, reason: NO_DECODER_REASON });
    assert.equal((await clerk.fail('idcard.photo', { readId: 999_999 })).code, 'NOT_FOUND');
  });

  it('shows the photo once the admin configures the vendor decoder, and says why when it cannot load', async () => {
    const lib = path.join(tb.dataDir, 'libfakewlt.so');
    execFileSync('cc', ['-shared', '-fPIC', '-o', lib, path.join(__dirname, '..', '..', 'fixtures', 'wlt-decoder', 'fake_wlt.c')]);
    const admin = await tb.as('admin');
    const { settings } = await admin.call('settings.devices.get', {});
    const refused = await admin.fail('settings.devices.update', { ...settings, photoDecoderPath: lib, photoDecoderSymbol: 'wlt2bmp' });
    assert.deepEqual([refused.code, refused.issues?.[0]?.path], ['VALIDATION_FAILED', 'photoDecoderSha256'], 'a path without its pinned SHA-256 is not saved');
    const libSha = createHash('sha256').update(fs.readFileSync(lib)).digest('hex');
    await admin.call('settings.devices.update', { ...settings, photoDecoderPath: lib, photoDecoderSymbol: 'wlt2bmp', photoDecoderSha256: '0'.repeat(64) });
    assert.match((await clerk.call('idcard.status', {})).photoUnavailable ?? '', /^相片解码库未通过校验，已拒绝加载：文件的 SHA-256 校验值/);
    const untrusted = await clerk.call('idcard.photo', { readId: (await read('resident')).readId });
    assert.deepEqual(untrusted.available ? null : [untrusted.code, /SHA-256 校验值.*不符/.test(untrusted.reason)], ['PHOTO_DECODER_UNTRUSTED', true]);
    await admin.call('settings.devices.update', { ...settings, photoDecoderPath: lib, photoDecoderSymbol: 'wlt2bmp', photoDecoderSha256: libSha.toUpperCase() });
    assert.equal((await clerk.call('idcard.status', {})).photoUnavailable, null);
    const r = await read('resident');
    const photo = await clerk.call('idcard.photo', { readId: r.readId });
    assert.ok(photo.available);
    assert.deepEqual([photo.width, photo.height, Buffer.from(photo.base64, 'base64').subarray(1, 4).toString('latin1')], [102, 126, 'PNG']);
    await admin.call('settings.devices.update', { ...settings, photoDecoderPath: lib, photoDecoderSymbol: 'GetBmp', photoDecoderSha256: libSha });
    assert.equal((await clerk.call('idcard.status', {})).photoUnavailable, '相片解码库中没有函数 GetBmp');
    assert.deepEqual(await clerk.call('idcard.photo', { readId: r.readId }), { available: false, reason: '相片解码库中没有函数 GetBmp' });
    await admin.call('settings.devices.update', settings);
  });

  it('removes reads never used for a party after a day', async () => {
    const r = await read('hmt');
    clock.to('2026-11-26');
    await read('resident');
    const gone = tb.backend.db.raw().prepare('SELECT COUNT(*) AS n FROM card_read WHERE id = ?').get(r.readId) as { n: number };
    assert.equal(gone.n, 0);
    const kept = tb.backend.db.raw().prepare('SELECT COUNT(*) AS n FROM card_read WHERE party_id IS NOT NULL').get() as { n: number };
    assert.ok(kept.n >= 6, 'reads linked to parties stay');
    clock.to('2026-11-24');
  });

  it('lets only drafters read, and only the admin change the reader settings', async () => {
    const reviewer = await tb.as('reviewer');
    assert.equal((await reviewer.fail('idcard.read', {})).code, 'FORBIDDEN');
    const admin = await tb.as('admin');
    const { settings } = await admin.call('settings.devices.get', {});
    assert.equal(settings.transport, 'simulator');
    assert.equal((await clerk.fail('settings.devices.update', settings)).code, 'FORBIDDEN');
    const bad = await admin.fail('settings.devices.update', { ...settings, usbIds: ['0400-C35A'] });
    assert.equal(bad.issues?.[0].path, 'usbIds.0');
    const saved = await admin.call('settings.devices.update', { ...settings, transport: 'off', usbIds: ['0400:c35a'] });
    assert.deepEqual(saved.usbIds, ['0400:C35A']);
    assert.equal((await clerk.call('idcard.status', {})).state, 'disconnected');
    assert.equal((await clerk.fail('idcard.simulator.control', { action: 'place', fixture: 'resident' })).code, 'IDCARD_SIMULATOR_OFF');
    await admin.call('settings.devices.update', { ...settings, transport: 'simulator' });
    assert.equal((await clerk.call('idcard.status', {})).state, 'ready');
  });
});
