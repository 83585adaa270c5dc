/**
 * A reader fault is everyone's to see and everyone's to see end: the status events that carry 错误
 * to every signed-in window over the browser host also carry 就绪 once the faulty card is lifted,
 * with no unplugging and no form open anywhere.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import type { ReaderStatus } from '../../../main/contract/idcard';
import { startBrowserHost, type BrowserHost } from '../../../main/host/server';
import { DEMO_PASSWORD, startTestBackend, tempDir, type TestBackend } from '../../support/backend';
import { exchangeLaunchCode } from '../../support/host-process';

interface Window {
  call(name: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  statuses: ReaderStatus[];
  close(): void;
}

async function openWindow(host: BrowserHost, cookie: string, username: string): Promise<Window> {
  const ws = await new Promise<WebSocket>((resolve, reject) => {
    const s = new WebSocket(`ws://127.0.0.1:${host.port}/api`, { headers: { cookie } });
    s.once('open', () => resolve(s));
    s.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, (r: never) => void>();
  const statuses: ReaderStatus[] = [];
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: never; event?: string; payload?: ReaderStatus };
    if (msg.event === 'idcard.status' && msg.payload) statuses.push(msg.payload);
    else if (typeof msg.id === 'number') pending.get(msg.id)?.(msg.result as never);
  });
  const w: Window = {
    statuses,
    call: (name, input) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve as never);
        ws.send(JSON.stringify({ id, call: name, input }));
      }),
    close: () => ws.close(),
  };
  const login = await w.call('session.login', { username, password: DEMO_PASSWORD });
  assert.ok(login.ok, `${username} signed in`);
  return w;
}

async function until(cond: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the reader recovering from a fault, as every window sees it', () => {
  let tb: TestBackend;
  let host: BrowserHost;
  let clerk: Window;
  let head: Window;

  before(async () => {
    tb = await startTestBackend();
    const rendererDir = tempDir('zhifa-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>执法工作站</title>');
    host = await startBrowserHost(tb.backend, { rendererDir });
    const cookie = await exchangeLaunchCode(host.launchUrl());
    clerk = await openWindow(host, cookie, 'clerk');
    head = await openWindow(host, cookie, 'head');
  });

  after(async () => {
    clerk?.close();
    head?.close();
    await host?.close();
    await tb?.close();
  });

  it('tells every signed-in window that the reader is 就绪 again once the faulty card is lifted', async () => {
    const placed = await clerk.call('idcard.simulator.control', { action: 'place', fixture: 'forged' });
    assert.ok(placed.ok);
    const read = await clerk.call('idcard.read', {});
    assert.equal(read.error?.code, 'IDCARD_CARD_INVALID');
    for (const w of [clerk, head]) await until(() => w.statuses.at(-1)?.state === 'error');
    assert.equal(head.statuses.at(-1)?.error?.message, '证件未通过安全模块认证，可能是伪造或损坏的证件');

    await clerk.call('idcard.simulator.control', { action: 'remove' });
    for (const w of [clerk, head]) await until(() => w.statuses.at(-1)?.state === 'ready');
    assert.equal(head.statuses.at(-1)?.error, null);
    // A window opened later asks for the status and sees the same.
    const now = await head.call('idcard.status', {});
    assert.equal((now.value as ReaderStatus).state, 'ready');
  });

  it('reads the card lying on the reader when 读卡 is pressed a second time', async () => {
    await clerk.call('idcard.simulator.control', { action: 'place', fixture: 'resident' });
    const first = await clerk.call('idcard.read', {});
    const second = await clerk.call('idcard.read', {});
    assert.ok(first.ok && second.ok, JSON.stringify(second.error));
    assert.equal((second.value as { name: string }).name, '王建国');
  });
});
