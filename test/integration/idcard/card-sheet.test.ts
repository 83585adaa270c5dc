/**
 * 证件信息核对单: the printed record of a card read, checked with poppler and qpdf — the fields
 * each card layout carries, the photo embedded where the vendor decoder (a stand-in compiled
 * from test/fixtures/wlt-decoder) gives one, the reason printed where it does not, and the audit
 * entry that making one leaves.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CallInput } from '../../../main/contract/api';
import type { CardRead } from '../../../main/contract/idcard';
import type { PdfFile } from '../../../main/contract/documents';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../../support/backend';
import { movableClock } from '../../support/procedure';
import { pageCount, pdfFonts, pdfText, qpdfCheck, squeeze, toFile } from '../documents/pdf-tools';

type PartyIn = CallInput<'cases.create'>['parties'][number];

function fileOf(pdf: PdfFile): string {
  return toFile(Buffer.from(pdf.base64, 'base64'), 'card-sheet');
}

/** pdfimages -list: one row per image, as [width, height]. */
function images(file: string): [number, number][] {
  const out = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const c = l.trim().split(/\s+/);
      return [Number(c[3]), Number(c[4])] as [number, number];
    });
}

function assertSound(file: string) {
  const q = qpdfCheck(file);
  assert.equal(q.status, 0, q.output);
  assert.equal(pageCount(file), 1);
  for (const f of pdfFonts(file)) assert.equal(f.emb, 'yes', `font ${f.name} embedded`);
}

