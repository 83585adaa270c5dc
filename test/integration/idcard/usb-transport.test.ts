import assert from 'node:assert/strict';
import fs from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import { DEFAULT_READER_SETTINGS } from '../../../main/contract/idcard';
import { IdCardReaderService } from '../../../main/devices/idcard/reader-service';
import { NO_LATENCY } from '../../../main/devices/idcard/simulator/sam-simulator';
import { SimulatedUsbBus, SimulatedUsbReader, type SimulatedReaderOptions } from '../../support/usb-bus';

const services: IdCardReaderService[] = [];

async function until(cond: () => boolean, what: string, ms = 3000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function usbReader(device: SimulatedReaderOptions = {}, usbIds = DEFAULT_READER_SETTINGS.usbIds) {
  const bus = new SimulatedUsbBus();
  const svc = new IdCardReaderService({ onStatus: (s) => process.env.DBG && console.log('st', s.state, s.error?.message), simulatorLatency: NO_LATENCY, usbBus: bus });
  services.push(svc);
  const reader = new SimulatedUsbReader(svc.simulator, device);
  bus.plug(reader);
  await svc.configure({ ...DEFAULT_READER_SETTINGS, transport: 'usb', usbIds });
  return { bus, svc, reader };
}

afterEach(async () => {
  while (services.length) await services.pop()!.close();
});

describe('USB bulk transport (WebUSB API of node-usb) against a simulated bus', () => {
  it('finds the 0400:C35A reader, takes its bulk endpoints from the descriptors and reads a card in 64-byte packets', async () => {
    const { svc, reader } = await usbReader({ inEndpoint: 5, outEndpoint: 6 });
    await until(() => svc.status().state === 'ready' && svc.status().samId !== null, 'ready');
    assert.equal(svc.status().device, 'USB 0400:C35A');
    assert.equal(svc.status().transport, 'usb');
    assert.equal(reader.claimed, 0);
    svc.simulator.place('resident_long_term');
    const r = await svc.read();
    assert.equal(r.card.fields.name, '李秀兰');
    assert.equal(r.card.fields.validUntil, 'long_term');
    assert.equal(r.device, 'USB 0400:C35A');
    assert.equal(r.simulated, false);
  });

  it('uses only the VID:PIDs in the settings', async () => {
    const { svc } = await usbReader({ vendorId: 0x1234, productId: 0x5678 });
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(svc.status().state, 'disconnected');
    const other = await usbReader({ vendorId: 0x1234, productId: 0x5678 }, ['1234:5678']);
    await until(() => other.svc.status().state === 'ready', 'ready with the configured id');
  });

  it('follows the reader being unplugged mid-read and plugged back', async () => {
    const { bus, svc, reader } = await usbReader();
    await until(() => svc.status().state === 'ready', 'ready');
    svc.simulator.latency = { shortMs: 0, readMs: 1000 };
    svc.simulator.place('resident');
    const reading = svc.read().catch((e: { code: string }) => e);
    await until(() => svc.status().state === 'reading', 'reading');
    const t0 = Date.now();
    bus.unplug(reader);
    assert.equal(((await reading) as { code: string }).code, 'IDCARD_NOT_CONNECTED');
    assert.ok(Date.now() - t0 < 300, 'the read ends when the device goes, not at the time-out');
    await until(() => svc.status().state === 'disconnected', 'disconnected');
    svc.simulator.latency = NO_LATENCY;
    bus.plug(reader);
    await until(() => svc.status().state === 'ready', 'ready again after the connect event');
    svc.simulator.remove();
    svc.simulator.place('hmt');
    assert.equal((await svc.read()).card.fields.name, '陈家明');
  });

  it('says why a device without a bulk endpoint pair cannot be used', async () => {
    const { svc } = await usbReader({ noBulk: true });
    await until(() => svc.status().error !== null, 'a verdict');
    assert.equal(svc.status().state, 'disconnected');
    assert.match(svc.status().error!.message, /无法打开 USB 读卡器 0400:C35A/);
  });

  it('with node-usb itself on this machine, reports a missing USB subsystem instead of failing', async () => {
    const svc = new IdCardReaderService({ onStatus: () => undefined });
    services.push(svc);
    await svc.configure({ ...DEFAULT_READER_SETTINGS, transport: 'usb' });
    if (fs.existsSync('/sys/bus/usb/devices')) {
      console.log('this machine has a USB bus: checking only that node-usb loads and the service settles');
      await new Promise((r) => setTimeout(r, 300));
      assert.ok(['disconnected', 'ready'].includes(svc.status().state));
      return;
    }
    await until(() => svc.status().error !== null, 'the node-usb verdict');
    assert.equal(svc.status().state, 'disconnected');
    assert.equal(svc.status().error!.message, '本机没有 USB 子系统，无法使用 USB 读卡器');
  });
});
