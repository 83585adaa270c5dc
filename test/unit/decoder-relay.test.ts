/**
 * The photo decoder as the Electron build runs it: the backend's launcher and the main process's
 * relay joined back to back, around the real decoder child (forked here as a Node process, the one
 * part that stands in for Electron's utility process).
 */
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { describe, it } from 'node:test';
import type { BackendReply, BackendRequest } from '../../electron/backend-messages';
import { DecoderRelay, relayedDecoderLauncher, type ForkedDecoder } from '../../electron/decoder-relay';
import type { DecodeReply } from '../../main/devices/idcard/photo-decoder/decoder-child';
import { DECODER_CHILD_MODULE } from '../../main/devices/idcard/photo-decoder/photo-decoder';

function forkChild(module: string): ForkedDecoder {
  const child = fork(module, [], { execArgv: process.execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  return {
    postMessage: (m) => void child.send(m as object),
    on: (event: string, fn: (...a: never[]) => void) => void child.on(event, fn as never),
    kill: () => child.kill('SIGKILL'),
  } as ForkedDecoder;
}

function joined(allowed = DECODER_CHILD_MODULE, forker = forkChild) {
  const toMain: BackendReply[] = [];
  const main: { relay?: DecoderRelay } = {};
  const backendSide = relayedDecoderLauncher((msg) => {
    toMain.push(msg);
    main.relay!.handle(msg);
  });
  const relay = (main.relay = new DecoderRelay(forker, (msg: BackendRequest) => {
    if (msg.kind === 'decoder.reply' || msg.kind === 'decoder.exit') setImmediate(() => backendSide.receive(msg));
  }, allowed));
  return { launcher: backendSide.launcher, relay, toMain };
}

describe('the photo decoder relayed through the main process', () => {
  it('carries a request to the decoder child and its answer back', async () => {
    const { launcher } = joined();
    const proc = launcher(DECODER_CHILD_MODULE);
    const reply = await new Promise<DecodeReply>((resolve) => {
      proc.onMessage(resolve);
      proc.send({ libraryPath: '/nonexistent/libwlt.so', symbol: 'wlt2bmp', sha256: '0'.repeat(64), checkOnly: true, wlt: null });
    });
    assert.equal(reply.ok, false);
    assert.equal(reply.ok ? '' : reply.code, 'untrusted');
    proc.kill();
    await new Promise<void>((resolve) => proc.onExit(resolve));
    assert.equal(proc.alive(), false);
  });

  it('starts no module but the shipped decoder, and says so as an exit', async () => {
    let forked = 0;
    const { launcher } = joined(DECODER_CHILD_MODULE, (m) => {
      forked++;
      return forkChild(m);
    });
    const proc = launcher('/tmp/evil.js');
    await new Promise<void>((resolve) => proc.onExit(resolve));
    assert.equal(forked, 0);
    assert.equal(proc.alive(), false);
  });

  it('reports a decoder that dies as an exit, so the backend stops waiting', async () => {
    const { launcher, relay } = joined();
    const proc = launcher(DECODER_CHILD_MODULE);
    const exited = new Promise<void>((resolve) => proc.onExit(resolve));
    relay.killAll();
    await exited;
    assert.equal(proc.alive(), false);
  });
});
