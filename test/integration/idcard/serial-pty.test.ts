/**
 * The real serial transport (the `serialport` package, termios, a tty device) against the
 * simulated SAM on the far end of a pseudo-terminal pair made by socat: the bytes cross the
 * kernel's tty layer exactly as they would from a USB-serial reader. Pulling the reader is
 * killing socat, which hangs up the tty under the open port.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SerialPort } from 'serialport';
import { DEFAULT_READER_SETTINGS, type ReaderStatus } from '../../../main/contract/idcard';
import { IdCardReaderService } from '../../../main/devices/idcard/reader-service';
import { NO_LATENCY, SamSimulator } from '../../../main/devices/idcard/simulator/sam-simulator';

const hasSocat = spawnSync('socat', ['-V']).status === 0;

interface Cable {
  socat: ChildProcess;
  simPort: SerialPort;
}

async function waitFor(cond: () => boolean, what: string, ms = 5000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A pty pair: `reader` is the port the workstation opens, `sim` is where the simulated SAM listens. */
async function plugCable(dir: string, sim: SamSimulator): Promise<Cable> {
  const socat = spawn('socat', [`pty,raw,echo=0,link=${dir}/reader`, `pty,raw,echo=0,link=${dir}/sim`], { stdio: 'ignore' });
  await waitFor(() => fs.existsSync(path.join(dir, 'reader')) && fs.existsSync(path.join(dir, 'sim')), 'socat ptys');
  const simPort = await new Promise<SerialPort>((resolve, reject) => {
    const p = new SerialPort({ path: path.join(dir, 'sim'), baudRate: 115200 }, (err) => (err ? reject(err) : resolve(p)));
  });
  simPort.on('data', (d: Buffer) => sim.receive(d));
  simPort.on('error', () => undefined);
  sim.onSend((frame) => {
    if (simPort.isOpen) simPort.write(frame);
  });
  return { socat, simPort };
}

async function pullCable(c: Cable, dir: string) {
  const gone = new Promise((r) => c.socat.once('exit', r));
  c.socat.kill('SIGTERM');
  await gone;
  if (c.simPort.isOpen) await new Promise((r) => c.simPort.close(() => r(undefined)));
  await waitFor(() => !fs.existsSync(path.join(dir, 'reader')), 'pty links removed');
}

describe('USB-serial reader over a real tty (socat pseudo-terminal pair)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-pty-'));
  const statuses: ReaderStatus[] = [];
  let svc: IdCardReaderService;
  let cable: Cable | null = null;

  before(() => {
    assert.ok(hasSocat, 'socat is needed for the serial-port test: apt-get install socat (the CI script installs it)');
    svc = new IdCardReaderService({ onStatus: (s) => statuses.push(s), simulatorLatency: NO_LATENCY });
  });

  after(async () => {
    await svc.close();
    if (cable) await pullCable(cable, dir);
  });

  it('finds the reader on the configured port by its answer to 11 FF and reads a card through the tty', async () => {
    cable = await plugCable(dir, svc.simulator);
    await svc.configure({ ...DEFAULT_READER_SETTINGS, transport: 'serial', serialPath: path.join(dir, 'reader') });
    await waitFor(() => svc.status().state === 'ready' && svc.status().samId !== null, 'reader ready');
    assert.equal(svc.status().transport, 'serial');
    assert.equal(svc.status().simulated, false, 'through the serial transport it is a serial reader');
    assert.equal(svc.status().device, path.join(dir, 'reader'));
    svc.simulator.place('resident');
    const r = await svc.read();
    assert.equal(r.card.fields.name, '王建国');
    assert.equal(r.card.latestAddress, '河北省石家庄市桥西区自强路22号');
    assert.equal(r.card.photo.length, 1024);
  });

  it('shows 未连接 when the cable is pulled, and 就绪 again when it is plugged back, without restarting', async () => {
    await pullCable(cable!, dir);
    cable = null;
    await waitFor(() => svc.status().state === 'disconnected', 'disconnected after the tty hung up');
    assert.equal(((await svc.read().catch((e: unknown) => e)) as { code?: string }).code, 'IDCARD_NOT_CONNECTED');
    cable = await plugCable(dir, svc.simulator);
    await waitFor(() => svc.status().state === 'ready', 'reattached by the rescan', 8000);
    svc.simulator.remove();
    svc.simulator.place('foreign_2023');
    assert.equal((await svc.read()).card.fields.englishName, 'GARCIA MARIA');
  });

  it('leaves a port alone whose device does not answer as a SAM, and says so', async () => {
    const quiet = spawn('socat', [`pty,raw,echo=0,link=${dir}/quiet`, `pty,raw,echo=0,link=${dir}/quiet-end`], { stdio: 'ignore' });
    try {
      await waitFor(() => fs.existsSync(path.join(dir, 'quiet')), 'quiet pty');
      const other = new IdCardReaderService({ onStatus: () => undefined });
      try {
        await other.configure({ ...DEFAULT_READER_SETTINGS, transport: 'serial', serialPath: path.join(dir, 'quiet') });
        await waitFor(() => other.status().error !== null, 'probe verdict', 3000);
        assert.equal(other.status().state, 'disconnected');
        assert.match(other.status().error!.message, /没有应答的身份证读卡器/);
      } finally {
        await other.close();
      }
    } finally {
      quiet.kill('SIGTERM');
    }
  });
});
