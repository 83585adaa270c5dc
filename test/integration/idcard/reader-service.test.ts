import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { DEFAULT_READER_SETTINGS, type ReaderStatus } from '../../../main/contract/idcard';
import { IdCardError } from '../../../main/devices/idcard/errors';
import { IdCardReaderService } from '../../../main/devices/idcard/reader-service';
import { NO_LATENCY, type SimulatorLatency } from '../../../main/devices/idcard/simulator/sam-simulator';

const services: IdCardReaderService[] = [];

async function simulated(opts: { latency?: SimulatorLatency; shortMs?: number; readMs?: number; pollMs?: number } = {}) {
  const statuses: ReaderStatus[] = [];
  const svc = new IdCardReaderService({
    onStatus: (s) => statuses.push(s),
    simulatorLatency: opts.latency ?? NO_LATENCY,
    timeouts: { shortMs: opts.shortMs ?? 500, readMs: opts.readMs ?? 3500 },
  });
  services.push(svc);
  await svc.configure({ ...DEFAULT_READER_SETTINGS, transport: 'simulator', pollMs: opts.pollMs ?? 100 });
  await until(() => svc.status().state === 'ready' && svc.status().samId !== null);
  return { svc, statuses };
}

async function until(cond: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function readError(p: Promise<unknown>): Promise<IdCardError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof IdCardError, `typed error expected, got ${String(e)}`);
    return e;
  }
  throw new Error('the read unexpectedly succeeded');
}

afterEach(async () => {
  while (services.length) await services.pop()!.close();
});