describe('证件信息核对单 of a card read', () => {
  const clock = movableClock('2026-11-24');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-sheet-'));
  const lib = path.join(dir, 'libfakewlt.so');
  let tb: TestBackend;
  let clerk: Client;
  let admin: Client;

  before(async () => {
    assert.equal(spawnSync('cc', ['--version']).status, 0, 'a C compiler is needed to build the stand-in decoder: apt-get install build-essential');
    execFileSync('cc', ['-shared', '-fPIC', '-O1', '-o', lib, path.join(__dirname, '..', '..', 'fixtures', 'wlt-decoder', 'fake_wlt.c')]);
    tb = await startTestBackend({ clock });
    clerk = await tb.as('clerk');
    admin = await tb.as('admin');
  });
  after(() => tb.close());

  const read = async (fixture: string): Promise<CardRead> => {
    await clerk.call('idcard.simulator.control', { action: 'remove' });
    await clerk.call('idcard.simulator.control', { action: 'place', fixture });
    return clerk.call('idcard.read', {});
  };

  it('prints a resident card with its appended address, the sample-data warning and why no photo is shown', async () => {
    const r = await read('resident');
    const pdf = await clerk.call('idcard.sheet', { readId: r.readId });
    assert.equal(pdf.fileName, '王建国-证件信息核对单.pdf');
    const file = fileOf(pdf);
    assertSound(file);
    const text = squeeze(pdfText(file));
    for (const want of [
      '当事人身份证件信息核对单',
      '模拟读卡器样例数据，非真实证件',
      '案号：（尚未立案）',
      '证件类型：居民身份证',
      '姓名王建国',
      '民族汉',
      '出生日期1985年6月15日',
      '公民身份号码130102198506151230',
      '最新住址河北省石家庄市桥西区自强路22号',
      '签发机关石家庄市公安局长安分局',
      '有效期限2015年3月1日至2035年3月1日',
      '（无相片）',
      '未打印相片：未配置读卡器厂商的相片解码库',
      '执法人员（签名）',
      '当事人（签名）',
    ]) {
      assert.ok(text.includes(squeeze(want)), `missing “${want}” in ${text}`);
    }
    assert.deepEqual(images(file), [], 'no photo without a decoder');
    const audit = tb.backend.db.raw().prepare("SELECT detail, changes FROM audit_log WHERE action = 'idcard.sheet' ORDER BY id DESC LIMIT 1").get() as { detail: string; changes: string };
    assert.match(audit.detail, /制作证件信息核对单（王建国）/);
    assert.doesNotMatch(JSON.stringify(audit), /130102198506151230/, 'the audit log keeps the number masked');
  });

  it('embeds the photo once the vendor decoder is configured, and names the case once the party is registered', async () => {
    const { settings } = await admin.call('settings.devices.get', {});
    const photoDecoderSha256 = createHash('sha256').update(fs.readFileSync(lib)).digest('hex');
    await admin.call('settings.devices.update', { ...settings, photoDecoderPath: lib, photoDecoderSymbol: 'wlt2bmp', photoDecoderSha256 });
    try {
      const r = await read('foreign_2023');
      const party: PartyIn = {
        kind: 'individual',
        name: r.name,
        gender: r.gender ?? 'female',
        birthDate: r.birthDate,
        idType: r.idType,
        idNumber: r.idNumber,
        address: '广东省广州市天河区珠江新城华夏路8号',
        phone: '13900000023',
        idIssuer: r.issuer,
        idValidFrom: r.validFrom,
        idValidUntil: r.validUntil,
        englishName: r.englishName,
        nationality: r.nationality,
        cardReadId: r.readId,
      };
      const c = await clerk.call('cases.create', await validCaseInput(clerk, { parties: [party] }));
      const pdf = await clerk.call('idcard.sheet', { readId: r.readId });
      assert.equal(pdf.fileName, `${c.caseNumber}-玛丽亚-证件信息核对单.pdf`);
      const file = fileOf(pdf);
      assertSound(file);
      assert.deepEqual(images(file), [[102, 126]], 'the decoded photo, at the card’s own 102 × 126 pixels');
      const text = squeeze(pdfText(file));
      for (const want of [`案号：${c.caseNumber}`, '外国人永久居留身份证（2023版）', '中文姓名玛丽亚', '英文姓名GARCIAMARIA', '国籍ESP', `证件号码${r.idNumber}`]) {
        assert.ok(text.includes(squeeze(want)), `missing “${want}” in ${text}`);
      }
      assert.ok(!text.includes('（无相片）'));
      assert.ok(!text.includes('民族'), 'a foreign card has no 民族');
    } finally {
      await admin.call('settings.devices.update', settings);
    }
  });

  it('flags an expired card and prints 长期 validity as the card does', async () => {
    const expired = await read('resident_expired');
    const text = squeeze(pdfText(fileOf(await clerk.call('idcard.sheet', { readId: expired.readId }))));
    assert.ok(text.includes('读卡时证件已过有效期（有效期至2024年5月10日）'), text);
    const longTerm = await read('resident_long_term');
    const text2 = squeeze(pdfText(fileOf(await clerk.call('idcard.sheet', { readId: longTerm.readId }))));
    assert.ok(text2.includes('至长期'), text2);
    assert.ok(!text2.includes('已过有效期'));
  });

  it('prints a 港澳台居民居住证 with its pass number and issue count', async () => {
    const r = await read('hmt');
    const text = squeeze(pdfText(fileOf(await clerk.call('idcard.sheet', { readId: r.readId }))));
    assert.ok(text.includes('证件类型：港澳台居民居住证'), text);
    assert.ok(text.includes(`通行证号码${r.passNumber}`), text);
    assert.ok(text.includes(`签发次数${r.issueCount}`), text);
  });

  it('answers an unknown read with NOT_FOUND, and lets a reviewer print a registered party’s read but not read cards', async () => {
    assert.equal((await clerk.fail('idcard.sheet', { readId: 999_999 })).code, 'NOT_FOUND');
    const reviewer = await tb.as('reviewer');
    const r = await read('resident');
    // Before the read is a party's it is the reading account's alone.
    assert.equal((await reviewer.fail('idcard.sheet', { readId: r.readId })).code, 'CARD_READ_NOT_YOURS');
    const party: PartyIn = {
      kind: 'individual', name: r.name, gender: r.gender ?? 'male', ethnicity: r.ethnicity ?? undefined, birthDate: r.birthDate,
      idType: r.idType, idNumber: r.idNumber, address: r.address, phone: '13900000001', cardReadId: r.readId,
    };
    await clerk.call('cases.create', await validCaseInput(clerk, { parties: [party] }));
    const pdf = await reviewer.call('idcard.sheet', { readId: r.readId });
    assert.ok(pdf.sha256.match(/^[0-9a-f]{64}$/));
    assert.equal((await reviewer.fail('idcard.read', {})).code, 'FORBIDDEN');
  });
});
