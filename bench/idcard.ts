/**
 * ID-card reader benchmark: the protocol's own cost of a full read cycle, without the simulated
 * device's latency (the simulator answers on the next event-loop turn).
 *
 *   cycle    — find (20 01) + select (20 02) + read text and photo (30 01) + appended address (30 03)
 *              through SamReader over the simulated link (answers in 64-byte packets, as USB bulk),
 *              and through the reader service (status bookkeeping included);
 *   baseline — the same four round trips carrying the same bytes as canned frames, with no encoding,
 *              assembly, checking or parsing: what the link and the event loop cost by themselves;
 *   codec    — decoding one 1 295-byte 30 01 answer and its text block, per operation;
 *   serial   — the cycle over a real tty (socat pseudo-terminal pair), where socat is installed.
 *
 * Target: full cycle p50 ≤ 5 ms. Run: node --import tsx bench/idcard.ts
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SerialPort } from 'serialport';
import { DEFAULT_READER_SETTINGS } from '../main/contract/idcard';
import { encodeCardText, parseCardText, toCardFields } from '../main/devices/idcard/card-text';
import { encodeAppendedAddress, encodeReadData, parseReadData } from '../main/devices/idcard/read-data';
import { SamReader } from '../main/devices/idcard/reader';
import { IdCardReaderService } from '../main/devices/idcard/reader-service';
import { commandFrame } from '../main/devices/idcard/sam-commands';
import { decodeResponse, encodeResponse } from '../main/devices/idcard/sam-frame';
import { CARD_FIXTURES, fixturePhoto } from '../main/devices/idcard/simulator/fixtures';
import { NO_LATENCY, SamSimulator } from '../main/devices/idcard/simulator/sam-simulator';
import { SimulatorLink } from '../main/devices/idcard/simulator/simulated-link';
import type { SamTransport } from '../main/devices/idcard/transports/transport';
import { heading, row, stats, type Stats } from './harness';

const CYCLES = Number(process.env.BENCH_IDCARD_CYCLES ?? 2000);
const WARMUP = 200;
const TARGET_MS = 5;

async function sample(n: number, fn: () => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return stats(out);
}

function attach(sim: SamSimulator): Promise<SamTransport> {
  return new Promise((resolve) => new SimulatorLink(sim).start(resolve));
}

/** The link with nothing behind it but canned answers: each write is answered, next turn, with the next frame in 64-byte pieces. */
function cannedLink(answers: Buffer[]): { write(frame: Buffer): Promise<Buffer> } {
  let i = 0;
  return {
    write: () =>
      new Promise((resolve) => {
        const frame = answers[i++ % answers.length];
        setImmediate(() => {
          const parts: Buffer[] = [];
          for (let o = 0; o < frame.length; o += 64) parts.push(frame.subarray(o, o + 64));
          resolve(Buffer.concat(parts));
        });
      }),
  };
}