describe('ID-card reader service against the simulated reader', () => {
  it('finds the reader, reads its SAM number and reports 就绪 with the simulator label', async () => {
    const { svc } = await simulated();
    const s = svc.status();
    assert.equal(s.state, 'ready');
    assert.equal(s.transport, 'simulator');
    assert.equal(s.simulated, true);
    assert.equal(s.device, '模拟读卡器');
    assert.equal(s.samId, '05.01-20240315-1029384756-3141592653');
  });

  it('reads each card type with the fields its layout has', async () => {
    const { svc } = await simulated();
    const read = async (fixture: string) => {
      svc.simulatorControl({ action: 'place', fixture });
      return (await svc.read()).card;
    };
    const wang = await read('resident');
    assert.equal(wang.fields.kind, 'resident');
    assert.equal(wang.fields.name, '王建国');
    assert.equal(wang.fields.ethnicity, '01');
    assert.equal(wang.fields.idNumber, '130102198506151230');
    assert.equal(wang.latestAddress, '河北省石家庄市桥西区自强路22号');
    assert.equal(wang.text.length, 256);
    assert.equal(wang.photo.subarray(0, 2).toString('latin1'), 'WL');

    const li = await read('resident_long_term');
    assert.equal(li.fields.validUntil, 'long_term');
    assert.equal(li.latestAddress, '', 'no appended address: 30 03 answers 91');

    const smith = await read('foreign_2017');
    assert.deepEqual([smith.fields.kind, smith.fields.idType, smith.fields.englishName, smith.fields.nationality], ['foreign_2017', 'foreign_permanent_id', 'SMITH JOHN', 'USA']);
    const maria = await read('foreign_2023');
    assert.deepEqual([maria.fields.kind, maria.fields.name, maria.fields.idNumber.slice(0, 1)], ['foreign_2023', '玛丽亚', '9']);
    const chen = await read('hmt');
    assert.deepEqual([chen.fields.kind, chen.fields.idType, chen.fields.passNumber, chen.fields.ethnicity], ['hmt_residence', 'hmt_residence_permit', 'H60123456', null]);
  });

  it('asks for a card when none lies on the reader', async () => {
    const { svc } = await simulated();
    const e = await readError(svc.read());
    assert.equal(e.code, 'IDCARD_NO_CARD');
    assert.equal(e.message, '请放置证件');
    assert.equal(svc.status().state, 'ready');
  });

  it('reads a card already read again when 读卡 is pressed, without lifting it', async () => {
    const { svc } = await simulated({ pollMs: 50 });
    svc.watch({}, true);
    svc.simulatorControl({ action: 'place', fixture: 'resident' });
    await until(() => svc.status().cardPresent);
    assert.equal((await svc.read()).card.fields.name, '王建国');
    // To the watch it is no new card (a form would otherwise read it over and over)…
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(svc.status().cardPresent, false);
    // …but asked to read, the reader reads the card lying there.
    const again = await svc.read();
    assert.equal(again.card.fields.name, '王建国');
    assert.equal(again.card.latestAddress, '河北省石家庄市桥西区自强路22号');
    assert.equal(svc.status().state, 'ready');
    svc.simulatorControl({ action: 'remove' });
    assert.equal((await readError(svc.read())).code, 'IDCARD_NO_CARD', 'lifted, it is gone');
  });

  it('says 读卡失败，请重放证件 when the card is lifted mid-read, and the status shows 错误', async () => {
    const { svc } = await simulated();
    svc.simulatorControl({ action: 'place', fixture: 'lifted_mid_read' });
    const e = await readError(svc.read());
    assert.equal(e.code, 'IDCARD_READ_FAILED');
    assert.equal(e.message, '读卡失败，请重放证件');
    assert.equal(svc.status().state, 'error');
    assert.equal(svc.status().error?.message, '读卡失败，请重放证件');
  });

  it('fails the read when the card is lifted while its answer is on the way', async () => {
    const { svc } = await simulated({ latency: { shortMs: 0, readMs: 150 } });
    svc.simulatorControl({ action: 'place', fixture: 'resident' });
    const reading = svc.read();
    await until(() => svc.status().state === 'reading');
    await new Promise((r) => setTimeout(r, 40));
    svc.simulatorControl({ action: 'remove' });
    assert.equal((await readError(reading)).code, 'IDCARD_READ_FAILED');
  });

  it('rejects a forged card and a garbled answer with their own messages', async () => {
    const { svc } = await simulated();
    svc.simulatorControl({ action: 'place', fixture: 'forged' });
    assert.equal((await readError(svc.read())).code, 'IDCARD_CARD_INVALID');
    svc.simulatorControl({ action: 'place', fixture: 'bad_checksum' });
    const e = await readError(svc.read());
    assert.equal(e.code, 'IDCARD_FRAME_INVALID');
    assert.match(e.detail, /checksum/);
  });

  it('gives up on an answer cut short after the read time-out, and reads again afterwards', async () => {
    const { svc } = await simulated({ readMs: 300 });
    svc.simulatorControl({ action: 'place', fixture: 'truncated' });
    const t0 = Date.now();
    const e = await readError(svc.read());
    const took = Date.now() - t0;
    assert.equal(e.code, 'IDCARD_TIMEOUT');
    assert.ok(took >= 290 && took < 1500, `timed out after ${took} ms`);
    svc.simulatorControl({ action: 'place', fixture: 'resident' });
    assert.equal((await svc.read()).card.fields.name, '王建国');
  });

  it('ends a read with 读卡器未连接 at once when the reader is unplugged mid-read, then finds it when plugged back', async () => {
    const { svc, statuses } = await simulated({ latency: { shortMs: 0, readMs: 2000 } });
    svc.simulatorControl({ action: 'place', fixture: 'resident' });
    const reading = svc.read();
    await until(() => svc.status().state === 'reading');
    const t0 = Date.now();
    svc.simulatorControl({ action: 'unplug' });
    const e = await readError(reading);
    assert.equal(e.code, 'IDCARD_NOT_CONNECTED');
    assert.ok(Date.now() - t0 < 200, 'no waiting for the time-out');
    assert.equal(svc.status().state, 'disconnected');
    assert.equal((await readError(svc.read())).code, 'IDCARD_NOT_CONNECTED');
    svc.simulatorControl({ action: 'plug' });
    await until(() => svc.status().state === 'ready');
    assert.deepEqual(
      [...new Set(statuses.map((s) => s.state))],
      ['disconnected', 'ready', 'reading'],
      'the status bar saw the reader come, read, go and come back',
    );
    assert.ok(statuses.some((s, i) => i > 0 && s.state === 'ready' && statuses[i - 1].state === 'disconnected'));
  });

  it('reports a placed card while a form watches, and stops asking when no form does', async () => {
    const { svc } = await simulated({ pollMs: 100 });
    const form = {};
    svc.simulatorControl({ action: 'place', fixture: 'resident' });
    await new Promise((r) => setTimeout(r, 250));
    assert.equal(svc.status().cardPresent, false, 'nobody watches: the reader is not polled');
    svc.watch(form, true);
    await until(() => svc.status().cardPresent);
    await svc.read();
    assert.equal(svc.status().cardPresent, false, 'a read card counts as absent');
    await new Promise((r) => setTimeout(r, 250));
    assert.equal(svc.status().cardPresent, false);
    svc.simulatorControl({ action: 'remove' });
    svc.simulatorControl({ action: 'place', fixture: 'hmt' });
    await until(() => svc.status().cardPresent);
    svc.watch(form, false);
    assert.equal(svc.status().cardPresent, false);
  });

  it('serialises a poll and a read so their frames never interleave', async () => {
    const { svc } = await simulated({ pollMs: 100, latency: { shortMs: 5, readMs: 30 } });
    svc.watch({}, true);
    for (let i = 0; i < 5; i++) {
      svc.simulatorControl({ action: 'place', fixture: i % 2 ? 'hmt' : 'resident' });
      await new Promise((r) => setTimeout(r, 30 + i * 17));
      assert.ok((await svc.read()).card.fields.name);
    }
  });

  it('leaves 错误 when the faulty card is lifted, though no form is open', async () => {
    const { svc, statuses } = await simulated({ pollMs: 50 });
    svc.simulatorControl({ action: 'place', fixture: 'forged' });
    assert.equal((await readError(svc.read())).code, 'IDCARD_CARD_INVALID');
    assert.equal(svc.status().state, 'error');
    // The forged card still lies there: the fault stays shown.
    await new Promise((r) => setTimeout(r, 250));
    assert.equal(svc.status().state, 'error');
    assert.equal(svc.status().error?.code, 'IDCARD_CARD_INVALID');
    svc.simulatorControl({ action: 'remove' });
    await until(() => svc.status().state === 'ready');
    assert.equal(svc.status().error, null);
    assert.equal(statuses.at(-1)?.state, 'ready', 'the change went out as a status event');
  });

  it('leaves 错误 when the reader answers again after a cut-short answer and the card is gone', async () => {
    const { svc } = await simulated({ pollMs: 50, readMs: 200 });
    svc.simulatorControl({ action: 'place', fixture: 'truncated' });
    assert.equal((await readError(svc.read())).code, 'IDCARD_TIMEOUT');
    assert.equal(svc.status().state, 'error');
    svc.simulatorControl({ action: 'remove' });
    await until(() => svc.status().state === 'ready');
  });

  it('leaves 错误 at the next good read of another card laid in place of the faulty one', async () => {
    // Polled too rarely to see the swap: only the read can end the fault.
    const { svc } = await simulated({ pollMs: 60_000 });
    svc.simulatorControl({ action: 'place', fixture: 'bad_checksum' });
    assert.equal((await readError(svc.read())).code, 'IDCARD_FRAME_INVALID');
    assert.equal(svc.status().state, 'error');
    svc.simulatorControl({ action: 'place', fixture: 'hmt' });
    assert.equal((await svc.read()).card.fields.name, '陈家明');
    assert.equal(svc.status().state, 'ready');
    assert.equal(svc.status().error, null);
  });

  it('keeps 错误 while a form watches and the faulty card lies there, and clears it once lifted', async () => {
    const { svc } = await simulated({ pollMs: 50 });
    svc.watch({}, true);
    svc.simulatorControl({ action: 'place', fixture: 'forged' });
    await until(() => svc.status().cardPresent);
    await readError(svc.read());
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual([svc.status().state, svc.status().cardPresent], ['error', true]);
    svc.simulatorControl({ action: 'remove' });
    await until(() => svc.status().state === 'ready');
    assert.equal(svc.status().cardPresent, false);
  });

  it('refuses simulator controls when the simulator is not the configured reader', async () => {
    const svc = new IdCardReaderService({ onStatus: () => undefined });
    services.push(svc);
    await svc.configure({ ...DEFAULT_READER_SETTINGS, transport: 'off' });
    assert.throws(() => svc.simulatorControl({ action: 'place', fixture: 'resident' }), { code: 'IDCARD_SIMULATOR_OFF' });
    assert.equal(svc.status().state, 'disconnected');
  });
});