async function main() {
  heading('ID-card reader: find + select + read + appended address');
  const sim = new SamSimulator(CARD_FIXTURES, NO_LATENCY);
  const reader = new SamReader(await attach(sim));
  const cycle = async () => {
    sim.place('resident');
    const card = await reader.readCard();
    if (card.fields.name !== '王建国') throw new Error('wrong card');
  };
  const viaReader = await sample(CYCLES, cycle);

  const svc = new IdCardReaderService({ onStatus: () => undefined, simulatorLatency: NO_LATENCY });
  await svc.configure({ ...DEFAULT_READER_SETTINGS, transport: 'simulator' });
  while (svc.status().samId === null) await new Promise((r) => setTimeout(r, 5));
  const viaService = await sample(CYCLES, async () => {
    svc.simulator.place('resident');
    await svc.read();
  });
  await svc.close();

  const fixture = CARD_FIXTURES[0];
  const readAnswer = encodeResponse(0x90, encodeReadData(encodeCardText(fixture.text), fixturePhoto(fixture.text.idNumber)));
  const answers = [
    encodeResponse(0x9f, Buffer.alloc(4)),
    encodeResponse(0x90, Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])),
    readAnswer,
    encodeResponse(0x90, encodeAppendedAddress(fixture.appendedAddress ?? '')),
  ];
  const commands = [commandFrame('findCard'), commandFrame('selectCard'), commandFrame('readTextPhoto'), commandFrame('readAppendedAddress')];
  const canned = cannedLink(answers);
  const baseline = await sample(CYCLES, async () => {
    for (const c of commands) await canned.write(c);
  });

  const ratio = viaReader.p50 / baseline.p50;
  process.stdout.write(row('SamReader over simulated link', viaReader, `overhead over baseline ${ratio.toFixed(2)}× (target p50 ≤ ${TARGET_MS} ms: ${viaReader.p50 <= TARGET_MS ? 'met' : 'NOT met'})`) + '\n');
  process.stdout.write(row('reader service read()', viaService, `target p50 ≤ ${TARGET_MS} ms: ${viaService.p50 <= TARGET_MS ? 'met' : 'NOT met'}`) + '\n');
  process.stdout.write(row('baseline: canned round trips', baseline, 'same bytes, no protocol work') + '\n');

  heading('codec, per operation');
  const OPS = 20_000;
  let t0 = performance.now();
  for (let i = 0; i < OPS; i++) {
    const r = decodeResponse(readAnswer);
    toCardFields(parseCardText(parseReadData(r.data, false).text));
  }
  const perOp = ((performance.now() - t0) * 1000) / OPS;
  t0 = performance.now();
  for (let i = 0; i < OPS; i++) encodeResponse(0x90, encodeReadData(encodeCardText(fixture.text), fixturePhoto(fixture.text.idNumber)));
  const encodePerOp = ((performance.now() - t0) * 1000) / OPS;
  process.stdout.write(`  decode 1 295-byte answer + text block   ${perOp.toFixed(1)} µs/op   (simulator's encode of the same: ${encodePerOp.toFixed(1)} µs/op)\n`);

  heading('over a real tty (socat pty pair)');
  if (spawnSync('socat', ['-V']).status !== 0) {
    process.stdout.write('  skipped: socat is not installed (apt-get install socat)\n');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-bench-pty-'));
  const socat = spawn('socat', [`pty,raw,echo=0,link=${dir}/reader`, `pty,raw,echo=0,link=${dir}/sim`], { stdio: 'ignore' });
  while (!fs.existsSync(`${dir}/sim`) || !fs.existsSync(`${dir}/reader`)) await new Promise((r) => setTimeout(r, 10));
  const ttySim = new SamSimulator(CARD_FIXTURES, NO_LATENCY);
  const simPort = await new Promise<SerialPort>((resolve, reject) => {
    const p = new SerialPort({ path: `${dir}/sim`, baudRate: 115200 }, (e) => (e ? reject(e) : resolve(p)));
  });
  simPort.on('data', (d: Buffer) => ttySim.receive(d));
  ttySim.onSend((f) => simPort.write(f));
  const ttySvc = new IdCardReaderService({ onStatus: () => undefined, simulatorLatency: NO_LATENCY });
  ttySvc.simulator.onSend(() => undefined);
  await ttySvc.configure({ ...DEFAULT_READER_SETTINGS, transport: 'serial', serialPath: `${dir}/reader` });
  while (ttySvc.status().samId === null) await new Promise((r) => setTimeout(r, 10));
  const overTty = await sample(Math.min(CYCLES, 300), async () => {
    ttySim.place('resident');
    await ttySvc.read();
  });
  process.stdout.write(row('reader service over serial pty', overTty, 'kernel tty + serialport included; a real UART at 115 200 baud adds ~115 ms for 1 295 bytes') + '\n');
  await ttySvc.close();
  simPort.close();
  socat.kill('SIGTERM');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
